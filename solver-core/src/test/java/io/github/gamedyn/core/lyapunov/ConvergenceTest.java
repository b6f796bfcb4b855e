package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConvergenceTest {

    @Test
    void spreadIsRangeOverLastQuarter() {
        Convergence c = Convergence.of(new double[] {5, 4, 3, 2, 1, 1.5, 1.2, 1.1});

        assertEquals(8, c.steps());
        assertEquals(1.5 - 1.1, c.spread(), 1e-15);
        assertEquals(5, c.running(1), 0.0);
    }

    @Test
    void shortRunsHaveZeroSpread() {
        assertEquals(0.0, Convergence.of(new double[] {3, 1, 2}).spread(), 0.0);
    }

    @Test
    void perUnitTimeDividesValuesAndRunningEstimates() {
        LyapunovEstimate e = new LyapunovEstimate(2, Convergence.of(new double[] {4, 2}));
        LyapunovEstimate scaled = e.perUnitTime(0.5);

        assertEquals(4, scaled.value(), 0.0);
        assertArrayEquals(new double[] {8, 4}, scaled.convergence().running(), 0.0);
    }

    @Test
    void transientShowsAsLargeSpreadAndSettlesWithHorizon() {
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 1000);
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(new double[] {1, 0});

        double shortSpread = estimator.estimate(henon, x0, 40).convergence().spread();
        double longSpread = estimator.estimate(henon, x0, 40_000).convergence().spread();

        assertEquals(true, longSpread < 0.01 && longSpread < shortSpread / 5, shortSpread + " vs " + longSpread);
    }
}
