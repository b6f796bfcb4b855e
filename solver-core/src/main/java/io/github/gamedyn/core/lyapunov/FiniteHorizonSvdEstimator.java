package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
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
            orbit.jacobianTimes(product, next);
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

    /**
     * The estimate and its exact gradient with respect to \( x_0 \), for a simple top singular
     * value of \( P = J_{k-1}\cdots J_0 \). With \( Pv = \sigma u \), \( d\sigma = u^{\mathsf T}(dP)v
     * = \sum_t a_t^{\mathsf T}(dJ_t)\,b_t \) where \( a_t = (J_{k-1}\cdots J_{t+1})^{\mathsf T}u \) and
     * \( b_t = J_{t-1}\cdots J_0 v \); the adjoint sweep from \( \bar x_k = 0 \) is
     * \[ \bar x_t = J_t^{\mathsf T}\bar x_{t+1} + \frac{1}{k\sigma}\nabla_x\big(a_t^{\mathsf T}J(x)\,b_t\big)\big|_{x_t}. \]
     * The vectors \( a_t, b_t \) are carried normalised with their log-norms, so nothing
     * overflows. Stores the trajectory and its Jacobians: memory \( O(kd^2) \).
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
        double[][] xs = new double[horizon][];
        DMatrixRMaj[] js = new DMatrixRMaj[horizon];
        DMatrixRMaj product = CommonOps_DDRM.identity(d);
        DMatrixRMaj next = new DMatrixRMaj(d, d);
        double logScale = 0;
        for (int t = 0; t < horizon; t++) {
            xs[t] = orbit.state().clone();
            js[t] = new DMatrixRMaj(d, d);
            map.jacobian(xs[t], js[t]);
            orbit.requireFinite(js[t]);
            CommonOps_DDRM.mult(js[t], product, next);
            DMatrixRMaj swap = product;
            product = next;
            next = swap;
            double maxAbs = CommonOps_DDRM.elementMaxAbs(product);
            orbit.log(maxAbs);
            int exponent = Math.getExponent(maxAbs);
            CommonOps_DDRM.scale(Math.scalb(1.0, -exponent), product);
            logScale += exponent * Math.log(2);
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        TopSingularTriplet top = TopSingularTriplet.of(product);
        double logSigma = logScale + orbit.log(top.sigma());
        double[][] b = new double[horizon][];
        double[] logB = new double[horizon];
        b[0] = top.v();
        for (int t = 1; t < horizon; t++) {
            DMatrixRMaj forward = new DMatrixRMaj(d, 1);
            CommonOps_DDRM.mult(js[t - 1], DMatrixRMaj.wrap(d, 1, b[t - 1]), forward);
            b[t] = forward.data;
            logB[t] = logB[t - 1] + normalise(b[t]);
        }
        double[] a = top.u();
        double logA = 0;
        double[] xBar = new double[d];
        double[] jtx = new double[d];
        double[] c = new double[d];
        for (int t = horizon - 1; t >= 0; t--) {
            map.jacobianTransposeTimes(xs[t], xBar, jtx);
            map.jacobianDirectionalDerivative(xs[t], b[t], a, c);
            double weight = Math.exp(logA + logB[t] - logSigma) / horizon;
            for (int i = 0; i < d; i++) {
                xBar[i] = jtx[i] + weight * c[i];
            }
            if (t > 0) {
                DMatrixRMaj back = new DMatrixRMaj(d, 1);
                CommonOps_DDRM.multTransA(js[t], DMatrixRMaj.wrap(d, 1, a), back);
                a = back.data;
                logA += normalise(a);
            }
        }
        return new LyapunovGradient(logSigma / horizon, xBar);
    }

    /** Scales {@code x} (modified) to unit norm and returns the log of its former norm. */
    private static double normalise(double[] x) {
        double n = 0;
        for (double v : x) {
            n = Math.hypot(n, v);
        }
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new ArithmeticException("tangent product collapsed or overflowed (norm " + n + ")");
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= n;
        }
        return Math.log(n);
    }
}
