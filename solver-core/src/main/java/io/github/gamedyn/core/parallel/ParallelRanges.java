package io.github.gamedyn.core.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs independent work over the indices {@code 0..n-1} on a fixed number of threads. Workers
 * claim contiguous ranges of {@code chunk} indices in turn (so cheap and expensive cells balance
 * out); every index is handed out exactly once. When the body computes each index from the index
 * alone and writes only that index's slot of a result array, the result is bit-identical for
 * every thread count, and so is a failure: when indices fail, the one reported is the lowest.
 */
public final class ParallelRanges {

    /** Work on the half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        /** Processes indices {@code from} (inclusive) to {@code to} (exclusive). */
        void run(int from, int to);
    }

    private ParallelRanges() {
    }

    /**
     * Runs {@code body} over {@code [0, n)}.
     *
     * <p>When a range throws, no further ranges are handed out, the ranges already running finish,
     * and the exception of the lowest failing index is rethrown. Ranges are handed out in
     * increasing order, so every range below a failing one has run: which failure is reported
     * does not depend on the thread count or on timing.
     *
     * @param n number of indices, ≥ 0
     * @param threads worker threads, ≥ 1; 1 runs in the calling thread
     * @param chunk indices claimed at a time, ≥ 1
     * @throws RuntimeException the exception (or {@link Error}) of the lowest failing index
     */
    public static void run(int n, int threads, int chunk, RangeBody body) {
        if (n < 0 || threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("n = " + n + ", threads = " + threads + ", chunk = "
                    + chunk + "; allowed: n ≥ 0, threads ≥ 1, chunk ≥ 1");
        }
        // a long, so that claiming past n near Integer.MAX_VALUE cannot wrap around
        AtomicLong next = new AtomicLong();
        Failures failures = new Failures();
        Runnable worker = () -> {
            for (long from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                try {
                    body.run((int) from, (int) Math.min(n, from + chunk));
                } catch (RuntimeException | Error e) {
                    next.set(n);
                    failures.add((int) from, e);
                    return;
                }
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            runOnPool(threads, worker);
        }
        failures.rethrowLowest();
    }

    private static void runOnPool(int threads, Runnable worker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "gamedyn-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            // the worker catches what its ranges throw; anything else is a failure of the pool
            throw new IllegalStateException("a worker thread failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running parallel work", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The failure of the lowest failing range start. */
    private static final class Failures {
        private int lowest = Integer.MAX_VALUE;
        private Throwable failure;

        synchronized void add(int from, Throwable t) {
            if (from < lowest) {
                lowest = from;
                failure = t;
            }
        }

        synchronized void rethrowLowest() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
