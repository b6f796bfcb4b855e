package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
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

    /**
     * The estimate and its exact gradient with respect to \( x_0 \), for a simple top singular
     * value at every step. With \( J_t v_t = \sigma_t u_t \), \( d\sigma_t = u_t^{\mathsf T}(dJ_t)v_t \),
     * so the adjoint sweep from \( \bar x_k = 0 \) is
     * \[ \bar x_t = J_t^{\mathsf T}\bar x_{t+1} + \frac{1}{k\sigma_t}\nabla_x\big(u_t^{\mathsf T}J(x)\,v_t\big)\big|_{x_t}, \]
     * and \( \nabla_{x_0}\bar\lambda_k = \bar x_0 \). Stores the trajectory: memory \( O(kd) \).
     *
     * @param map the map with second derivatives
     * @param x0 start state of length \( d \). Not modified.
     * @param horizon \( k \ge 1 \)
     */
    public LyapunovGradient gradient(SecondOrderMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        Arguments.requireStart(map, x0);
        int d = map.dimension();
        Orbit orbit = new Orbit(map, x0);
        DMatrixRMaj jacobian = new DMatrixRMaj(d, d);
        double[][] xs = new double[horizon][];
        TopSingularTriplet[] top = new TopSingularTriplet[horizon];
        double sum = 0;
        for (int t = 0; t < horizon; t++) {
            xs[t] = orbit.state().clone();
            map.jacobian(xs[t], jacobian);
            orbit.requireFinite(jacobian);
            top[t] = TopSingularTriplet.of(jacobian);
            sum += orbit.log(top[t].sigma());
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        double[] xBar = new double[d];
        double[] a = new double[d];
        double[] c = new double[d];
        for (int t = horizon - 1; t >= 0; t--) {
            map.jacobianTransposeTimes(xs[t], xBar, a);
            map.jacobianDirectionalDerivative(xs[t], top[t].v(), top[t].u(), c);
            double weight = 1 / (horizon * top[t].sigma());
            for (int i = 0; i < d; i++) {
                xBar[i] = a[i] + weight * c[i];
            }
        }
        return new LyapunovGradient(sum / horizon, xBar);
    }
}
