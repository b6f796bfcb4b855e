package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.engine.CellFailedException;
import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.LandscapeJob;
import io.github.gamedyn.core.lyapunov.LyapunovMethod;
import io.github.gamedyn.core.lyapunov.PlaneGrid;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A landscape job on the local engine gives the bits of the direct landscape API. */
class LandscapeJobTest {
    private static final ProbabilityGrid.Recipe PROBABILITIES =
            new ProbabilityGrid.Recipe(0.02, 0.98, 19);

    /** What the direct API gives for the job's method, on {@code threads} threads. */
    private static double[] direct(LandscapeJob job, int threads) {
        Game g = job.game().create();
        GradientDescentMap map = new GradientDescentMap(g, job.learningRate());
        StartPointGrid grid = job.grid().grid(g);
        if (job.method() == LyapunovMethod.TRANSPORTED) {
            double[] u = new double[g.dimension()];
            java.util.Arrays.fill(u, 1);
            TransportedVectorEstimator e = new TransportedVectorEstimator(u);
            return Landscape.evaluate(grid, (n, starts, values) -> e.estimates(map, n, starts,
                    job.horizon(), values), threads).values();
        }
        return Landscape.evaluate(grid, x0 -> job.method().exponents(map, x0, job.horizon())[0],
                threads).values();
    }

    @Test
    void everyMethodGivesTheBitsOfTheDirectApiOnBothPlanes() {
        PlaneGrid.Recipe plane = new PlaneGrid.Recipe(new double[] {0.1, -0.2},
                new double[] {1, 0}, new double[] {0.3, 1}, -2, 2, 13, -1, 1.5, 11);
        for (LyapunovMethod method : LyapunovMethod.values()) {
            for (var grid : new io.github.gamedyn.core.lyapunov.GridRecipe[] {PROBABILITIES,
                    plane}) {
                LandscapeJob job = new LandscapeJob(new RegisteredGame("small-ipd"), 10, method,
                        12, grid);
                double[] expected = direct(job, 1);
                assertArrayEquals(expected, direct(job, 2), 0, method + " direct, 2 threads");
                for (int threads : new int[] {1, 2, 3}) {
                    assertArrayEquals(expected, Landscape.evaluate(job, new LocalEngine(threads))
                            .values(), 0, method + " on " + grid + ", " + threads + " threads");
                }
            }
        }
    }

    /**
     * Gradient descent on the bilinear game xy grows by \(\sqrt{1+\alpha^2} = \sqrt{10}\) per
     * step, so over 700 steps every start but the fixed point 0 overflows: those cells are NaN and
     * marked diverged, the fixed point's kept (its exponent is \(\log\sqrt{10}\)), as in the direct
     * API. (The finite-horizon estimator follows the orbit; the batched transported vector does
     * not look at the state, whose overflow leaves this game's constant Jacobian finite.)
     */
    @Test
    void divergedCellsAreMarked() {
        LandscapeJob job = new LandscapeJob(new RegisteredGame("bilinear:dim=1"), 3,
                LyapunovMethod.FINITE_HORIZON, 700, new PlaneGrid.Recipe(new double[] {0, 0},
                new double[] {1, 0}, new double[] {0, 1}, 0, 1, 5, 0, 1, 5));
        Landscape l = Landscape.evaluate(job, new LocalEngine(2));
        assertEquals(24, l.divergedCount());
        assertArrayEquals(direct(job, 1), l.values(), 0);
        assertTrue(l.diverged(4, 4));
        assertTrue(Double.isNaN(l.value(4, 4)));
        assertFalse(l.diverged(0, 0));
        assertEquals(Math.log(Math.sqrt(10)), l.value(0, 0), 1e-12);
    }

    @Test
    void aCellThatFailsIsNamed() {
        LandscapeJob job = new LandscapeJob(new RegisteredGame("ipd"), 1,
                LyapunovMethod.FINITE_HORIZON, 5, PROBABILITIES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Landscape.evaluate(job, new LocalEngine(1)));
        assertEquals("a probability grid has dimension 2; allowed: a game of dimension 2, not "
                + "ipd(γ=0.96) of dimension 10", e.getMessage());
        LandscapeJob far = new LandscapeJob(new RegisteredGame("small-ipd"), 1,
                LyapunovMethod.QR, 5, new PlaneGrid.Recipe(new double[] {0, 0},
                new double[] {1e308, 0}, new double[] {0, 1}, 0, 4, 3, 0, 1, 2));
        CellFailedException f = assertThrows(CellFailedException.class,
                () -> Landscape.evaluate(far, new LocalEngine(2)));
        assertEquals(1, f.cell());
        assertTrue(f.getMessage().startsWith("landscape cell at column 1, row 0 failed: x0[0] = "
                + "Infinity"), f.getMessage());
    }

    @Test
    void theJobIsSerialisable() throws IOException {
        LandscapeJob job = new LandscapeJob(new RegisteredGame("matching-pennies"), 1,
                LyapunovMethod.TRANSPORTED, 30, PROBABILITIES);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(job);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LandscapeJob(new RegisteredGame("small-ipd"), 0,
                        LyapunovMethod.QR, 5, PROBABILITIES));
        assertEquals("learningRate = 0.0; allowed: finite learningRate > 0", e.getMessage());
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class,
                () -> new LandscapeJob(new RegisteredGame("small-ipd"), 1,
                        LyapunovMethod.QR, 0, PROBABILITIES));
        assertEquals("horizon = 0; allowed: horizon >= 1", h.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
                () -> LyapunovMethod.of("svd"));
        assertEquals("estimator 'svd' is unknown; allowed: transported, finite-horizon, "
                + "per-step-bound, qr, positive-sum", m.getMessage());
    }
}
