package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.Game;

/**
 * Step (4) of GRR: runs gradient descent \(\omega \leftarrow \omega - \alpha\xi(\omega)\) from a
 * branch's start until \(\|\xi\| \le\) tolerance, the step cap, or a non-finite iterate.
 */
final class BranchFollower {

    /** The last finite iterate, \(\|\xi\|\) there, the steps taken and why the run stopped. */
    record Run(double[] point, double gradientNorm, int steps, EndPoint.Stop stop) {
    }

    private final Game game;
    private final double learningRate;
    private final int maxSteps;
    private final double tolerance;

    BranchFollower(Game game, double learningRate, int maxSteps, double tolerance) {
        this.game = game;
        this.learningRate = learningRate;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
    }

    /** Follows from {@code start} (not modified). */
    Run follow(double[] start) {
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
