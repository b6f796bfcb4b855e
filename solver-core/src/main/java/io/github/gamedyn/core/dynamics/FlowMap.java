package io.github.gamedyn.core.dynamics;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The time-\( \tau \) map \( \varphi_\tau \) of a {@link Flow}: \( F(x_0) = x(\tau) \) where
 * \( x' = f(x) \), \( x(0) = x_0 \). Its Jacobian is the fundamental matrix \( \Phi(\tau) \) of the
 * variational equation \( \Phi' = Df(x(t))\,\Phi \), \( \Phi(0) = I \), integrated together with the state;
 * {@link #jacobianTimes} integrates \( \Phi(0) = V \) directly, so only \( m \) tangent columns are carried.
 *
 * <p>Lyapunov exponents of the flow are those of this map divided by \( \tau \); estimators that
 * re-orthonormalise at every map step (QR, Benettin et al. 1980) thus re-orthonormalise every \( \tau \)
 * time units. Integration uses Apache Commons Math integrators, a fresh one per call, so instances are
 * safe for concurrent use.
 *
 * <p>Example, the Lorenz flow with QR every 0.1 time units and 10 fixed Runge-Kutta steps in between:
 * {@code FlowMap.rungeKutta4(lorenz, 0.1, 10)}.
 */
public final class FlowMap implements DifferentiableMap {

    private final Flow flow;
    private final double duration;
    private final Supplier<FirstOrderIntegrator> integrators;

    /**
     * @param flow        the flow
     * @param duration    \( \tau \gt 0 \), the time advanced by one application
     * @param integrators creates a fresh integrator for each integration
     */
    public FlowMap(Flow flow, double duration, Supplier<FirstOrderIntegrator> integrators) {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration = " + duration + "; allowed: finite duration > 0");
        }
        this.flow = Objects.requireNonNull(flow, "flow");
        this.duration = duration;
        this.integrators = Objects.requireNonNull(integrators, "integrators");
    }

    /**
     * The time-\( \tau \) map integrated by the classical fourth-order Runge-Kutta method with fixed step
     * \( \tau / n \).
     *
     * @param flow     the flow
     * @param duration \( \tau \gt 0 \)
     * @param substeps \( n \ge 1 \), the number of Runge-Kutta steps per application
     * @return the map
     */
    public static FlowMap rungeKutta4(Flow flow, double duration, int substeps) {
        if (substeps < 1) {
            throw new IllegalArgumentException("substeps = " + substeps + "; allowed: substeps >= 1");
        }
        return new FlowMap(flow, duration, () -> new ClassicalRungeKuttaIntegrator(duration / substeps));
    }

    /**
     * The time-\( \tau \) map integrated by the adaptive Dormand-Prince 8(5,3) method; the error control
     * covers the tangent columns as well as the state.
     *
     * @param flow              the flow
     * @param duration          \( \tau \gt 0 \)
     * @param absoluteTolerance absolute local error tolerance, \( \gt 0 \)
     * @param relativeTolerance relative local error tolerance, \( \ge 0 \)
     * @return the map
     */
    public static FlowMap dormandPrince853(Flow flow, double duration, double absoluteTolerance,
                                           double relativeTolerance) {
        if (!(absoluteTolerance > 0) || !(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("absoluteTolerance = " + absoluteTolerance + ", relativeTolerance = "
                    + relativeTolerance + "; allowed: absoluteTolerance > 0, relativeTolerance >= 0");
        }
        return new FlowMap(flow, duration,
                () -> new DormandPrince853Integrator(0.0, duration, absoluteTolerance, relativeTolerance));
    }

    /** @return \( \tau \), the time advanced by one application */
    public double duration() {
        return duration;
    }

    @Override
    public int dimension() {
        return flow.dimension();
    }

    @Override
    public void apply(double[] x, double[] out) {
        double[] y = x.clone();
        integrators.get().integrate(new VariationalEquations(flow, 0), 0.0, y, duration, y);
        System.arraycopy(y, 0, out, 0, x.length);
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        DMatrixRMaj identity = CommonOps_DDRM.identity(x.length);
        out.reshape(x.length, x.length);
        jacobianTimes(x, identity, out);
    }

    @Override
    public void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        int d = x.length;
        int m = v.numCols;
        double[] y = new double[d + d * m];
        System.arraycopy(x, 0, y, 0, d);
        System.arraycopy(v.data, 0, y, d, d * m);
        integrators.get().integrate(new VariationalEquations(flow, m), 0.0, y, duration, y);
        out.reshape(d, m);
        System.arraycopy(y, d, out.data, 0, d * m);
    }
}
