package io.github.gamedyn.core.engine;

/**
 * The seed of one cell of a job: a function of the job's seed and the cell's index alone, never
 * of the worker that runs it, so that every engine draws the same numbers for the cell.
 */
public final class CellSeeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private CellSeeds() {
    }

    /**
     * The SplitMix64 output (Steele, Lea and Flood, OOPSLA 2014) at position {@code cell + 1} of
     * the sequence seeded with {@code seed}: \(z = \mathrm{seed} + (\mathrm{cell}+1)\gamma\), then
     * \(z \leftarrow (z \oplus z \gg 30)\,c_1\), \(z \leftarrow (z \oplus z \gg 27)\,c_2\),
     * \(z \oplus z \gg 31\), with \(\gamma\) = 0x9e3779b97f4a7c15. Distinct cells of one job get
     * distinct seeds (the finaliser is a bijection).
     *
     * @param seed the job's seed
     * @param cell the cell's index, ≥ 0
     */
    public static long of(long seed, long cell) {
        if (cell < 0) {
            throw new IllegalArgumentException("cell = " + cell + "; allowed: >= 0");
        }
        long z = seed + (cell + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
