package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.LinearMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Checks every {@link LyapunovEstimator} must pass; each implementation extends this class. On a 1 x 1 map
 * and on \( r \cdot \)rotation all estimators coincide with \( \log|a| \) resp. \( \log r \) (the positive
 * sum with \( \max(\log|a|, 0) \) resp. \( 2\max(\log r, 0) \)).
 */
abstract class LyapunovEstimatorContract {

    /** @param dimension the map dimension the estimator will be used with */
    abstract LyapunovEstimator estimator(int dimension);

    /** @return whether the estimator reports the sum of positive exponents instead of the largest */
    boolean positivePart() {
        return false;
    }

    /** @return the expected value when every exponent equals {@code lambda}, {@code count} of them */
    private double expected(double lambda, int count) {
        return positivePart() ? count * Math.max(lambda, 0) : lambda;
    }

    @Test
    void oneDimensionalLinearMap() {
        for (double a : new double[] {3.0, -0.25, 1.0}) {
            LinearMap map = new LinearMap(new DMatrixRMaj(new double[][] {{a}}));
            assertEquals(expected(Math.log(Math.abs(a)), 1), estimator(1).estimate(map, new double[1], 7).value(), 1e-14);
        }
    }

    @Test
    void rotationScaling() {
        for (double r : new double[] {1.3, 0.6}) {
            DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.6 * r, -0.8 * r}, {0.8 * r, 0.6 * r}});
            LyapunovEstimate e = estimator(2).estimate(new LinearMap(a), new double[2], 40);
            assertEquals(expected(Math.log(r), 2), e.value(), 1e-13);
        }
    }

    @Test
    void valueIsLastRunningEstimateAndRunsAreBitReproducible() {
        TanhMap map = new TanhMap(3, 2.5, 8);
        double[] x0 = {0.2, -0.4, 0.9};
        LyapunovEstimate first = estimator(3).estimate(map, x0, 25);
        LyapunovEstimate second = estimator(3).estimate(map, x0, 25);

        assertEquals(25, first.convergence().steps());
        assertEquals(first.value(), first.convergence().running(25), 0.0);
        assertArrayEquals(first.convergence().running(), second.convergence().running(), 0.0);
        assertArrayEquals(new double[] {0.2, -0.4, 0.9}, x0, 0.0);
    }

    @Test
    void badHorizonAndDimensionAreRejected() {
        LinearMap map = new LinearMap(CommonOps_DDRM.diag(2.0, 0.5));
        for (int horizon : new int[] {0, -3}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> estimator(2).estimate(map, new double[2], horizon));
            assertTrue(e.getMessage().contains("horizon = " + horizon) && e.getMessage().contains("horizon >= 1"),
                    e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> estimator(2).estimate(map, new double[3], 5));
        assertTrue(e.getMessage().contains("x0 has length 3") && e.getMessage().contains("dimension 2"),
                e.getMessage());
    }

    @Test
    void blowUpStopsTheRunNamingStepAndLastFiniteState() {
        LinearMap explosive = new LinearMap(CommonOps_DDRM.diag(1e200, 1));
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> estimator(2).estimate(explosive, new double[] {1, 1}, 5));

        assertEquals(2, e.step(), e.getMessage());
        assertArrayEquals(new double[] {1e200, 1}, e.lastFiniteState(), 0.0);
        assertTrue(e.getMessage().contains("step 2"), e.getMessage());
    }
}
