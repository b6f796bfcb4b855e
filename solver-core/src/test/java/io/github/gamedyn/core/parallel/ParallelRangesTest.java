package io.github.gamedyn.core.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParallelRangesTest {

    @Test
    void everyIndexOnceAndTheSameBitsForAnyThreadCount() {
        int n = 1003;
        int[] single = new int[n];
        ParallelRanges.run(n, 1, 7, (from, to) -> {
            for (int i = from; i < to; i++) {
                single[i]++;
            }
        });
        for (int threads : new int[] {2, 3, 8}) {
            int[] counts = new int[n];
            ParallelRanges.run(n, threads, 7, (from, to) -> {
                for (int i = from; i < to; i++) {
                    counts[i]++;
                }
            });
            assertArrayEquals(single, counts);
        }
        for (int c : single) {
            assertEquals(1, c);
        }
    }

    @Test
    void exceptionsPropagateAndBadArgumentsAreNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ParallelRanges.run(100, 2, 1, (from, to) -> {
                    if (from == 50) {
                        throw new IllegalStateException("cell 50");
                    }
                }));
        assertEquals("cell 50", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParallelRanges.run(5, 0, 1, (f, t) -> {
        }));
    }
}
