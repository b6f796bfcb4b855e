package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import java.io.Serializable;
import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Step (2) of GRR for one restart: maximises the finite-time Lyapunov exponent
 * \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0 u_0\|\) of gradient descent over the
 * box \(|\omega_i| \le b\), by projected gradient ascent with the exact gradient of
 * {@code TransportedVectorEstimator.gradient} or by the derivative-free Nelder–Mead simplex, of
 * gradient descent or of another optimiser's update ({@link LearningMap}).
 *
 * <p>Each step moves a distance \(h\) along the normalised gradient and clips to the box; an
 * ascent doubles \(h\) (up to b), a failure halves it, and the search ends when \(h &lt; 10^{-6}\)
 * or after the iteration cap. A trial step pays only the forward sweep of the exponent; the
 * adjoint sweep (the gradient) runs only where a step is accepted. A maximum with a coordinate on
 * the box is rejected (the objective
 * still grows outwards: the search box, not the dynamics, stopped it), and so is one where
 * \(\|\hat H\|_F\) is below the floor (saturated logits: ξ and Ĥ vanish, nothing bifurcates).
 */
final class BifurcationSearch {
    private static final double MIN_STEP = 1e-6;

    /** What a restart produced: a candidate, or the reason it has none. */
    enum Outcome { CANDIDATE, AT_BOUND, SATURATED, DIVERGED }

    /** The result of one restart, as a cell of {@link SearchRestartsJob} returns it. */
    record Maximum(double[] point, double lyapunovExponent, Outcome outcome)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Equal points, exponents and outcomes, bit for bit. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Maximum m && Arrays.equals(point, m.point)
                    && Double.compare(lyapunovExponent, m.lyapunovExponent) == 0
                    && outcome == m.outcome;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(point) * 31 + outcome.hashCode();
        }
    }

    /**
     * A restart's maximum with \(\hat H\) there, computed for the saturation test and kept so that
     * a maximum branched at in this JVM is not differentiated again.
     *
     * @param jacobian Ĥ at the maximum; null when the map diverged or the maximum is on the box
     */
    record Found(Maximum maximum, DMatrixRMaj jacobian) {
    }

    private final LearningMap map;
    private final GrrOptions.Search options;

    BifurcationSearch(LearningMap map, GrrOptions.Search options) {
        this.map = map;
        this.options = options;
    }

    /** Maximises from {@code start} (not modified, in the box) by the method of the options. */
    Maximum maximise(double[] start) {
        return search(start).maximum();
    }

    /** {@link #maximise}, with Ĥ at the maximum when the saturation test computed it. */
    Found search(double[] start) {
        return options.method() == GrrOptions.Search.Method.NELDER_MEAD ? simplex(start)
                : ascend(start);
    }

    /**
     * Derivative-free: the Nelder–Mead simplex of commons-math3 on the exponent of the clipped
     * point (initial simplex edge 0.5, at most {@code searchIterations·(d+1)} evaluations), for
     * games whose third derivatives are costly.
     */
    private Found simplex(double[] start) {
        int d = start.length;
        MultivariateFunction objective = y -> {
            double[] x = clipped(y);
            try {
                return map.exponent(x);
            } catch (DivergenceException e) {
                return Double.NEGATIVE_INFINITY;
            }
        };
        double[] best;
        try {
            best = new SimplexOptimizer(1e-10, 1e-12).optimize(
                    new MaxEval(Math.max(d + 2, options.iterations() * (d + 1))),
                    new ObjectiveFunction(objective), GoalType.MAXIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(d, 0.5)).getPoint();
        } catch (TooManyEvaluationsException e) {
            best = start;
        }
        double[] x = clipped(best);
        double value = objective.value(x);
        if (!Double.isFinite(value)) {
            return new Found(new Maximum(x, Double.NaN, Outcome.DIVERGED), null);
        }
        return classify(x, value);
    }

    private double[] clipped(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = clip(y[i]);
        }
        return x;
    }

    private Found classify(double[] x, double value) {
        if (onBound(x)) {
            return new Found(new Maximum(x, value, Outcome.AT_BOUND), null);
        }
        DMatrixRMaj h = map.game().jacobian(x);
        return new Found(new Maximum(x, value, NormOps_DDRM.normF(h) < options.jacobianFloor()
                ? Outcome.SATURATED : Outcome.CANDIDATE), h);
    }

    /** Projected gradient ascent from {@code start} (not modified). */
    private Found ascend(double[] start) {
        double[] x = start.clone();
        TransportedVectorEstimator.ForwardSweep current = trySweep(x);
        if (current == null) {
            return new Found(new Maximum(x, Double.NaN, Outcome.DIVERGED), null);
        }
        double step = 0.5;
        for (int it = 0; it < options.iterations() && step >= MIN_STEP; it++) {
            // the parameter part: a map's fresh buffers do not depend on the start
            double[] g = Arrays.copyOf(current.gradient().gradient(), x.length);
            double norm = norm(g);
            if (norm == 0) {
                break;
            }
            boolean ascended = false;
            while (!ascended && step >= MIN_STEP) {
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = clip(x[i] + step * g[i] / norm);
                }
                TransportedVectorEstimator.ForwardSweep trial = trySweep(y);
                if (trial != null && trial.value() > current.value()) {
                    x = y;
                    current = trial;
                    step = Math.min(2 * step, options.bound());
                    ascended = true;
                } else {
                    step /= 2;
                }
            }
        }
        return classify(x, current.value());
    }

    private TransportedVectorEstimator.ForwardSweep trySweep(double[] y) {
        try {
            return map.sweep(y);
        } catch (DivergenceException e) {
            return null;
        }
    }

    private boolean onBound(double[] x) {
        for (double v : x) {
            if (Math.abs(v) >= options.bound() * (1 - 1e-9)) {
                return true;
            }
        }
        return false;
    }

    double clip(double v) {
        return Math.max(-options.bound(), Math.min(options.bound(), v));
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
