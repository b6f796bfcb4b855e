package io.github.gamedyn.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DifferentiableMapTest {

    /** \( F(x, y) = (x^2, xy) \), \( J = [[2x, 0], [y, x]] \). */
    private static final DifferentiableMap SQUARE = DifferentiableMap.of(2,
            (x, out) -> {
                out[0] = x[0] * x[0];
                out[1] = x[0] * x[1];
            },
            (x, jac) -> {
                jac.set(0, 0, 2 * x[0]);
                jac.set(1, 0, x[1]);
                jac.set(1, 1, x[0]);
            });

    @Test
    void functionalMapZeroesTheJacobianBeforeFillingIt() {
        DMatrixRMaj jacobian = new DMatrixRMaj(new double[][] {{9, 9}, {9, 9}, {9, 9}});
        SQUARE.jacobian(new double[] {3, 5}, jacobian);

        assertEquals(2, jacobian.numRows);
        assertEquals(2, jacobian.numCols);
        assertArrayEquals(new double[] {6, 0, 5, 3}, Arrays.copyOf(jacobian.data, 4), 0.0);
    }

    @Test
    void defaultJacobianTimesMultipliesTheJacobian() {
        DMatrixRMaj v = new DMatrixRMaj(new double[][] {{1, 0, 2}, {0, 1, -1}});
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        SQUARE.jacobianTimes(new double[] {3, 5}, v, out);

        assertArrayEquals(new double[] {6, 0, 12, 5, 3, 7}, out.data, 0.0);
    }

    @Test
    void iterateAppliesTheMapAndStopsOnOverflow() {
        assertArrayEquals(new double[] {16, 16}, SQUARE.iterate(new double[] {2, 2}, 2), 0.0);
        assertArrayEquals(new double[] {2, 2}, SQUARE.iterate(new double[] {2, 2}, 0), 0.0);

        DivergenceException e = assertThrows(DivergenceException.class,
                () -> SQUARE.iterate(new double[] {10, 1}, 20));
        assertEquals(9, e.step());
        assertArrayEquals(new double[] {1e256, 1e255}, e.lastFiniteState(), 1e245);
        assertTrue(e.getMessage().contains("step 9"), e.getMessage());
    }

    @Test
    void iterateRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SQUARE.iterate(new double[3], 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SQUARE.iterate(new double[2], -1));
        assertTrue(e.getMessage().contains("steps = -1"), e.getMessage());
    }

    @Test
    void linearMapRejectsNonSquareMatrix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearMap(new DMatrixRMaj(2, 3)));
        assertTrue(e.getMessage().contains("2x3"), e.getMessage());
    }

    @Test
    void linearMapTransposeProductAndVanishingSecondDerivative() {
        LinearMap map = new LinearMap(new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}}));
        double[] out = new double[2];
        map.jacobianTransposeTimes(new double[2], new double[] {1, -1}, out);
        assertArrayEquals(new double[] {-2, -2}, out, 0.0);

        map.jacobianDirectionalDerivative(new double[2], new double[] {1, 1}, new double[] {1, 1}, out);
        assertArrayEquals(new double[] {0, 0}, out, 0.0);
    }
}
