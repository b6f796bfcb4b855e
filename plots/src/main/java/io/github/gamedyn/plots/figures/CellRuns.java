package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.LocalEngine;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The figures' runs over seeds as jobs of independent cells on the {@link LocalEngine}: cell i is a
 * deterministic function of its index alone (a seed it draws from derives from the index, never
 * from a worker or thread), so the results are the same bits for every thread count. A job given
 * as a closure holds games and runs in this JVM only; a job that is a serialisable record
 * ({@link GanSeedsJob}) runs unchanged on any engine.
 */
final class CellRuns {

    private CellRuns() {
    }

    /**
     * The results of cells 0 … cells − 1, in order.
     *
     * @param threads worker threads, ≥ 1
     * @param cell computes one cell, never {@code null}; called concurrently for different indices
     * @throws io.github.gamedyn.core.engine.CellFailedException naming the failing cell of lowest
     *     index and what it threw
     */
    static <R> List<R> run(int cells, int threads, IntFunction<R> cell) {
        return run(new CellJob<R>() {
            @Override
            public int cells() {
                return cells;
            }

            @Override
            public CellKernel<R> kernel() {
                return cell::apply;
            }
        }, threads);
    }

    /** The results of {@code job}'s cells, in order, on {@code threads} threads. */
    static <R> List<R> run(CellJob<R> job, int threads) {
        return new LocalEngine(threads).run(job);
    }
}
