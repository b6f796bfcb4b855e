package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameRegistryTest {

    @Test
    void listsEveryGameOfTheZoo() {
        assertEquals(List.of("bilinear", "quadratic", "matching-pennies", "rock-paper-scissors",
                        "tandem", "dirac-gan", "ipd", "small-ipd", "mixed-ipd-pennies", "ipd-slice",
                        "small-gan"),
                GameRegistry.entries().stream().map(GameRegistry.Entry::name).toList());
        for (GameRegistry.Entry e : GameRegistry.entries()) {
            assertFalse(e.description().isBlank(), e.name());
            for (GameParameter p : e.parameters()) {
                assertFalse(p.description().isBlank(), e.name() + " " + p.name());
            }
        }
    }

    @Test
    void everyDefaultGameIsFiniteAtItsDefaultPoint() {
        for (GameRegistry.Entry e : GameRegistry.entries()) {
            Game g = GameRegistry.create(e.name());
            double[] w = g.defaultPoint();
            for (double x : g.simultaneousGradient(w)) {
                assertTrue(Double.isFinite(x), e.name());
            }
        }
    }

    @Test
    void equilibriumDefaultPointsAreFixedPoints() {
        for (String name : List.of("bilinear", "quadratic", "matching-pennies",
                "rock-paper-scissors", "tandem", "dirac-gan")) {
            Game g = GameRegistry.create(name);
            assertArrayEquals(new double[g.dimension()],
                    g.simultaneousGradient(g.defaultPoint()), 1e-15, name);
        }
    }
}
