package io.github.gamedyn.core.size;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one size guard (audit H1, M1). */
class SizeGuardTest {

    @Test
    void productsAndSumsSaturateInsteadOfWrapping() {
        assertEquals(10_000_000_000L, SizeGuard.product(100_000, 100_000));
        assertEquals(Long.MAX_VALUE, SizeGuard.product(1L << 32, 1L << 32));
        assertEquals(Long.MAX_VALUE, SizeGuard.product(3, Long.MAX_VALUE / 2));
        assertEquals(0, SizeGuard.product(0, Long.MAX_VALUE, 5));
        assertEquals(Long.MAX_VALUE, SizeGuard.sum(Long.MAX_VALUE, 1));
        assertEquals(7, SizeGuard.sum(3, 4));
        assertThrows(IllegalArgumentException.class, () -> SizeGuard.product(-1, 2));
    }

    @Test
    void anArrayLongerThanJavaAllowsIsRejectedNamingTheSubjectAndTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SizeGuard.require("dim = 46341", "the matrix A (46341×46341)",
                        46341L * 46341L, 8));
        assertEquals("dim = 46341: the matrix A (46341×46341) would have 2147488281 entries; "
                + "allowed: at most 2147483639 in one Java array", e.getMessage());
    }

    @Test
    void moreThanTheFreeHeapIsRejectedAndSmallWorkPasses() {
        long tooMuch = Runtime.getRuntime().maxMemory() + 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SizeGuard.require("--steps = 9", "the trajectory", 10, tooMuch));
        assertTrue(e.getMessage().startsWith("--steps = 9: the trajectory would need "),
                e.getMessage());
        assertTrue(e.getMessage().contains("the free Java heap (raise it with -Xmx"),
                e.getMessage());
        assertDoesNotThrow(() -> SizeGuard.require("n = 3", "x", 3, 24));
        assertDoesNotThrow(() -> SizeGuard.require("n", "x", SizeGuard.MAX_ARRAY_LENGTH, 0));
    }
}
