package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Maximal Lyapunov exponent by a transported, renormalised tangent vector:
 * \[ \hat\lambda = \frac1k \sum_{t=0}^{k-1} \log \|J_t u_t\|, \qquad
 *    u_{t+1} = \frac{J_t u_t}{\|J_t u_t\|}, \]
 * from a fixed unit vector \( u_0 \). The sum telescopes to \( \frac1k \log \|J_{k-1} \cdots J_0 u_0\| \),
 * so \( \hat\lambda \le \frac1k \log \sigma_{\max}(J_{k-1}\cdots J_0) \), with equality in the limit for a
 * generic \( u_0 \). Cost: one Jacobian-vector product per step.
 *
 * <p>{@link #gradient} differentiates \( \hat\lambda \) with respect to \( x_0 \) (with \( u_0 \) fixed) in
 * reverse mode through the unrolled map, as needed to search for bifurcations by gradient ascent.
 */
public final class TransportedVectorEstimator implements LyapunovEstimator {

    private final double[] u0;

    /**
     * @param u0 start tangent vector, non-zero and finite; normalised to unit length. Not modified.
     */
    public TransportedVectorEstimator(double[] u0) {
        double norm = 0;
        for (int i = 0; i < u0.length; i++) {
            if (!Double.isFinite(u0[i])) {
                throw new IllegalArgumentException("u0[" + i + "] = " + u0[i] + "; allowed: finite values");
            }
            norm = Math.hypot(norm, u0[i]);
        }
        if (norm == 0) {
            throw new IllegalArgumentException("u0 is the zero vector of length " + u0.length
                    + "; allowed: a non-zero vector");
        }
        this.u0 = new double[u0.length];
        for (int i = 0; i < u0.length; i++) {
            this.u0[i] = u0[i] / norm;
        }
    }

    @Override
    public LyapunovEstimate estimate(DifferentiableMap map, double[] x0, int horizon) {
        check(map, x0, horizon);
        Orbit orbit = new Orbit(map, x0);
        DMatrixRMaj u = new DMatrixRMaj(u0.length, 1, true, u0);
        DMatrixRMaj ju = new DMatrixRMaj(u0.length, 1);
        double[] running = new double[horizon];
        double sum = 0;
        for (int t = 0; t < horizon; t++) {
            orbit.jacobianTimes(u, ju);
            double norm = norm(ju.data, 0, u0.length);
            sum += orbit.log(norm);
            running[t] = sum / (t + 1);
            for (int i = 0; i < u0.length; i++) {
                u.data[i] = ju.data[i] / norm;
            }
            if (t + 1 < horizon) {
                orbit.advance();
            }
        }
        return new LyapunovEstimate(running[horizon - 1], Convergence.of(running));
    }

    /**
     * The estimates at {@code count} starts at once, the map evaluated over the whole batch at
     * every step (one pass of a game's traced program over lanes, see
     * {@link DifferentiableMap#applyAndJacobianTimes(int, double[], double[], double[], double[])}).
     * Each value is what {@link #estimate} gives at that start, up to rounding; a start whose orbit
     * or stretch becomes non-finite (where {@link #estimate} throws) gets NaN. Convergence
     * diagnostics are not kept.
     *
     * @param starts the start states, {@code count × d}, row-major. Not modified.
     * @param values receives \( \hat\lambda \) per start, length {@code count}. Modified.
     */
    public void estimates(DifferentiableMap map, int count, double[] starts, int horizon,
            double[] values) {
        Arguments.requireHorizon(horizon);
        int d = u0.length;
        if (map.dimension() != d || starts.length != (long) count * d || values.length != count) {
            throw new IllegalArgumentException("starts has length " + starts.length + ", values "
                    + values.length + ", the map dimension " + map.dimension() + ", u0 length " + d
                    + "; allowed: starts count × d = " + count + " × " + d + ", values count");
        }
        for (int i = 0; i < starts.length; i++) {
            if (!Double.isFinite(starts[i])) {
                throw new IllegalArgumentException("starts[" + i + "] = " + starts[i]
                        + "; allowed: finite values");
            }
        }
        double[] x = starts.clone();
        double[] next = new double[x.length];
        double[] u = new double[x.length];
        double[] ju = new double[x.length];
        for (int b = 0; b < count; b++) {
            System.arraycopy(u0, 0, u, b * d, d);
        }
        Arrays.fill(values, 0);
        for (int t = 0; t < horizon; t++) {
            map.applyAndJacobianTimes(count, x, next, u, ju);
            for (int b = 0; b < count; b++) {
                double norm = norm(ju, b * d, d);
                values[b] += Math.log(norm);
                for (int i = b * d; i < (b + 1) * d; i++) {
                    u[i] = ju[i] / norm;
                }
                // as estimate's orbit: a state that overflows ends the run even where the
                // Jacobian stays finite (a game with constant Ĥ)
                if (t + 1 < horizon && !finite(next, b * d, d)) {
                    values[b] = Double.NaN;
                }
            }
            double[] swap = x;
            x = next;
            next = swap;
        }
        for (int b = 0; b < count; b++) {
            values[b] = Double.isFinite(values[b]) ? values[b] / horizon : Double.NaN;
        }
    }

    /**
     * The landscape of this estimate over a grid of starts, the map evaluated over batches of
     * starts ({@link #estimates}); bit-identical for any thread count.
     *
     * @param map     the map; its batched evaluation must be safe to call concurrently
     * @param grid    the starts
     * @param horizon \( k \ge 1 \)
     * @param threads worker threads, \( \ge 1 \)
     * @return the values, NaN (and diverged) where an orbit or stretch became non-finite
     */
    public Landscape landscape(DifferentiableMap map, StartPointGrid grid, int horizon,
            int threads) {
        Arguments.requireHorizon(horizon);
        return Landscape.evaluate(grid, (n, starts, values) -> estimates(map, n, starts, horizon,
                values), threads);
    }

    private static boolean finite(double[] v, int from, int d) {
        for (int i = from; i < from + d; i++) {
            if (!Double.isFinite(v[i])) {
                return false;
            }
        }
        return true;
    }

    /** \( \|v\|_2 \) of {@code v[from .. from+d−1]}, scaled by the largest entry as EJML's normF. */
    private static double norm(double[] v, int from, int d) {
        double scale = 0;
        for (int i = from; i < from + d; i++) {
            scale = Math.max(scale, Math.abs(v[i]));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale == 0 ? 0 : Double.NaN;
        }
        double total = 0;
        for (int i = from; i < from + d; i++) {
            double y = v[i] / scale;
            total += y * y;
        }
        return scale * Math.sqrt(total);
    }

    /**
     * The estimate \( \hat\lambda(x_0) \) and its exact gradient \( \nabla_{x_0} \hat\lambda \), with
     * \( u_0 \) fixed: {@code sweep(map, x0, horizon).gradient()}.
     *
     * @param map     the map with second derivatives
     * @param x0      start state of length \( d \). Not modified.
     * @param horizon \( k \ge 1 \)
     * @return \( \hat\lambda \) and \( \nabla_{x_0}\hat\lambda \)
     */
    public LyapunovGradient gradient(SecondOrderMap map, double[] x0, int horizon) {
        return sweep(map, x0, horizon).gradient();
    }

    /**
     * The forward sweep of {@link #gradient}: \( \hat\lambda(x_0) \) at once (the same bits as
     * {@link #estimate}), the trajectory kept so that {@link ForwardSweep#gradient} can run the adjoint
     * sweep later. A caller that rejects most points by their value (an ascent's trial steps) pays the
     * adjoint sweep only for the points it keeps.
     *
     * @param map     the map with second derivatives
     * @param x0      start state of length \( d \). Not modified.
     * @param horizon \( k \ge 1 \)
     * @return the value and the stored trajectory
     */
    public ForwardSweep sweep(SecondOrderMap map, double[] x0, int horizon) {
        check(map, x0, horizon);
        return new ForwardSweep(map, x0, horizon);
    }

    /**
     * The estimate with the trajectory of its forward sweep: states \( x_t \), transported vectors
     * \( u_t \), products \( v_t = J_t u_t \) and their norms \( n_t \). Memory \( O(k d) \).
     */
    public final class ForwardSweep {
        private final SecondOrderMap map;
        private final int horizon;
        private final double[][] xs;
        private final double[][] us;
        private final double[][] vs;
        private final double[] norms;
        private final double value;

        private ForwardSweep(SecondOrderMap map, double[] x0, int horizon) {
            this.map = map;
            this.horizon = horizon;
            int d = u0.length;
            xs = new double[horizon][];
            us = new double[horizon + 1][];
            vs = new double[horizon][];
            norms = new double[horizon];
            Orbit orbit = new Orbit(map, x0);
            DMatrixRMaj u = new DMatrixRMaj(d, 1, true, u0);
            double sum = 0;
            for (int t = 0; t < horizon; t++) {
                DMatrixRMaj ju = new DMatrixRMaj(d, 1);
                xs[t] = orbit.state().clone();
                us[t] = u.data.clone();
                orbit.jacobianTimes(u, ju);
                vs[t] = ju.data;
                norms[t] = norm(ju.data, 0, d);
                sum += orbit.log(norms[t]);
                for (int i = 0; i < d; i++) {
                    u.data[i] = vs[t][i] / norms[t];
                }
                if (t + 1 < horizon) {
                    orbit.advance();
                }
            }
            us[horizon] = u.data.clone();
            value = sum / horizon;
        }

        /** \( \hat\lambda(x_0) \). */
        public double value() {
            return value;
        }

        /**
         * The exact gradient by the adjoint sweep. With \( v_t = J_t u_t \), \( n_t = \|v_t\| \) it runs
         * \( t = k-1, \dots, 0 \) from \( \bar x_k = \bar u_k = 0 \):
         * \[ \bar v_t = \frac{v_t}{k\, n_t^2} + \frac{(I - u_{t+1}u_{t+1}^\top)\,\bar u_{t+1}}{n_t}, \quad
         *    \bar u_t = J_t^\top \bar v_t, \quad
         *    \bar x_t = J_t^\top \bar x_{t+1} + \nabla_x\big(\bar v_t^\top J(x)\, u_t\big)\big|_{x_t}, \]
         * and \( \nabla_{x_0}\hat\lambda = \bar x_0 \). Cost about twice the forward sweep plus \( k \)
         * second-derivative contractions.
         *
         * @return \( \hat\lambda \) and \( \nabla_{x_0}\hat\lambda \)
         */
        public LyapunovGradient gradient() {
            int d = u0.length;
            double[] xBar = new double[d];
            double[] uBar = new double[d];
            double[] vBar = new double[d];
            double[] a = new double[d];
            double[] b = new double[d];
            for (int t = horizon - 1; t >= 0; t--) {
                double[] uNext = us[t + 1];
                double projection = 0;
                for (int i = 0; i < d; i++) {
                    projection += uBar[i] * uNext[i];
                }
                for (int i = 0; i < d; i++) {
                    vBar[i] = vs[t][i] / (horizon * norms[t] * norms[t]) + (uBar[i] - projection * uNext[i]) / norms[t];
                }
                map.jacobianTransposeTimes(xs[t], xBar, a);
                map.jacobianDirectionalDerivative(xs[t], us[t], vBar, b);
                for (int i = 0; i < d; i++) {
                    xBar[i] = a[i] + b[i];
                }
                if (t > 0) {
                    map.jacobianTransposeTimes(xs[t], vBar, uBar);
                }
            }
            return new LyapunovGradient(value, xBar);
        }
    }

    private void check(DifferentiableMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        Arguments.requireStart(map, x0);
        if (u0.length != map.dimension()) {
            throw new IllegalArgumentException("u0 has length " + u0.length + "; allowed: the map dimension "
                    + map.dimension());
        }
    }
}
