package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.lyapunov.LyapunovGradient;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Step (2) of GRR for one restart: projected gradient ascent of the finite-time Lyapunov exponent
 * \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0 u_0\|\) of gradient descent over the
 * box \(|\omega_i| \le b\), with the exact gradient of {@link TransportedVectorEstimator#gradient}.
 *
 * <p>Each step moves a distance \(h\) along the normalised gradient and clips to the box; an
 * ascent doubles \(h\) (up to b), a failure halves it, and the search ends when \(h &lt; 10^{-6}\)
 * or after the iteration cap. A maximum with a coordinate on the box is rejected (the objective
 * still grows outwards: the search box, not the dynamics, stopped it), and so is one where
 * \(\|\hat H\|_F\) is below the floor (saturated logits: ξ and Ĥ vanish, nothing bifurcates).
 */
final class BifurcationSearch {
    private static final double MIN_STEP = 1e-6;

    /** What a restart produced: a candidate, or the reason it has none. */
    enum Outcome { CANDIDATE, AT_BOUND, SATURATED, DIVERGED }

    /** The result of one restart. */
    record Maximum(double[] point, double lyapunovExponent, Outcome outcome) {
    }

    private final GradientDescentMap map;
    private final TransportedVectorEstimator estimator;
    private final GrrOptions options;

    BifurcationSearch(GradientDescentMap map, TransportedVectorEstimator estimator, GrrOptions options) {
        this.map = map;
        this.estimator = estimator;
        this.options = options;
    }

    /** Ascends from {@code start} (not modified), which must lie in the box. */
    Maximum ascend(double[] start) {
        double[] x = start.clone();
        LyapunovGradient current;
        try {
            current = estimator.gradient(map, x, options.horizon());
        } catch (DivergenceException e) {
            return new Maximum(x, Double.NaN, Outcome.DIVERGED);
        }
        double step = 0.5;
        for (int it = 0; it < options.searchIterations() && step >= MIN_STEP; it++) {
            double[] g = current.gradient();
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
                LyapunovGradient trial = tryGradient(y);
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
        Outcome outcome = Outcome.CANDIDATE;
        if (onBound(x)) {
            outcome = Outcome.AT_BOUND;
        } else if (NormOps_DDRM.normF(map.game().jacobian(x)) < options.jacobianFloor()) {
            outcome = Outcome.SATURATED;
        }
        return new Maximum(x, current.value(), outcome);
    }

    private LyapunovGradient tryGradient(double[] y) {
        try {
            return estimator.gradient(map, y, options.horizon());
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
