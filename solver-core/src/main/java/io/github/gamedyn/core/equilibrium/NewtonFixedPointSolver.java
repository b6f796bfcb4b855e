package io.github.gamedyn.core.equilibrium;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Fixed points \(\xi(\omega^*) = 0\) near a starting point by Newton's method on \(\xi\), with a
 * safeguard: each step solves the Levenberg–Marquardt system
 * \((\hat H^{\mathsf T}\hat H + \mu I)\,\delta = -\hat H^{\mathsf T}\xi\) (pure Newton
 * \(\hat H\delta = -\xi\) when \(\mu = 0\)), and is accepted only when it decreases the merit
 * \(\tfrac12\|\xi\|^2\); otherwise \(\mu\) grows tenfold (towards a short gradient step on the
 * merit) and shrinks again after a success. Quadratic convergence near a regular fixed point,
 * robust far from it and at singular Ĥ. Finds saddles and unstable points as readily as stable
 * ones, which is what bifurcation analysis needs.
 */
public final class NewtonFixedPointSolver {
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param tolerance stop when \(\|\xi\|_2 \le\) tolerance (&gt; 0)
     * @param maxIterations step cap (≥ 1)
     */
    public NewtonFixedPointSolver(double tolerance, int maxIterations) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + "; allowed: > 0");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations = " + maxIterations
                    + "; allowed: ≥ 1");
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Tolerance 1e-12, at most 100 steps. */
    public NewtonFixedPointSolver() {
        this(1e-12, 100);
    }

    /**
     * Searches from {@code start}.
     *
     * @param start the starting point. Not modified.
     */
    public FixedPointResult solve(Game game, double[] start) {
        int d = game.dimension();
        double[] w = start.clone();
        double[] xi = game.simultaneousGradient(w);
        double norm = norm(xi);
        double mu = 0;
        int it = 0;
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(d, d);
        while (norm > tolerance && it < maxIterations) {
            it++;
            DMatrixRMaj h = game.jacobian(w);
            boolean accepted = false;
            for (int attempt = 0; attempt < 60 && !accepted; attempt++) {
                double[] step = step(h, xi, mu, solver);
                double[] trial = w.clone();
                for (int i = 0; i < d; i++) {
                    trial[i] += step[i];
                }
                double[] trialXi = finite(trial) ? game.simultaneousGradient(trial) : null;
                double trialNorm = trialXi == null ? Double.NaN : norm(trialXi);
                if (trialNorm < norm) {
                    w = trial;
                    xi = trialXi;
                    norm = trialNorm;
                    mu = mu / 10 < 1e-12 ? 0 : mu / 10;
                    accepted = true;
                } else {
                    mu = mu == 0 ? 1e-6 * (1 + CommonOps_DDRM.elementMaxAbs(h)) : mu * 10;
                }
            }
            if (!accepted) {
                break;
            }
        }
        return new FixedPointResult(w, norm, it, norm <= tolerance);
    }

    private static double[] step(DMatrixRMaj h, double[] xi, double mu,
                                 LinearSolverDense<DMatrixRMaj> solver) {
        int d = xi.length;
        DMatrixRMaj rhs = new DMatrixRMaj(d, 1);
        DMatrixRMaj delta = new DMatrixRMaj(d, 1);
        DMatrixRMaj a;
        if (mu == 0) {
            a = h.copy();
            for (int i = 0; i < d; i++) {
                rhs.set(i, 0, -xi[i]);
            }
        } else {
            a = new DMatrixRMaj(d, d);
            CommonOps_DDRM.multTransA(h, h, a);
            for (int i = 0; i < d; i++) {
                a.add(i, i, mu);
            }
            DMatrixRMaj x = new DMatrixRMaj(d, 1, true, xi);
            CommonOps_DDRM.multTransA(-1, h, x, rhs);
        }
        if (!solver.setA(a)) {
            return new double[d];
        }
        solver.solve(rhs, delta);
        return delta.getData().clone();
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
