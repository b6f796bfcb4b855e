package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * The arithmetic of a {@link Program}'s uniform phase (one point, or the part of a linearised
 * program that does not depend on the directions) on flat arrays: an operand is an array and the
 * offset of its first entry. Outputs are overwritten, never accumulated into. {@link LanedKernels}
 * is the laned counterpart.
 */
final class Kernels {

    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;

    private Kernels() {
    }

    /** {@code out = a ⋆ b} elementwise over n entries, ⋆ one of {@link #ADD}, {@link #SUB}, {@link #MUL}. */
    static void binary(int op, double[] out, int oo, double[] a, int ao, double[] b, int bo, int n) {
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = a[ao + i] + b[bo + i];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = a[ao + i] - b[bo + i];
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = a[ao + i] * b[bo + i];
                }
            }
        }
    }

    /**
     * {@code out = s·a + c}; the shift is added even when zero, so that −0 becomes +0 as in plain
     * arithmetic.
     */
    static void affine(double[] out, int oo, double[] a, int ao, int n, double s, double c) {
        for (int i = 0; i < n; i++) {
            out[oo + i] = s * a[ao + i] + c;
        }
    }

    /** {@code out = f(a)} over n entries. */
    static void unary(UnaryFunction f, double[] out, int oo, double[] a, int ao, int n) {
        switch (f) {
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    double x = a[ao + i];
                    double e = Math.exp(-Math.abs(x));
                    out[oo + i] = x >= 0 ? 1 / (1 + e) : e / (1 + e);
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = UnaryFunction.tanh(a[ao + i]);
                }
            }
            case EXP -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = Math.exp(a[ao + i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < n; i++) {
                    double x = a[ao + i];
                    out[oo + i] = x * x;
                }
            }
            case RECIPROCAL -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = 1 / a[ao + i];
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = f.value(a[ao + i]);
                }
            }
        }
    }

    /**
     * {@code out = sech²(x)} from x and {@code t = tanh(x)}: \(1 - t^2\) where \(|t| \le 1/2\),
     * else \(4e/(1+e)^2\), \(e = e^{-2|x|}\) (no cancellation, one exponential).
     */
    static void sech2(double[] out, int oo, double[] x, int xo, double[] t, int to, int n) {
        for (int i = 0; i < n; i++) {
            out[oo + i] = sech2(x[xo + i], t[to + i]);
        }
    }

    static double sech2(double x, double t) {
        if (Math.abs(t) <= 0.5) {
            return 1 - t * t;
        }
        double e = Math.exp(-2 * Math.abs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }

    /** {@code out = Σ_i a_i}. */
    static void sum(double[] out, int oo, double[] a, int ao, int n) {
        double s = a[ao];
        for (int i = 1; i < n; i++) {
            s += a[ao + i];
        }
        out[oo] = s;
    }

    /** {@code out (1×c) = column sums of a (r×c)}. */
    static void colsum(double[] out, int oo, double[] a, int ao, int r, int c) {
        System.arraycopy(a, ao, out, oo, c);
        for (int i = 1; i < r; i++) {
            int x = ao + i * c;
            for (int j = 0; j < c; j++) {
                out[oo + j] += a[x + j];
            }
        }
    }

    /** {@code out (size entries) = a} repeated, {@code a} 1×1 or 1×c ({@code width} entries). */
    static void expand(double[] out, int oo, double[] a, int ao, int width, int size) {
        for (int i = 0; i < size; i += width) {
            System.arraycopy(a, ao, out, oo + i, width);
        }
    }

    /** The largest of the n entries of {@code a}. */
    static void max(double[] out, int oo, double[] a, int ao, int n) {
        double m = a[ao];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, a[ao + i]);
        }
        out[oo] = m;
    }

    /** Copies ({@code overwrite}) or adds the n entries of {@code a} into {@code out} at {@code offset}. */
    static void place(double[] out, int oo, double[] a, int ao, int n, int offset,
            boolean overwrite) {
        if (overwrite) {
            System.arraycopy(a, ao, out, oo + offset, n);
        } else {
            for (int i = 0; i < n; i++) {
                out[oo + offset + i] += a[ao + i];
            }
        }
    }

    /** {@code out (c×r) = aᵀ} for {@code a} r×c. */
    static void transpose(double[] out, int oo, double[] a, int ao, int r, int c) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[oo + j * r + i] = a[ao + i * c + j];
            }
        }
    }

    /**
     * \(C = \operatorname{op}(A)\operatorname{op}(B)\), C n×m, inner dimension k; A is stored n×k
     * (k×n when {@code ta}), B k×m (m×k when {@code tb}). Loop orders run contiguously over the
     * innermost index.
     */
    static void matmul(double[] c, int co, double[] a, int ao, double[] b, int bo, int n, int k,
            int m, boolean ta, boolean tb) {
        if (!tb) {
            Arrays.fill(c, co, co + n * m, 0);
            if (ta) {
                // Aᵀ B: rows p of A and B stream once, each an outer-product update of C
                for (int p = 0; p < k; p++) {
                    int ap = ao + p * n;
                    int bp = bo + p * m;
                    for (int i = 0; i < n; i++) {
                        double s = a[ap + i];
                        if (s == 0) {
                            continue;
                        }
                        int ci = co + i * m;
                        for (int j = 0; j < m; j++) {
                            c[ci + j] += s * b[bp + j];
                        }
                    }
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                int ci = co + i * m;
                for (int p = 0; p < k; p++) {
                    double s = a[ao + i * k + p];
                    if (s == 0) {
                        continue;
                    }
                    int bp = bo + p * m;
                    for (int j = 0; j < m; j++) {
                        c[ci + j] += s * b[bp + j];
                    }
                }
            }
        } else if (!ta) {
            for (int i = 0; i < n; i++) {
                int ai = ao + i * k;
                for (int j = 0; j < m; j++) {
                    int bj = bo + j * k;
                    double s = 0;
                    for (int p = 0; p < k; p++) {
                        s += a[ai + p] * b[bj + p];
                    }
                    c[co + i * m + j] = s;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int p = 0; p < k; p++) {
                        s += a[ao + p * n + i] * b[bo + j * k + p];
                    }
                    c[co + i * m + j] = s;
                }
            }
        }
    }

    /** Adds the 1×m row {@code b} to every row of the n×m {@code c}. */
    static void addRow(double[] c, int co, double[] b, int bo, int n, int m) {
        for (int i = 0; i < n; i++) {
            int ci = co + i * m;
            for (int j = 0; j < m; j++) {
                c[ci + j] += b[bo + j];
            }
        }
    }

    /**
     * The LU factorisation with partial pivoting of the n×n {@code a} into {@code lu}: n² packed
     * factors, then n pivot rows (as doubles). A zero or non-finite pivot throws when
     * {@code strict}, else leaves NaN factors.
     */
    static void lu(double[] lu, int lo, double[] a, int ao, int n, boolean strict) {
        int nn = n * n;
        System.arraycopy(a, ao, lu, lo, nn);
        for (int col = 0; col < n; col++) {
            int p = col;
            double best = Math.abs(lu[lo + col * n + col]);
            for (int i = col + 1; i < n; i++) {
                double v = Math.abs(lu[lo + i * n + col]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            lu[lo + nn + col] = p;
            if (p != col) {
                for (int j = 0; j < n; j++) {
                    double t = lu[lo + col * n + j];
                    lu[lo + col * n + j] = lu[lo + p * n + j];
                    lu[lo + p * n + j] = t;
                }
            }
            double d = lu[lo + col * n + col];
            if (d == 0 || !Double.isFinite(d)) {
                if (strict) {
                    throw new ArithmeticException("solve: matrix A (" + n + "×" + n
                            + ") is singular or not finite (pivot " + col + " is " + d + ")");
                }
                Arrays.fill(lu, lo, lo + nn, Double.NaN);
                return;
            }
            for (int i = col + 1; i < n; i++) {
                double f = lu[lo + i * n + col] / d;
                lu[lo + i * n + col] = f;
                for (int j = col + 1; j < n; j++) {
                    lu[lo + i * n + j] -= f * lu[lo + col * n + j];
                }
            }
        }
    }

    /**
     * {@code x (n×c) = A⁻¹b}, or {@code A⁻ᵀb} when {@code transpose}, from the factors of
     * {@link #lu}.
     */
    static void solve(double[] x, int xo, double[] lu, int lo, double[] b, int bo, int n, int c,
            boolean transpose) {
        int nn = n * n;
        System.arraycopy(b, bo, x, xo, n * c);
        for (int col = 0; col < c; col++) {
            if (!transpose) {
                for (int k = 0; k < n; k++) {
                    swap(x, xo + k * c + col, xo + (int) lu[lo + nn + k] * c + col);
                }
                for (int i = 0; i < n; i++) {
                    double s = x[xo + i * c + col];
                    for (int j = 0; j < i; j++) {
                        s -= lu[lo + i * n + j] * x[xo + j * c + col];
                    }
                    x[xo + i * c + col] = s;
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = x[xo + i * c + col];
                    for (int j = i + 1; j < n; j++) {
                        s -= lu[lo + i * n + j] * x[xo + j * c + col];
                    }
                    x[xo + i * c + col] = s / lu[lo + i * n + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double s = x[xo + i * c + col];
                    for (int j = 0; j < i; j++) {
                        s -= lu[lo + j * n + i] * x[xo + j * c + col];
                    }
                    x[xo + i * c + col] = s / lu[lo + i * n + i];
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = x[xo + i * c + col];
                    for (int j = i + 1; j < n; j++) {
                        s -= lu[lo + j * n + i] * x[xo + j * c + col];
                    }
                    x[xo + i * c + col] = s;
                }
                for (int k = n - 1; k >= 0; k--) {
                    swap(x, xo + k * c + col, xo + (int) lu[lo + nn + k] * c + col);
                }
            }
        }
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i];
        x[i] = x[j];
        x[j] = t;
    }
}
