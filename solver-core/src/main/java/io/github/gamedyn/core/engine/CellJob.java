package io.github.gamedyn.core.engine;

/**
 * Work over the cells {@code 0..cells()-1}, each a deterministic function of its index, the job's
 * parameters and, where it draws random numbers, its own seed (the job's seed plus the index, say;
 * never a seed per worker or per thread), so that the results are the same bits on every
 * {@link Engine} and for every number of workers.
 *
 * <p>An engine that runs cells in other JVMs ships the job by Java serialisation: such a job is a
 * record of spec strings and numbers that also implements {@link java.io.Serializable}, and its
 * results are serialisable. Jobs that run only in this JVM ({@link LocalEngine}) may hold anything.
 *
 * @param <R> the result of one cell, never {@code null}
 */
public interface CellJob<R> {

    /** The number of cells, ≥ 0. */
    int cells();

    /**
     * Builds what computes the cells (the game traced from its recipe, parsed specs): once per
     * engine task, so that its cost is paid per range of cells, not per cell. The kernel may be
     * called concurrently on disjoint ranges.
     */
    CellKernel<R> kernel();

    /**
     * Cells a local worker claims at a time: enough to amortise a batch (a traced program over
     * lanes), few enough to balance cheap and expensive cells. Does not change any result.
     */
    default int chunk() {
        return 1;
    }

    /**
     * The one line that reports a failure of {@code cell}, naming it in the job's terms (its grid
     * coordinates, its start, its hyperparameters).
     *
     * @param cause the message of what the cell threw
     */
    default String failure(int cell, String cause) {
        return "cell " + cell + " failed: " + cause;
    }
}
