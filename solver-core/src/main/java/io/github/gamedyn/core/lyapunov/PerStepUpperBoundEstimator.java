package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import org.ejml.data.DMatrixRMaj;

/**
 * Per-step upper bound on the maximal Lyapunov exponent
 * \[ \bar\lambda_k = \frac1k \sum_{t=0}^{k-1} \log \sigma_{\max}(J_t) \;\ge\;
 *    \frac1k \log \sigma_{\max}(J_{k-1} \cdots J_0), \]
 * by submultiplicativity of the spectral norm. Cheap to differentiate and smooth in \( x_0 \) away from
 * repeated top singular values, but loose wherever the Jacobians rotate (e.g. at a Hopf point:
 * \( \sigma_{\max}(J) \ge \rho(J) \)). Cost: one Jacobian and one SVD per step.
 */
public final class PerStepUpperBoundEstimator implements LyapunovEstimator {

    @Override
    public LyapunovEstimate estimate(DifferentiableMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        Arguments.requireStart(map, x0);
        int d = map.dimension();
        Orbit orbit = new Orbit(map, x0);
        LargestSingularValue sigmaMax = new LargestSingularValue(d);
        DMatrixRMaj jacobian = new DMatrixRMaj(d, d);
        double[] running = new double[horizon];
        double sum = 0;
        for (int t = 0; t < horizon; t++) {
            map.jacobian(orbit.state(), jacobian);
            orbit.requireFinite(jacobian);
            sum += orbit.log(sigmaMax.of(jacobian));
            running[t] = sum / (t + 1);
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        return new LyapunovEstimate(running[horizon - 1], Convergence.of(running));
    }
}
