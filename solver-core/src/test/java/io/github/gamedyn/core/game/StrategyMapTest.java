package io.github.gamedyn.core.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyMapTest {

    private static Game.Builder twoPlayers(int size) {
        return Game.builder("g").player("a", size).player("b", size)
                .losses(t -> new Var[] {t.block(0).sum(), t.block(1).sum()});
    }

    @Test
    void sigmoidStrategiesAndTheirPreimage() {
        StrategyMap map = StrategyMap.sigmoid("C", "D");
        double[] w = {Math.log(3), -40};
        assertArrayEquals(new double[] {0.75, 0.25}, map.strategy(w, 0), 1e-15);
        // σ(−40) ≈ 4.2e-18 keeps its relative accuracy
        assertEquals(Math.exp(-40) / (1 + Math.exp(-40)), map.strategy(w, 1)[0], 1e-30);
        assertArrayEquals(new double[] {Math.log(3), Math.log(0.2 / 0.8)},
                map.point(new double[][] {{0.75, 0.25}, {0.2, 0.8}}), 1e-15);
        assertEquals(List.of("C", "D"), map.actions(1));
    }

    @Test
    void softmaxStrategiesAndTheirPreimage() {
        StrategyMap map = StrategyMap.softmax("R", "P", "S");
        double[] w = {0, 0, Math.log(2), 1000, 1000, 1000};
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, map.strategy(w, 0), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, map.strategy(w, 1), 1e-15);
        double[][] s = {{0.2, 0.3, 0.5}, {0.6, 0.2, 0.2}};
        double[] back = map.point(s);
        assertArrayEquals(s[0], map.strategy(back, 0), 1e-15);
        assertArrayEquals(s[1], map.strategy(back, 1), 1e-15);
    }

    @Test
    void gamesDescribeThemselves() {
        Game g = twoPlayers(1).strategyMap(StrategyMap.sigmoid("C", "D")).build();
        assertTrue(g.strategyMap().isPresent());
        assertEquals("P(C) per player", g.behaviour().name());
        assertArrayEquals(new double[] {0.5, 0.75}, g.behaviour().describe(new double[] {0, Math.log(3)}),
                1e-15);
        Game plain = twoPlayers(2).build();
        assertTrue(plain.strategyMap().isEmpty());
        assertEquals("parameters ω", plain.behaviour().name());
        assertArrayEquals(new double[] {1, 2, 3, 4}, plain.behaviour().describe(new double[] {1, 2, 3, 4}));
        BehaviourDescriptor own = BehaviourDescriptor.parameters();
        assertEquals(own, twoPlayers(2).behaviour(own).build().behaviour());
    }

    @Test
    void mismatchedMapsAndStrategiesAreRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> twoPlayers(2).strategyMap(StrategyMap.sigmoid("C", "D")).build());
        assertEquals("game g: player 0 has 2 parameters; its strategy map needs 1", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> twoPlayers(2).strategyMap(StrategyMap.softmax("R", "P", "S")).build());
        assertEquals("game g: player 0 has 2 parameters; its strategy map needs 3", e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> StrategyMap.sigmoid("C", "D").point(new double[][] {{0.5, 0.5}, {1, 0}}));
        assertEquals("strategy of player 1, action 0 = 1.0; allowed: 0 < p < 1", a.getMessage());
        a = assertThrows(IllegalArgumentException.class,
                () -> StrategyMap.softmax("R", "P", "S").point(new double[][] {{0.5, 0.5}}));
        assertEquals("strategy of player 0 has length 2; allowed: 3 (one probability per action)",
                a.getMessage());
        a = assertThrows(IllegalArgumentException.class, () -> StrategyMap.softmax("R"));
        assertEquals("actions has length 1; allowed: at least 2", a.getMessage());
    }

    @Test
    void perPlayerMapsReadEachPlayersOwnBlock() {
        StrategyMap map = StrategyMap.perPlayer(StrategyMap.sigmoid("S", "H"),
                StrategyMap.softmax("S", "H", "R"), StrategyMap.sigmoid("S", "H"));
        double[] w = {Math.log(3), 0, Math.log(2), 0, -Math.log(4)};
        assertArrayEquals(new double[] {0.75, 0.25}, map.strategy(w, 0), 1e-15);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, map.strategy(w, 1), 1e-15);
        assertArrayEquals(new double[] {0.2, 0.8}, map.strategy(w, 2), 1e-15);
        assertEquals(List.of("S", "H", "R"), map.actions(1));
        double[][] s = {{0.1, 0.9}, {0.2, 0.3, 0.5}, {0.6, 0.4}};
        double[] back = map.point(s);
        assertEquals(5, back.length);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(s[i], map.strategy(back, i), 1e-15);
        }
        Game g = Game.builder("stag").player("a", 1).player("b", 3).player("c", 1)
                .losses(t -> new Var[] {t.block(0).sum(), t.block(1).sum(), t.block(2).sum()})
                .strategyMap(map).build();
        assertEquals("P(S) per player", g.behaviour().name());
        assertArrayEquals(new double[] {0.75, 0.25, 0.5, 0.2}, g.behaviour().describe(w), 1e-15);
    }

    @Test
    void perPlayerMapsMustFitThePlayers() {
        StrategyMap two = StrategyMap.perPlayer(StrategyMap.sigmoid("S", "H"),
                StrategyMap.softmax("S", "H", "R"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> twoPlayers(1).strategyMap(two).build());
        assertEquals("game g: player 1 has 1 parameters; its strategy map needs 3", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> Game.builder("g").player("a", 1)
                .losses(t -> new Var[] {t.block(0).sum()}).strategyMap(two).build());
        assertEquals("game g has 1 players; its strategy map has maps for 2", e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> two.point(new double[][] {{0.5, 0.5}}));
        assertEquals("strategies has 1 players; allowed: 2 (one strategy per player)", a.getMessage());
        a = assertThrows(IllegalArgumentException.class,
                () -> two.point(new double[][] {{0.5, 0.5}, {0.5, 0.5}}));
        assertEquals("strategy of player 1 has length 2; allowed: 3 (one probability per action)",
                a.getMessage());
        a = assertThrows(IllegalArgumentException.class, () -> StrategyMap.perPlayer(two));
        assertTrue(a.getMessage().startsWith("maps[0] = "), a.getMessage());
    }
}
