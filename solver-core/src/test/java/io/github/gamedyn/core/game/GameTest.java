package io.github.gamedyn.core.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The losses are recorded when the game is built, so malformed ones fail there, by name. */
    @Test
    void malformedLossFunctionsAreReported() {
        Game.Builder wrongCount = Game.builder("bad").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).sum()});
        IllegalStateException e = assertThrows(IllegalStateException.class, wrongCount::build);
        assertEquals("game bad: the loss function returned 1 losses for 2 players; it must return"
                + " one 1×1 loss per player", e.getMessage());
        Game.Builder notScalar = Game.builder("bad").player("x", 2)
                .losses(t -> new Var[] {t.block(0)});
        e = assertThrows(IllegalStateException.class, notScalar::build);
        assertEquals("game bad: loss 0 is 2×1; each loss must be a 1×1 Var of the tape passed in",
                e.getMessage());
        Game.Builder missing = Game.builder("bad").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).sum(), null});
        e = assertThrows(IllegalStateException.class, missing::build);
        assertEquals("game bad: loss 1 is null; each loss must be a 1×1 Var of the tape passed in",
                e.getMessage());
        Game.Builder badShapes = Game.builder("bad").player("x", 2)
                .losses(t -> new Var[] {t.block(0).matmul(t.block(0))});
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, badShapes::build);
        assertEquals("matmul: inconsistent dimensions 2×1 · 2×1: columns of the left must equal"
                + " rows of the right", s.getMessage());
    }

    /**
     * A loss that branches on a value records a different program at a second point, and the
     * game is rejected by name; one that only reads a value records the same program and is fine.
     */
    @Test
    void lossesThatBranchOnValuesAreRejected() {
        Game.Builder branching = Game.builder("kinked").player("x", 1).player("y", 1)
                .losses(t -> {
                    Var x = t.block(0);
                    Var l = x.value() > 0.25 ? x.square() : x.times(2);
                    return new Var[] {l, t.block(1).square()};
                });
        IllegalStateException e = assertThrows(IllegalStateException.class, branching::build);
        assertTrue(e.getMessage().startsWith("the losses of game kinked branch on values"),
                e.getMessage());
        double[] read = new double[1];
        Game reading = Game.builder("reading").player("x", 1).defaultPoint(0.75)
                .losses(t -> {
                    Var x = t.block(0);
                    read[0] = x.square().value();
                    return new Var[] {x.square()};
                }).build();
        assertEquals(6.0, reading.simultaneousGradient(new double[] {3})[0], 0);
        assertTrue(read[0] != 0.5625, "the second recording reads at another point");
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
    }
}
