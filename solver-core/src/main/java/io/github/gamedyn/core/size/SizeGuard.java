package io.github.gamedyn.core.size;

import java.util.Locale;

/**
 * Rejects work that cannot fit before it starts, instead of letting it die with
 * {@link OutOfMemoryError} or an overflowed array size minutes later. Two limits hold for every
 * allocation: one Java array has at most {@link #MAX_ARRAY_LENGTH} entries, and everything
 * allocated together must fit in the part of the heap that is still free
 * (\(\mathrm{max} - \mathrm{total} + \mathrm{free}\) of {@link Runtime}).
 *
 * <p>Callers estimate their largest array and their total from the sizes the user chose (with
 * {@link #product} and {@link #sum}, which saturate, so that the estimate itself cannot overflow) and name the size as the user
 * wrote it, so that the message says which parameter to change:
 * <pre>{@code
 * SizeGuard.require("dim = " + n, "the matrix A (" + n + "×" + n + ")",
 *         SizeGuard.product(n, n), SizeGuard.product(2, n, n, Double.BYTES));
 * }</pre>
 */
public final class SizeGuard {
    /** The longest array a JVM reliably allocates (a few header words below 2³¹ − 1). */
    public static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private SizeGuard() {
    }

    /** The product of non-negative factors, {@link Long#MAX_VALUE} when it overflows. */
    public static long product(long... factors) {
        long p = 1;
        for (long f : factors) {
            if (f < 0) {
                throw new IllegalArgumentException("factor = " + f + "; allowed: ≥ 0");
            }
            if (f != 0 && p > Long.MAX_VALUE / f) {
                return Long.MAX_VALUE;
            }
            p *= f;
        }
        return p;
    }

    /** The sum of non-negative terms, {@link Long#MAX_VALUE} when it overflows. */
    public static long sum(long... terms) {
        long s = 0;
        for (long t : terms) {
            if (t < 0) {
                throw new IllegalArgumentException("term = " + t + "; allowed: ≥ 0");
            }
            s = t > Long.MAX_VALUE - s ? Long.MAX_VALUE : s + t;
        }
        return s;
    }

    /**
     * Checks that the work fits.
     *
     * @param subject the size as the user chose it, e.g. {@code dim = 30000} or
     *     {@code game small-gan:width=300 (dimension 183874)}
     * @param what what would be allocated, e.g. {@code the matrix A (30000×30000)}
     * @param largestArray entries of the largest single array, ≥ 0
     * @param totalBytes bytes of everything allocated together, ≥ 0
     * @throws IllegalArgumentException naming the subject, the size and the limit it exceeds
     */
    public static void require(String subject, String what, long largestArray, long totalBytes) {
        if (largestArray > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(subject + ": " + what + " would have "
                    + count(largestArray) + " entries; allowed: at most " + MAX_ARRAY_LENGTH
                    + " in one Java array");
        }
        long free = freeHeap();
        if (totalBytes > free) {
            throw new IllegalArgumentException(subject + ": " + what + " would need "
                    + bytes(totalBytes) + "; allowed: at most " + bytes(free)
                    + ", the free Java heap (raise it with -Xmx, e.g. JAVA_TOOL_OPTIONS=-Xmx8g)");
        }
    }

    /** Bytes the heap can still grow by or hand out. */
    static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - rt.totalMemory() + rt.freeMemory();
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(n);
    }

    private static String bytes(long b) {
        if (b == Long.MAX_VALUE) {
            return "more than " + Long.MAX_VALUE + " bytes";
        }
        double gb = b / 1e9;
        return gb >= 1 ? String.format(Locale.ROOT, "%.1f GB", gb)
                : String.format(Locale.ROOT, "%.0f MB", Math.ceil(b / 1e6));
    }
}
