package io.github.gamedyn.core.engine;

import io.github.gamedyn.core.parallel.ParallelRanges;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The default engine: the cells on threads of this JVM ({@link ParallelRanges}: workers claim
 * {@link CellJob#chunk()} cells at a time, each result written to its own slot), one kernel shared
 * by the threads. The results are the same bits for every thread count, and so is a failure: the
 * cell reported is the failing cell of lowest index.
 */
public final class LocalEngine implements Engine {

    private final int threads;

    /**
     * @param threads worker threads, ≥ 1; 1 runs the cells in the calling thread
     */
    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; allowed: threads >= 1");
        }
        this.threads = threads;
    }

    /** An engine with one thread per available processor. */
    public static LocalEngine ofAvailableProcessors() {
        return new LocalEngine(Runtime.getRuntime().availableProcessors());
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return Engines.LOCAL;
    }

    @Override
    public <R> List<R> run(CellJob<R> job) {
        int n = CellRanges.cells(job);
        if (n == 0) {
            return List.of();
        }
        CellKernel<R> kernel = job.kernel();
        Object[] results = new Object[n];
        ParallelRanges.run(n, threads, job.chunk(), (from, to) -> {
            List<R> range = CellRanges.compute(job, kernel, from, to);
            for (int i = from; i < to; i++) {
                results[i] = range.get(i - from);
            }
        });
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    @Override
    public String toString() {
        return "local engine (" + threads + (threads == 1 ? " thread)" : " threads)");
    }
}
