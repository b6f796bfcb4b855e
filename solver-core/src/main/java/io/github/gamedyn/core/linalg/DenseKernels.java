package io.github.gamedyn.core.linalg;

/** Inner loops on row-major arrays shared by the reductions of this package. */
final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * \( \sum_{k\lt len} a_{aOff+k}\, b_{bOff+k} \) with four partial sums, so the additions overlap instead
     * of waiting on each other; the summation order is fixed, so results are reproducible.
     *
     * @param a first vector. Not modified.
     * @param b second vector. Not modified.
     */
    static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            s0 += a[aOff + k] * b[bOff + k];
            s1 += a[aOff + k + 1] * b[bOff + k + 1];
            s2 += a[aOff + k + 2] * b[bOff + k + 2];
            s3 += a[aOff + k + 3] * b[bOff + k + 3];
        }
        for (; k < len; k++) {
            s0 += a[aOff + k] * b[bOff + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * \( y_{yOff+k} \mathrel{+}= c\, x_{xOff+k} \) for \( k \lt len \).
     *
     * @param x the added vector. Not modified.
     * @param y the updated vector. Modified.
     */
    static void axpy(double c, double[] x, int xOff, double[] y, int yOff, int len) {
        for (int k = 0; k < len; k++) {
            y[yOff + k] += c * x[xOff + k];
        }
    }
}
