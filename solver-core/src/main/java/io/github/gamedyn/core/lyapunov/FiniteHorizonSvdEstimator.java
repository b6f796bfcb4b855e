package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Exact finite-horizon maximal Lyapunov exponent
 * \[ \hat\lambda_k = \frac1k \log \sigma_{\max}(J_{k-1} \cdots J_0), \]
 * the growth rate of the most amplified perturbation of \( x_0 \) over \( k \) steps (the finite-time
 * Lyapunov exponent, FTLE). It bounds every transported-vector estimate from above and the per-step bound
 * from below.
 *
 * <p>The product \( P_t = J_{t-1} \cdots J_0 \) is accumulated as \( 2^{e_t} \tilde P_t \), rescaling by a
 * power of two (exact in floating point) after each step so that \( \max|\tilde P_t| \in [1, 2) \): it neither
 * overflows nor underflows whatever \( k \). The running estimate \( \frac1t \log\sigma_{\max}(P_t) \) takes an
 * SVD per step: cost \( O(k d^3) \).
 */
public final class FiniteHorizonSvdEstimator implements LyapunovEstimator {

    @Override
    public LyapunovEstimate estimate(DifferentiableMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        Arguments.requireStart(map, x0);
        int d = map.dimension();
        Orbit orbit = new Orbit(map, x0);
        LargestSingularValue sigmaMax = new LargestSingularValue(d);
        DMatrixRMaj product = CommonOps_DDRM.identity(d);
        DMatrixRMaj next = new DMatrixRMaj(d, d);
        double logScale = 0;
        double[] running = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            map.jacobianTimes(orbit.state(), product, next);
            orbit.requireFinite(next);
            DMatrixRMaj swap = product;
            product = next;
            next = swap;
            double maxAbs = CommonOps_DDRM.elementMaxAbs(product);
            orbit.log(maxAbs);
            int exponent = Math.getExponent(maxAbs);
            for (int i = 0; i < product.getNumElements(); i++) {
                product.data[i] = Math.scalb(product.data[i], -exponent);
            }
            logScale += exponent * Math.log(2);
            running[t] = (logScale + Math.log(sigmaMax.of(product))) / (t + 1);
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        return new LyapunovEstimate(running[horizon - 1], Convergence.of(running));
    }
}
