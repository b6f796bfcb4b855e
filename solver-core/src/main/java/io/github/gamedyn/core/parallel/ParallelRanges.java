package io.github.gamedyn.core.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent work over the indices {@code 0..n-1} on a fixed number of threads. Workers
 * claim contiguous ranges of {@code chunk} indices in turn (so cheap and expensive cells balance
 * out); every index is handed out exactly once. When the body computes each index from the index
 * alone and writes only that index's slot of a result array, the result is bit-identical for
 * every thread count.
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
     * @param n number of indices, ≥ 0
     * @param threads worker threads, ≥ 1; 1 runs in the calling thread
     * @param chunk indices claimed at a time, ≥ 1
     * @throws RuntimeException the first exception a range threw (other ranges stop claiming)
     */
    public static void run(int n, int threads, int chunk, RangeBody body) {
        if (n < 0 || threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("n = " + n + ", threads = " + threads + ", chunk = "
                    + chunk + "; allowed: n ≥ 0, threads ≥ 1, chunk ≥ 1");
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                try {
                    body.run(from, Math.min(n, from + chunk));
                } catch (RuntimeException e) {
                    next.set(n);
                    throw e;
                }
            }
        };
        if (threads == 1) {
            worker.run();
            return;
        }
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
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running parallel work", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
