package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.PlaneGrid;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import org.junit.jupiter.api.Test;

/**
 * FTLE landscapes with the batched estimator (the traced program over lanes of start points)
 * against the same landscape point by point through the sympy closed forms of ξ and Ĥ, an
 * independent derivation.
 */
class BatchedLandscapeTest {
    private static final ProbabilityGrid GRID = new ProbabilityGrid(0.02, 0.98, 23);
    private static final TransportedVectorEstimator FTLE =
            new TransportedVectorEstimator(new double[] {1, 1});

    private static double[] closedForm(ClosedForms forms, double lr, int horizon) {
        DifferentiableMap map = forms.gradientDescent(lr);
        return Landscape.evaluate(GRID, x0 -> FTLE.estimate(map, x0, horizon).value(), 1).values();
    }

    private static double[] batched(Game g, double lr, int horizon, int threads) {
        GradientDescentMap map = new GradientDescentMap(g, lr);
        return Landscape.evaluate(GRID, (n, starts, values) -> FTLE.estimates(map, n, starts,
                horizon, values), threads).values();
    }

    @Test
    void tracedBatchesMatchTheClosedForms() {
        for (String name : new String[] {"small-ipd", "matching-pennies", "mixed-ipd-pennies"}) {
            Game g = GameRegistry.create(name);
            double lr = name.equals("small-ipd") ? 10 : 1;
            double[] expected = closedForm(ClosedForms.of(name), lr, 50);
            double[] got = batched(g, lr, 50, 1);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], got[k], 1e-10 * Math.max(1, Math.abs(expected[k])),
                        g.name() + " cell " + k);
            }
        }
    }

    @Test
    void threadCountsGiveTheSameBits() {
        Game g = SmallIpd.create();
        double[] one = batched(g, 10, 30, 1);
        assertArrayEquals(one, batched(g, 10, 30, 2), 0);
        assertArrayEquals(one, batched(g, 10, 30, 3), 0);
    }

    /**
     * GD on L₁ = x⁴/4, L₂ = y²/2 with α = 1/2 leaves every bound from |x| ≳ 2.6 and converges
     * from below: the starts that diverge are NaN, the landscape keeps the others.
     */
    @Test
    void divergedCellsAreNaNAndTheLandscapeIsKept() {
        Game quartic = Game.builder("quartic").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).square().square().times(0.25),
                    t.block(1).square().times(0.5)})
                .build();
        GradientDescentMap map = new GradientDescentMap(quartic, 0.5);
        PlaneGrid plane = new PlaneGrid(new double[2], new double[] {1, 0}, new double[] {0, 1},
                -4, 4, 9, -1, 1, 3);
        double[] values = Landscape.evaluate(plane, (n, starts, out) -> FTLE.estimates(map, n,
                starts, 40, out), 2).values();
        for (int k = 0; k < values.length; k++) {
            double x = -4 + k % 9;
            assertEquals(Math.abs(x) >= 3, Double.isNaN(values[k]), "cell " + k + " at x = " + x);
        }
    }

    /**
     * Tandem's Ĥ is constant, so its tangent stays finite while GD with α = 10 (|1 − 40| > 1)
     * overflows the state within 200 steps from every start off the line x + y = 1: the batch
     * marks those starts NaN where the point-by-point estimate throws, and keeps a start on the
     * line, whose estimate it matches.
     */
    @Test
    void aStateThatOverflowsUnderAConstantJacobianIsDiverged() {
        GradientDescentMap map = new GradientDescentMap(TandemGame.create(), 10);
        double[] starts = {0, 0, 0.25, 0.75, 2, -3};
        double[] values = new double[3];
        FTLE.estimates(map, 3, starts, 200, values);
        assertTrue(Double.isNaN(values[0]));
        assertTrue(Double.isNaN(values[2]));
        assertThrows(DivergenceException.class, () -> FTLE.estimate(map, new double[] {0, 0}, 200));
        assertEquals(FTLE.estimate(map, new double[] {0.25, 0.75}, 200).value(), values[1], 1e-12);
    }
}
