package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import org.junit.jupiter.api.Test;

/** Game specs are read strictly and every failure names the game (audit M1, M6, M7, L1, L4, L5). */
class GameSpecTest {

    private static String rejected(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> GameRegistry.create(spec))
                .getMessage();
    }

    @Test
    void duplicateKeysAndEmptyPairsAreRejected() {
        assertEquals("game 'bilinear:dim=2,dim=3': dim given twice; allowed: each key once",
                rejected("bilinear:dim=2,dim=3"));
        assertEquals("game 'ipd:gamma=0.5,gamma=0.9': gamma given twice; allowed: each key once",
                rejected("ipd:gamma=0.5,gamma=0.9"));
        assertTrue(rejected("bilinear:dim=2,").startsWith("game 'bilinear:dim=2,': an empty "
                + "parameter (a trailing or doubled comma)"));
    }

    /** L1: hexadecimal, type suffixes and non-ASCII digits used to be read as numbers. */
    @Test
    void numbersArePlainAsciiDecimals() {
        assertTrue(rejected("bilinear:a=0x1p3").startsWith("game bilinear: a = '0x1p3' is not a "
                + "number; allowed: a plain decimal number"), rejected("bilinear:a=0x1p3"));
        assertTrue(rejected("bilinear:a=1d").startsWith("game bilinear: a = '1d' is not a number"));
        assertTrue(rejected("bilinear:a=1f").startsWith("game bilinear: a = '1f' is not a number"));
        assertTrue(rejected("bilinear:dim=２").startsWith("game bilinear: dim = '２' is not an "
                + "integer"));
        assertTrue(rejected("bilinear:dim=٣").startsWith("game bilinear: dim = '٣' is not an "
                + "integer"));
        assertTrue(rejected("quadratic:a=1;0x2").startsWith("game quadratic: a = '1;0x2': value 2 "
                + "'0x2' is not a number"), rejected("quadratic:a=1;0x2"));
        assertEquals(3, GameRegistry.create("bilinear:dim=3, a = 2").dimension() / 2);
    }

    /** L5: the game and the key are in every message; a game without parameters says so. */
    @Test
    void messagesNameTheGameAndTheKey() {
        assertEquals("game matching-pennies has no parameter 'foo'; it takes none",
                rejected("matching-pennies:foo=1"));
        assertEquals("game tandem has no parameter 'x'; it takes none", rejected("tandem:x=1"));
        assertEquals("game ipd: gamma = 1.0; allowed: 0 ≤ γ < 1", rejected("ipd:gamma=1"));
        assertEquals("game quadratic: a[0] = -1.0; allowed: finite and > 0",
                rejected("quadratic:a=-1"));
        assertEquals("game dirac-gan: penalty = 0.0; allowed: finite and > 0",
                rejected("dirac-gan:variant=gradient-penalty,penalty=0"));
        assertEquals("game dirac-gan: clip applies to variant=wgan only, not variant=standard",
                rejected("dirac-gan:clip=1"));
    }

    /** M7: a parameter that would be ignored is an error. */
    @Test
    void seedAndDiagonalOfTheBilinearGameConflict() {
        assertEquals("game bilinear: a and seed both given; allowed: one of them (seed draws A at "
                + "random, a sets A = a·I)", rejected("bilinear:seed=1,a=5"));
    }

    /** M1: sizes that cannot fit are refused before anything is allocated, naming the key. */
    @Test
    void sizesThatCannotFitAreRefusedNamingTheKey() {
        assertEquals("game bilinear: dim = 100000: the matrix A (100000×100000) would have "
                + "10000000000 entries; allowed: at most 2147483639 in one Java array",
                rejected("bilinear:dim=100000"));
        String width = rejected("small-gan:width=100000");
        assertTrue(width.startsWith("game small-gan: width = 100000, batch = 256: the networks ("
                + "20001100003 parameters) and one evaluation of the losses would have 20001100003 entries; "
                + "allowed: at most 2147483639 in one Java array"), width);
        // the count the guard uses is the networks' own: 2·w + w + w² + w + w·2 + 2 for the
        // generator, 2·w + w + w² + w + w + 1 for the discriminator
        for (int w : new int[] {1, 3, 16}) {
            SmallGan gan = SmallGan.builder().generatorWidth(w).discriminatorWidth(w).build();
            assertEquals(w * (6L + w) + 2, gan.generatorSize());
            assertEquals(w * (5L + w) + 1, gan.discriminatorSize());
        }
        String batch = rejected("small-gan:batch=2000000000");
        assertTrue(batch.startsWith("game small-gan: width = 16, batch = 2000000000: "), batch);
        assertTrue(batch.contains("allowed: at most"), batch);
        assertTrue(rejected("quadratic:dim=2000000000").startsWith("game quadratic: dim = "
                + "2000000000: its vectors (2000000000 entries each) would need "));
    }

    /** L4 (A5, A15, A16): library arguments get IllegalArgumentException, not NPE or AIOOBE. */
    @Test
    void libraryArgumentsAreNamed() {
        assertEquals("game spec: the spec is missing; allowed: NAME or NAME:key=value,key=value",
                rejected(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BilinearGame.create(new double[0][]));
        assertEquals("A is empty; allowed: an n×m matrix with n, m ≥ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BilinearGame.create(new double[][] {{Double.NaN}}));
        assertEquals("A[0][0] = NaN; allowed: finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BilinearGame.create(new double[][] {{1, 2}, {3}}));
        assertEquals("A row 1 has length 1; all rows must have length 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> BilinearGame.create(new double[][] {{1}}, null, new double[1]));
        assertEquals("b has length null, c has length 1; they must have lengths 1 and 1",
                e.getMessage());
    }

    /** The Jacobian, now built on demand, is still [[0, A], [−Aᵀ, 0]]. */
    @Test
    void bilinearJacobianOnDemand() {
        Game g = BilinearGame.create(new double[][] {{1, 2, 3}});
        double[] h = g.jacobian(new double[4]).getData();
        double[] expected = {0, 1, 2, 3, -1, 0, 0, 0, -2, 0, 0, 0, -3, 0, 0, 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], h[i], 0.0, "entry " + i);
        }
    }
}
