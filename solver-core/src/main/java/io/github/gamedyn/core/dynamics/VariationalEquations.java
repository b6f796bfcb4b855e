package io.github.gamedyn.core.dynamics;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The flow augmented with its variational equation: \( x' = f(x) \), \( \Phi' = Df(x)\,\Phi \) with
 * \( \Phi \in \mathbb{R}^{d \times m} \) stored row-major after \( x \). With \( m = 0 \) it is the flow alone.
 * Holds work arrays, so one instance serves one integration.
 */
final class VariationalEquations implements FirstOrderDifferentialEquations {

    private final Flow flow;
    private final int d;
    private final int m;
    private final double[] x;
    private final double[] fx;
    private final DMatrixRMaj jacobian;
    private final DMatrixRMaj phi;
    private final DMatrixRMaj phiDot;

    VariationalEquations(Flow flow, int columns) {
        this.flow = flow;
        this.d = flow.dimension();
        this.m = columns;
        this.x = new double[d];
        this.fx = new double[d];
        this.jacobian = new DMatrixRMaj(d, d);
        this.phi = new DMatrixRMaj(d, m);
        this.phiDot = new DMatrixRMaj(d, m);
    }

    @Override
    public int getDimension() {
        return d + d * m;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        System.arraycopy(y, 0, x, 0, d);
        flow.derivative(x, fx);
        System.arraycopy(fx, 0, yDot, 0, d);
        if (m > 0) {
            flow.jacobian(x, jacobian);
            System.arraycopy(y, d, phi.data, 0, d * m);
            CommonOps_DDRM.mult(jacobian, phi, phiDot);
            System.arraycopy(phiDot.data, 0, yDot, d, d * m);
        }
    }
}
