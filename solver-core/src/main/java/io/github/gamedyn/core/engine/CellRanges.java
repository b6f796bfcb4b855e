package io.github.gamedyn.core.engine;

import java.util.List;

/**
 * What every engine runs on one range of cells: the kernel's results, checked, with a failure
 * turned into a {@link CellFailedException} naming the first failing cell of the range.
 */
public final class CellRanges {

    private CellRanges() {
    }

    /**
     * The number of cells of {@code job}, checked.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public static int cells(CellJob<?> job) {
        int n = job.cells();
        if (n < 0) {
            throw new IllegalArgumentException("cells = " + n + " of " + job + "; allowed: >= 0");
        }
        return n;
    }

    /**
     * The results of cells {@code from} (inclusive) to {@code to} (exclusive).
     *
     * <p>When {@link CellKernel#cells} throws for a range of several cells, the cells are run again
     * one at a time to find the first that fails (a failure is the slow path; results are never
     * computed twice otherwise).
     *
     * @throws CellFailedException naming the first failing cell of the range
     * @throws IllegalStateException if the kernel returned the wrong number of results or a
     *     {@code null} one
     */
    public static <R> List<R> compute(CellJob<R> job, CellKernel<R> kernel, int from, int to) {
        List<R> results;
        try {
            results = kernel.cells(from, to);
        } catch (CellFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw locate(job, kernel, from, to, e);
        }
        if (results == null || results.size() != to - from) {
            throw new IllegalStateException("the kernel of " + job + " returned "
                    + (results == null ? "null" : results.size() + " results") + " for cells "
                    + from + " to " + (to - 1) + "; allowed: one result per cell");
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                throw new IllegalStateException(job.failure(from + i, "the kernel returned no "
                        + "result (null)"));
            }
        }
        return results;
    }

    private static CellFailedException locate(CellJob<?> job, CellKernel<?> kernel, int from,
            int to, RuntimeException whole) {
        if (to - from > 1) {
            for (int i = from; i < to; i++) {
                try {
                    kernel.cell(i);
                } catch (CellFailedException e) {
                    return e;
                } catch (RuntimeException e) {
                    return new CellFailedException(i, job.failure(i, message(e)), e);
                }
            }
            return new CellFailedException(from, job.failure(from, message(whole) + " (in the "
                    + "batch of cells " + from + " to " + (to - 1) + ", each of which succeeds "
                    + "alone)"), whole);
        }
        return new CellFailedException(from, job.failure(from, message(whole)), whole);
    }

    /** The message of {@code e}, or a plain phrase when it has none. */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "a failure without a message" : m;
    }
}
