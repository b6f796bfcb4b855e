package io.github.gamedyn.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Time-\( \tau \) maps of the linear flow \( x' = Bx \), \( B = \begin{pmatrix} -a & b \\ -b & -a \end{pmatrix}
 * \), whose exact flow is \( e^{B\tau} = e^{-a\tau}\begin{pmatrix} \cos b\tau & \sin b\tau \\ -\sin b\tau &
 * \cos b\tau \end{pmatrix} \).
 */
class FlowMapTest {

    private static final double A = 0.5;
    private static final double B = 2.0;
    private static final double TAU = 0.7;

    private static final Flow LINEAR = new Flow() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivative(double[] x, double[] out) {
            out[0] = -A * x[0] + B * x[1];
            out[1] = -B * x[0] - A * x[1];
        }

        @Override
        public void jacobian(double[] x, DMatrixRMaj out) {
            out.reshape(2, 2);
            out.set(0, 0, -A);
            out.set(0, 1, B);
            out.set(1, 0, -B);
            out.set(1, 1, -A);
        }
    };

    private static DMatrixRMaj exact() {
        double e = Math.exp(-A * TAU);
        double c = Math.cos(B * TAU);
        double s = Math.sin(B * TAU);
        return new DMatrixRMaj(new double[][] {{e * c, e * s}, {-e * s, e * c}});
    }

    @Test
    void rungeKuttaMapMatchesMatrixExponential() {
        assertMatchesExponential(FlowMap.rungeKutta4(LINEAR, TAU, 200), 1e-10);
    }

    @Test
    void dormandPrinceMapMatchesMatrixExponential() {
        assertMatchesExponential(FlowMap.dormandPrince853(LINEAR, TAU, 1e-13, 1e-13), 1e-11);
    }

    @Test
    void badDurationIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlowMap.rungeKutta4(LINEAR, 0, 10));
        assertTrue(e.getMessage().contains("duration = 0.0"), e.getMessage());
    }

    private static void assertMatchesExponential(FlowMap map, double tolerance) {
        DMatrixRMaj expected = exact();
        double[] x = {0.3, -1.1};
        double[] out = new double[2];
        map.apply(x, out);
        assertArrayEquals(new double[] {expected.get(0, 0) * x[0] + expected.get(0, 1) * x[1],
                expected.get(1, 0) * x[0] + expected.get(1, 1) * x[1]}, out, tolerance);

        DMatrixRMaj jacobian = new DMatrixRMaj(1, 1);
        map.jacobian(x, jacobian);
        assertArrayEquals(expected.data, jacobian.data, tolerance);

        DMatrixRMaj v = new DMatrixRMaj(new double[][] {{1}, {2}});
        DMatrixRMaj jv = new DMatrixRMaj(1, 1);
        map.jacobianTimes(x, v, jv);
        assertArrayEquals(new double[] {expected.get(0, 0) + 2 * expected.get(0, 1),
                expected.get(1, 0) + 2 * expected.get(1, 1)}, jv.data, tolerance);
    }
}
