package io.github.gamedyn.core.ad;

/** Plain dense kernels on row-major arrays. All accumulate into their last array argument. */
final class TaylorKernels {

    private TaylorKernels() {
    }

    /** {@code c += a ∘ b} elementwise. */
    static void multiplyAdd(double[] a, double[] b, double[] c) {
        for (int i = 0; i < c.length; i++) {
            c[i] += a[i] * b[i];
        }
    }

    /** {@code c += alpha · a}. */
    static void axpy(double alpha, double[] a, double[] c) {
        for (int i = 0; i < c.length; i++) {
            c[i] += alpha * a[i];
        }
    }

    /** {@code c (n×m) += a (n×k) · b (k×m)}. */
    static void matmulAdd(double[] a, double[] b, double[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            int ci = i * m;
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                if (aip == 0) {
                    continue;
                }
                int bp = p * m;
                for (int j = 0; j < m; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** {@code c (n×k) += a (n×m) · bᵀ} where {@code b} is k×m. */
    static void matmulTransBAdd(double[] a, double[] b, double[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            int ai = i * m;
            int ci = i * k;
            for (int p = 0; p < k; p++) {
                int bp = p * m;
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += a[ai + j] * b[bp + j];
                }
                c[ci + p] += s;
            }
        }
    }

    /** {@code c (k×m) += aᵀ · b} where {@code a} is n×k and {@code b} is n×m. */
    static void matmulTransAAdd(double[] a, double[] b, double[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            int ai = i * k;
            int bi = i * m;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                if (aip == 0) {
                    continue;
                }
                int cp = p * m;
                for (int j = 0; j < m; j++) {
                    c[cp + j] += aip * b[bi + j];
                }
            }
        }
    }
}
