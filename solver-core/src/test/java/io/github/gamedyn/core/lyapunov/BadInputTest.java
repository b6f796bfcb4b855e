package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.LinearMap;
import java.util.List;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadInputTest {

    private static final LinearMap MAP = new LinearMap(CommonOps_DDRM.diag(2.0, 0.5));
    private static final double[] X0 = {0.1, 0.2};
    private static final List<LyapunovEstimator> ESTIMATORS = List.of(
            new TransportedVectorEstimator(new double[] {1, 0}), new FiniteHorizonSvdEstimator(),
            new PerStepUpperBoundEstimator(), new PositiveExponentSumEstimator(1));

    @Test
    void nonPositiveHorizonIsRejected() {
        for (LyapunovEstimator estimator : ESTIMATORS) {
            for (int horizon : new int[] {0, -3}) {
                assertMessage(() -> estimator.estimate(MAP, X0, horizon), "horizon = " + horizon, "horizon >= 1");
            }
        }
        assertMessage(() -> new BenettinQrEstimator(1, 0).spectrum(MAP, X0, 0), "horizon = 0", "horizon >= 1");
        assertMessage(() -> new TransportedVectorEstimator(new double[] {1, 0}).gradient(MAP, X0, 0), "horizon = 0",
                "horizon >= 1");
    }

    @Test
    void exponentCountOutsideOneToDimensionIsRejected() {
        assertMessage(() -> new BenettinQrEstimator(3, 0).spectrum(MAP, X0, 5), "exponents = 3",
                "1 <= exponents <= 2");
        assertMessage(() -> new BenettinQrEstimator(0, 0), "exponents = 0", "exponents >= 1");
        assertMessage(() -> new BenettinQrEstimator(-1, 0), "exponents = -1", "exponents >= 1");
    }

    @Test
    void zeroStartVectorIsRejected() {
        assertMessage(() -> new TransportedVectorEstimator(new double[] {0, 0}), "u0 is the zero vector",
                "non-zero");
        assertMessage(() -> new TransportedVectorEstimator(new double[] {Double.NaN, 1}), "u0[0] = NaN", "finite");
    }

    @Test
    void dimensionMismatchIsRejected() {
        for (LyapunovEstimator estimator : ESTIMATORS) {
            assertMessage(() -> estimator.estimate(MAP, new double[3], 5), "x0 has length 3", "dimension 2");
        }
        assertMessage(() -> new TransportedVectorEstimator(new double[] {1, 0, 0}).estimate(MAP, X0, 5),
                "u0 has length 3", "dimension 2");
        assertMessage(() -> new BenettinQrEstimator(1, 0).spectrum(MAP, new double[1], 5), "x0 has length 1",
                "dimension 2");
        assertMessage(() -> new PlaneGrid(X0, new double[3], X0, 0, 1, 2, 0, 1, 2), "lengths 3 and 2",
                "length of center, 2");
    }

    @Test
    void nonFiniteStartIsRejected() {
        assertMessage(() -> new FiniteHorizonSvdEstimator().estimate(MAP, new double[] {0, Double.POSITIVE_INFINITY}, 5),
                "x0[1] = Infinity", "finite");
    }

    @Test
    void otherArgumentsAreRejected() {
        assertMessage(() -> Landscape.evaluate(new PlaneGrid(X0, X0, X0, 0, 1, 2, 0, 1, 2), x -> 0, 0),
                "threads = 0", "threads >= 1");
        assertMessage(() -> new PlaneGrid(X0, X0, X0, 0, 1, 0, 0, 1, 2), "columns = 0", "columns >= 1");
        assertMessage(() -> new LyapunovEstimate(1, Convergence.of(new double[] {1})).perUnitTime(0),
                "stepDuration = 0.0", "stepDuration > 0");
    }

    @Test
    void blowUpStopsTheRunNamingStepAndLastFiniteState() {
        LinearMap explosive = new LinearMap(CommonOps_DDRM.diag(1e200, 1));
        for (LyapunovEstimator estimator : ESTIMATORS) {
            DivergenceException e = assertThrows(DivergenceException.class,
                    () -> estimator.estimate(explosive, new double[] {1, 1}, 5));
            assertEquals(2, e.step(), e.getMessage());
            assertArrayEquals(new double[] {1e200, 1}, e.lastFiniteState(), 0.0);
            assertTrue(e.getMessage().contains("step 2"), e.getMessage());
        }
    }

    @Test
    void collapsedTangentStopsTheRun() {
        DifferentiableMap logistic = DifferentiableMap.of(1,
                (x, out) -> out[0] = 4 * x[0] * (1 - x[0]),
                (x, jac) -> jac.set(0, 0, 4 - 8 * x[0]));

        DivergenceException e = assertThrows(DivergenceException.class,
                () -> new TransportedVectorEstimator(new double[] {1}).estimate(logistic, new double[] {0.5}, 10));

        assertEquals(1, e.step());
        assertTrue(e.getMessage().contains("log(0.0)"), e.getMessage());
    }

    private static void assertMessage(Executable executable, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }
}
