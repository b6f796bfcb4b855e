package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.zoo.GameRegistry;
import org.junit.jupiter.api.Test;

class PlaneTest {
    private static final double H = Math.sqrt(3) / 2;

    @Test
    void theProbabilityPlaneIsTheGridOfTheGrrLandscapesBitForBit() {
        Game ipd = GameRegistry.create("small-ipd");
        Plane plane = Plane.probabilities(ipd);
        assertEquals("P₁(C)", plane.sLabel());
        assertEquals("P₂(C)", plane.tLabel());
        ProbabilityGrid reference = new ProbabilityGrid(0.02, 0.98, 7);
        double[] p = Plane.range(0.02, 0.98, 7);
        StartPointGrid grid = plane.grid(p, p);
        for (int i = 0; i < 7; i++) {
            assertEquals(reference.probability(i), p[i], 0);
            for (int j = 0; j < 7; j++) {
                assertArrayEquals(reference.point(i, j), grid.point(i, j), 0);
            }
        }
        double[] w = {Math.log(3), -Math.log(4)};
        assertArrayEquals(new double[] {0.75, 0.2}, plane.coordinates(w), 1e-15);
        assertArrayEquals(w, plane.point(0.75, 0.2), 1e-15);
        assertFalse(plane.contains(1, 0.5));
    }

    @Test
    void aPlaneThatNeedsAStrategyMapSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plane.probabilities(GameRegistry.create("tandem")));
        assertEquals("game tandem has no strategy map; a probability plane needs one, with two "
                + "players of two actions each (Game.Builder.strategyMap)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Plane.probabilities(GameRegistry.create("rock-paper-scissors")));
        assertEquals("game rock-paper-scissors has 2 players with 3, 3 actions; a probability "
                + "plane needs two players with two actions each", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Plane.simplex(GameRegistry.create("matching-pennies"), 0, new double[2]));
        assertEquals("player 0 of game matching-pennies has 2 actions; a simplex needs three",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Plane.simplex(GameRegistry.create("bilinear")));
        assertTrue(e.getMessage().startsWith("game bilinear"), e.getMessage());
    }

    @Test
    void coordinatePlanesAreExactAndAffinePlanesProjectByLeastSquares() {
        Plane c = Plane.coordinates(new double[] {7, 8, 9}, 2, 0, -1, 1, -2, 2);
        assertEquals("ω₃", c.sLabel());
        assertEquals("ω₁", c.tLabel());
        assertArrayEquals(new double[] {0.3, 8, -0.7}, c.point(-0.7, 0.3), 0);
        assertArrayEquals(new double[] {-0.7, 0.3}, c.coordinates(new double[] {0.3, 5, -0.7}), 0);
        // o = 0, e1 = (1, 1, 0), e2 = (0, 0, 2): the projection of (1, 3, 4) is s = 2, t = 2
        Plane a = Plane.affine(new double[3], new double[] {1, 1, 0}, new double[] {0, 0, 2}, 0, 1,
                0, 1);
        assertArrayEquals(new double[] {2, 2}, a.coordinates(new double[] {1, 3, 4}), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5, 1}, a.point(0.5, 0.5), 0);
        // a skew basis: o = (1, 0), e1 = (1, 0), e2 = (1, 1); ω = o + 2e1 − e2 = (2, −1)
        Plane skew = Plane.affine(new double[] {1, 0}, new double[] {1, 0}, new double[] {1, 1},
                -3, 3, -3, 3);
        assertArrayEquals(new double[] {2, -1}, skew.coordinates(new double[] {2, -1}), 1e-15);
        assertEquals("x", skew.withLabels("x", "y").sLabel());
        assertThrows(IllegalArgumentException.class, () -> Plane.affine(new double[2],
                new double[] {1, 2}, new double[] {2, 4}, 0, 1, 0, 1));
    }

    @Test
    void simplexPointsAreBarycentric() {
        Game rps = GameRegistry.create("rock-paper-scissors");
        Plane symmetric = Plane.simplex(rps);
        // the uniform strategy is the centroid (½, √3/6); the apex is the third action, S
        assertArrayEquals(new double[] {0.5, H / 3}, symmetric.coordinates(new double[6]), 1e-15);
        double[] w = symmetric.point(0.6, 0.2 * H);
        StrategyMap map = rps.strategyMap().orElseThrow();
        double[] x = {1 - 0.5 - 0.2, 0.5, 0.2};
        assertArrayEquals(x, map.strategy(w, 0), 1e-15);
        assertArrayEquals(x, map.strategy(w, 1), 1e-15);
        assertFalse(symmetric.contains(0.1, 0.5));
        assertTrue(symmetric.contains(0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> symmetric.point(0.1, 0.5));

        double[] reference = map.point(new double[][] {{0.1, 0.2, 0.7}, {0.6, 0.3, 0.1}});
        Plane column = Plane.simplex(rps, 1, reference);
        double[] v = column.point(0.6, 0.2 * H);
        assertArrayEquals(new double[] {0.1, 0.2, 0.7}, map.strategy(v, 0), 1e-15);
        assertArrayEquals(x, map.strategy(v, 1), 1e-15);
        assertArrayEquals(new double[] {0.3 + 0.05, 0.1 * H}, column.coordinates(reference), 1e-15);
    }

    @Test
    void aSymmetricSimplexNeedsEveryPlayerToHaveTheSameActions() {
        Game mixed = Game.builder("mixed").player("a", 3).player("b", 3)
                .losses(t -> new Var[] {t.block(0).sum(), t.block(1).sum()})
                .strategyMap(StrategyMap.perPlayer(StrategyMap.softmax("R", "P", "S"),
                        StrategyMap.softmax("X", "Y", "Z")))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plane.simplex(mixed));
        assertEquals("player 1 of game mixed has actions [X, Y, Z], player 0 [R, P, S]; a "
                + "symmetric simplex needs every player to have the same three", e.getMessage());
        assertArrayEquals(new double[] {0.5, H / 3},
                Plane.simplex(mixed, 1, new double[6]).coordinates(new double[6]), 1e-15);
    }

    @Test
    void rangesAreEquallySpaced() {
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Plane.range(-1, 1, 5), 0);
        assertThrows(IllegalArgumentException.class, () -> Plane.range(0, 1, 1));
        assertEquals("₁₂", Plane.subscript(12));
    }
}
