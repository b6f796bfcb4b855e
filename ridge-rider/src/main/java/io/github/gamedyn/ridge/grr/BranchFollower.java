package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerDivergenceException;
import io.github.gamedyn.momentum.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Step (4) of GRR: runs an optimiser (fresh buffers at every start) from a branch's start until
 * \(\|\xi\| \le\) tolerance, the step cap, or a non-finite iterate. Simultaneous gradient descent
 * \(\omega \leftarrow \omega - \alpha\xi(\omega)\) runs on a fast path with one ξ per step (the
 * same bits as the optimiser). Keeps the path so that plots need not re-simulate it, simplified
 * ({@link PathSimplification}) to within {@value #PATH_TOLERANCE} of its extent (the largest range
 * of a coordinate along it). Thread-safe.
 */
final class BranchFollower {
    /** Tolerance of the kept path, relative to its extent. */
    static final double PATH_TOLERANCE = 2e-4;

    /**
     * The last finite iterate, \(\|\xi\|\) there, the steps taken, why the run stopped, and the
     * kept iterates (the start first, the last finite iterate last).
     */
    record Run(double[] point, double gradientNorm, int steps, EndPoint.Stop stop, List<double[]> path) {
    }

    private final Game game;
    private final OptimizerSpec optimizer;
    private final boolean descent;
    private final int maxSteps;
    private final double tolerance;

    BranchFollower(Game game, GrrOptions.Following options) {
        this.game = game;
        this.optimizer = options.optimizer();
        this.descent = GrrOptions.isDescent(optimizer);
        this.maxSteps = options.steps();
        this.tolerance = options.tolerance();
    }

    /** Follows from {@code start} (not modified). */
    Run follow(double[] start) {
        return descent ? descend(start) : optimize(start);
    }

    private Run optimize(double[] start) {
        Optimizer opt = optimizer.create(game, start);
        double[] w = start.clone();
        double norm = BifurcationSearch.norm(game.simultaneousGradient(w));
        Path path = new Path(w);
        int step = 0;
        while (norm > tolerance && step < maxSteps) {
            try {
                opt.step();
            } catch (OptimizerDivergenceException e) {
                return path.end(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            double[] next = opt.parameters();
            double nextNorm = BifurcationSearch.norm(game.simultaneousGradient(next));
            if (!Double.isFinite(nextNorm)) {
                return path.end(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            w = next;
            norm = nextNorm;
            step++;
            path.add(w);
        }
        return path.end(w, norm, step, norm <= tolerance ? EndPoint.Stop.CONVERGED : EndPoint.Stop.STEP_CAP);
    }

    private Run descend(double[] start) {
        double learningRate = optimizer.real("alpha");
        double[] w = start.clone();
        double[] xi = game.simultaneousGradient(w);
        double norm = BifurcationSearch.norm(xi);
        Path path = new Path(w);
        int step = 0;
        while (norm > tolerance && step < maxSteps) {
            double[] next = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                next[i] = w[i] - learningRate * xi[i];
                if (!Double.isFinite(next[i])) {
                    return path.end(w, norm, step, EndPoint.Stop.DIVERGED);
                }
            }
            double[] nextXi = game.simultaneousGradient(next);
            if (!Double.isFinite(BifurcationSearch.norm(nextXi))) {
                return path.end(w, norm, step, EndPoint.Stop.DIVERGED);
            }
            w = next;
            xi = nextXi;
            norm = BifurcationSearch.norm(xi);
            step++;
            path.add(w);
        }
        return path.end(w, norm, step, norm <= tolerance ? EndPoint.Stop.CONVERGED : EndPoint.Stop.STEP_CAP);
    }

    /** The iterates of a run, simplified at its end. */
    private static final class Path {
        private final List<double[]> points = new ArrayList<>();

        Path(double[] start) {
            points.add(start.clone());
        }

        /** Adds an iterate (not copied: callers never modify it). */
        void add(double[] w) {
            points.add(w);
        }

        Run end(double[] w, double norm, int steps, EndPoint.Stop stop) {
            double extent = 0;
            for (int i = 0; i < w.length; i++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double[] p : points) {
                    lo = Math.min(lo, p[i]);
                    hi = Math.max(hi, p[i]);
                }
                extent = Math.max(extent, hi - lo);
            }
            return new Run(w, norm, steps, stop,
                    PathSimplification.simplify(points, PATH_TOLERANCE * extent));
        }
    }
}
