package io.github.gamedyn.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellSeedsTest {

    /**
     * The seed of cell k is the (k+1)-th {@code nextLong()} of a {@link SplittableRandom} seeded
     * with the job's seed: the JDK's SplitMix64 is an independent implementation of the same
     * specified sequence, so the driver could draw the cells' seeds in order and get the same.
     */
    @Test
    void cellSeedsAreTheSplitMixSequenceOfTheJobSeed() {
        for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE, 0x5deece66dL}) {
            SplittableRandom sequence = new SplittableRandom(seed);
            for (int cell = 0; cell < 1000; cell++) {
                assertEquals(sequence.nextLong(), CellSeeds.of(seed, cell), "seed " + seed
                        + ", cell " + cell);
            }
        }
    }

    @Test
    void distinctCellsGetDistinctSeeds() {
        Set<Long> seen = new HashSet<>();
        for (int cell = 0; cell < 100_000; cell++) {
            seen.add(CellSeeds.of(42, cell));
        }
        assertEquals(100_000, seen.size());
    }

    @Test
    void aNegativeCellIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellSeeds.of(1, -1));
        assertEquals("cell = -1; allowed: >= 0", e.getMessage());
    }
}
