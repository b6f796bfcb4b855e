package io.github.gamedyn.core.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.ad.Var;
import org.junit.jupiter.api.Test;

class GameTest {

    private static Game tandem() {
        return Game.builder("tandem").player("x", 1).player("y", 1)
                .losses(t -> {
                    Var s = t.block(0).plus(t.block(1)).square();
                    return new Var[] {s.minus(t.block(0).times(2)), s.minus(t.block(1).times(2))};
                }).build();
    }

    @Test
    void playersOwnConsecutiveBlocks() {
        Game g = Game.builder("three").player("a", 2).player("b", 1).player("c", 3)
                .losses(t -> new Var[] {t.block(0).sum(), t.block(1).sum(), t.block(2).sum()})
                .build();
        assertEquals(6, g.dimension());
        assertEquals(new Player("c", 3, 3), g.player(2));
        assertArrayEquals(new double[6], g.defaultPoint());
    }

    /** Tandem: ξ = (2(x+y) − 2, 2(x+y) − 2), Ĥ = [[2, 2], [2, 2]]; mixed products of L₁. */
    @Test
    void tandemDerivativesByHand() {
        Game g = tandem();
        double[] w = {0.3, 1.1};
        assertArrayEquals(new double[] {0.8, 0.8}, g.simultaneousGradient(w), 1e-15);
        assertArrayEquals(new double[] {2, 2, 2, 2}, g.jacobian(w).getData(), 1e-15);
        // ∇_x(∇_y L₁ · v) = ∂²L₁/∂x∂y · v = 2v
        assertArrayEquals(new double[] {6}, g.mixedProduct(w, 0, 1, 0, new double[] {3}), 1e-15);
        assertArrayEquals(new double[] {0.8, 2.8}, g.lossGradient(w, 0), 1e-15);
        assertArrayEquals(new double[] {4, 4}, g.vectorJacobianProduct(w, new double[] {1, 1}),
                1e-15);
    }

    @Test
    void badInputIsNamed() {
        Game g = tandem();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.simultaneousGradient(new double[3]));
        assertEquals("w has length 3; game tandem has dimension 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> g.losses(new double[] {0, Double.NaN}));
        assertEquals("w[1] = NaN; coordinates must be finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> g.mixedProduct(new double[2], 0, 1, 0, new double[2]));
        assertEquals("vj has length 2; player 1 has a block of size 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.player(2));
    }

    @Test
    void malformedLossFunctionsAreReported() {
        Game wrongCount = Game.builder("bad").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).sum()}).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> wrongCount.losses(new double[2]));
        assertEquals("the loss function returned 1 losses for 2 players; it must return one 1×1"
                + " loss per player", e.getMessage());
        Game notScalar = Game.builder("bad").player("x", 2)
                .losses(t -> new Var[] {t.block(0)}).build();
        e = assertThrows(IllegalStateException.class, () -> notScalar.losses(new double[2]));
        assertEquals("loss 0 is 2×1; each loss must be a 1×1 Var of the tape passed in",
                e.getMessage());
        Game badShapes = Game.builder("bad").player("x", 2)
                .losses(t -> new Var[] {t.block(0).matmul(t.block(0))}).build();
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> badShapes.losses(new double[2]));
        assertEquals("matmul: inconsistent dimensions 2×1 · 2×1: columns of the left must equal"
                + " rows of the right", s.getMessage());
    }

    /** Audit L4 (B8, B10–B13, L5): builder arguments and null losses are named, never an NPE. */
    @Test
    void builderArgumentsAreCheckedWhereTheyAreGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", Integer.MAX_VALUE));
        assertEquals("size of player a = 2147483647 makes the dimension of game g 2147483647; "
                + "allowed: at most 2147483639 in all (one Java array)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", 2_000_000_000).player("b", 200_000_000));
        assertEquals("size of player b = 200000000 makes the dimension of game g 2200000000; "
                + "allowed: at most 2147483639 in all (one Java array)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Game.builder("g").player(null, 1));
        assertEquals("player name = null in game g; allowed: a non-blank name", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", 1).player("a", 1));
        assertEquals("player name 'a' given twice in game g; allowed: distinct names",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", 1).defaultPoint(Double.NaN));
        assertEquals("default point of game g: entry 0 = NaN; allowed: finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", 1).defaultPoint((double[]) null));
        assertEquals("default point of game g is null; allowed: a value", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Game.builder("g").player("a", 1).losses(null));
        assertEquals("lossFunction of game g is null; allowed: a value", e.getMessage());
        Game missingLoss = Game.builder("g").player("a", 1).player("b", 1)
                .losses(t -> new Var[] {t.block(0).sum(), null}).build();
        IllegalStateException s = assertThrows(IllegalStateException.class,
                () -> missingLoss.losses(new double[2]));
        assertEquals("loss 1 (player b) of game g is null; the loss function must return one "
                + "1×1 loss per player", s.getMessage());
    }
}
