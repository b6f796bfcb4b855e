package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import org.ejml.data.DMatrixRMaj;

/**
 * Hénon map \( F(x, y) = (1 - a x^2 + y,\; b x) \), \( J = [[-2ax, 1], [b, 0]] \), \( \det J = -b \);
 * the only second derivative is \( \partial^2 F_1 / \partial x^2 = -2a \).
 */
final class HenonMap implements SecondOrderMap {

    private final double a;
    private final double b;

    HenonMap(double a, double b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void apply(double[] x, double[] out) {
        out[0] = 1 - a * x[0] * x[0] + x[1];
        out[1] = b * x[0];
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        out.reshape(2, 2);
        out.set(0, 0, -2 * a * x[0]);
        out.set(0, 1, 1);
        out.set(1, 0, b);
        out.set(1, 1, 0);
    }

    @Override
    public void jacobianDirectionalDerivative(double[] x, double[] u, double[] w, double[] out) {
        out[0] = -2 * a * w[0] * u[0];
        out[1] = 0;
    }
}
