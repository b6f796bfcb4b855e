package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.parallel.ParallelRanges;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Independent cells on every processor: cell i is a deterministic function of its index alone
 * (a seed it draws from derives from the index, never from a worker or thread), and its result
 * goes to slot i, so the results are the same bits for every thread count
 * ({@link ParallelRanges}). The figures' runs over seeds and grids go through this one seam, to
 * run unchanged as a job of cells on an engine.
 */
final class CellRuns {

    private CellRuns() {
    }

    /** The results of cells 0 … cells − 1, in order, on one thread per processor. */
    static <R> List<R> run(int cells, IntFunction<R> cell) {
        return run(cells, Runtime.getRuntime().availableProcessors(), cell);
    }

    /**
     * The results of cells 0 … cells − 1, in order.
     *
     * @param threads worker threads, ≥ 1
     * @param cell computes one cell; called concurrently for different indices
     * @throws RuntimeException what the failing cell of lowest index threw
     */
    static <R> List<R> run(int cells, int threads, IntFunction<R> cell) {
        Object[] results = new Object[cells];
        ParallelRanges.run(cells, threads, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                results[i] = cell.apply(i);
            }
        });
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
