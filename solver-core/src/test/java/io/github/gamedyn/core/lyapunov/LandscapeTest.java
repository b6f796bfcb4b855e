package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LandscapeTest {

    private static final HenonMap HENON = new HenonMap(1.4, 0.3);
    private static final PlaneGrid GRID = new PlaneGrid(new double[] {0.1, 0.05}, new double[] {1, 0},
            new double[] {0.3, 1}, -0.5, 0.5, 23, -0.2, 0.2, 17);

    @Test
    void parallelResultIsBitIdenticalToSingleThreaded() {
        LyapunovEstimator ftle = new FiniteHorizonSvdEstimator();
        ToDoubleFunction<double[]> objective = x0 -> ftle.estimate(HENON, x0, 50).value();

        double[] serial = Landscape.evaluate(GRID, objective, 1).values();
        double[] parallel = Landscape.evaluate(GRID, objective, 3).values();

        assertArrayEquals(serial, parallel, 0.0);
    }

    @Test
    void cellsHoldTheObjectiveAtTheirStartPoint() {
        Landscape landscape = Landscape.evaluate(GRID, x0 -> 10 * x0[0] + x0[1], 2);

        assertEquals(23, landscape.columns());
        assertEquals(17, landscape.rows());
        for (int j = 0; j < 17; j++) {
            for (int i = 0; i < 23; i++) {
                double[] x = {0.1 + GRID.s(i) + 0.3 * GRID.t(j), 0.05 + GRID.t(j)};
                assertEquals(10 * x[0] + x[1], landscape.value(i, j), 1e-15);
            }
        }
        assertEquals(-0.5, GRID.s(0), 0.0);
        assertEquals(0.5, GRID.s(22), 0.0);
        assertEquals(0.2, GRID.t(16), 0.0);
    }

    @Test
    void failureNamesTheCell() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Landscape.evaluate(GRID, x0 -> {
                    if (x0[0] > 0.655) {
                        throw new ArithmeticException("boom");
                    }
                    return 0;
                }, 2));

        assertTrue(e.getMessage().contains("column 22, row 16"), e.getMessage());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    /**
     * Audit M9: a start that diverges is a cell marked diverged with value NaN; the landscape
     * keeps every other cell, identically for any thread count.
     */
    @Test
    void divergedCellsAreRecordedAndTheRestKept() {
        ToDoubleFunction<double[]> objective = x0 -> {
            if (x0[0] > 0.4) {
                throw new io.github.gamedyn.core.dynamics.DivergenceException("state [NaN]", 3, x0);
            }
            return x0[0] + x0[1];
        };
        Landscape serial = Landscape.evaluate(GRID, objective, 1);
        Landscape parallel = Landscape.evaluate(GRID, objective, 3);
        int expected = 0;
        for (int j = 0; j < 17; j++) {
            for (int i = 0; i < 23; i++) {
                double[] x = GRID.point(i, j);
                boolean diverges = x[0] > 0.4;
                expected += diverges ? 1 : 0;
                assertEquals(diverges, serial.diverged(i, j));
                assertEquals(diverges ? Double.NaN : x[0] + x[1], serial.value(i, j), 0.0);
            }
        }
        assertTrue(expected > 0 && expected < 23 * 17);
        assertEquals(expected, serial.divergedCount());
        assertEquals(expected, parallel.divergedCount());
        assertArrayEquals(serial.values(), parallel.values(), 0.0);
    }

    /** Audit M12: the cell named is the lowest failing one, not whichever thread failed first. */
    @Test
    void theFailureNamedIsTheLowestFailingCell() {
        for (int threads : new int[] {1, 2, 5}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Landscape.evaluate(GRID, x0 -> {
                        throw new IllegalArgumentException("x0[0] = NaN");
                    }, threads));
            assertTrue(e.getMessage().startsWith("objective failed at column 0, row 0,"),
                    e.getMessage());
        }
    }
}
