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

    /**
     * Audit M12: the failure reported was the first in time. With every index from 30 on
     * failing, index 30 is reported for every thread count and chunk, however the workers race.
     */
    @Test
    void theLowestFailingIndexIsReportedWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 3, 7}) {
            for (int chunk : new int[] {1, 4}) {
                for (int repeat = 0; repeat < 20; repeat++) {
                    IllegalStateException e = assertThrows(IllegalStateException.class,
                            () -> ParallelRanges.run(200, threads, chunk, (from, to) -> {
                                for (int i = from; i < to; i++) {
                                    if (i >= 30) {
                                        throw new IllegalStateException("index " + i);
                                    }
                                }
                            }));
                    assertEquals("index 30", e.getMessage(), threads + " threads, chunk " + chunk);
                }
            }
        }
    }

    /** An Error (e.g. OutOfMemoryError) comes out as itself, not wrapped with its class name. */
    @Test
    void errorsPropagateUnwrapped() {
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                () -> ParallelRanges.run(10, 3, 1, (from, to) -> {
                    if (from == 4) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                }));
        assertEquals("Java heap space", e.getMessage());
    }
}
