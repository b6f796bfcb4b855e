package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerDivergenceException;
import io.github.gamedyn.momentum.OptimizerSpec;

/**
 * Step (4) of GRR: runs gradient descent \(\omega \leftarrow \omega - \alpha\xi(\omega)\), or a
 * given optimiser (fresh buffers at every start), from a branch's start until \(\|\xi\| \le\)
 * tolerance, the step cap, or a non-finite iterate.
 */
final class BranchFollower {

    /** The last finite iterate, \(\|\xi\|\) there, the steps taken and why the run stopped. */
    record Run(double[] point, double gradientNorm, int steps, EndPoint.Stop stop) {
    }

    private final Game game;
    private final double learningRate;
    private final OptimizerSpec optimizer;
    private final int maxSteps;
    private final double tolerance;

    /** Follows with {@code options.follower()}, or gradient descent when it is null. */
    BranchFollower(Game game, GrrOptions options) {
        this.game = game;
        this.learningRate = options.learningRate();
        this.optimizer = options.follower();
        this.maxSteps = options.followSteps();
        this.tolerance = options.followTolerance();
    }

    /** Follows from {@code start} (not modified). */
    Run follow(double[] start) {
        return optimizer == null ? descend(start) : optimize(start);
    }

    private Run optimize(double[] start) {
        Optimizer opt = optimizer.create(game, start);
        double[] w = start.clone();
        double norm = BifurcationSearch.norm(game.simultaneousGradient(w));
        int step = 0;
        while (norm > tolerance && step < maxSteps) {
            try {
                opt.step();
            } catch (OptimizerDivergenceException e) {
                return new Run(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            double[] next = opt.parameters();
            double nextNorm = BifurcationSearch.norm(game.simultaneousGradient(next));
            if (!Double.isFinite(nextNorm)) {
                return new Run(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            w = next;
            norm = nextNorm;
            step++;
        }
        return new Run(w, norm, step, norm <= tolerance ? EndPoint.Stop.CONVERGED : EndPoint.Stop.STEP_CAP);
    }

    private Run descend(double[] start) {
        double[] w = start.clone();
        double[] xi = game.simultaneousGradient(w);
        double norm = BifurcationSearch.norm(xi);
        int step = 0;
        while (norm > tolerance && step < maxSteps) {
            double[] next = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                next[i] = w[i] - learningRate * xi[i];
                if (!Double.isFinite(next[i])) {
                    return new Run(w, norm, step, EndPoint.Stop.DIVERGED);
                }
            }
            double[] nextXi = game.simultaneousGradient(next);
            if (!Double.isFinite(BifurcationSearch.norm(nextXi))) {
                return new Run(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            w = next;
            xi = nextXi;
            norm = BifurcationSearch.norm(xi);
            step++;
        }
        return new Run(w, norm, step, norm <= tolerance ? EndPoint.Stop.CONVERGED : EndPoint.Stop.STEP_CAP);
    }
}
