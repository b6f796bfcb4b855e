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
     * (k×n when {@code ta}), B k×m (m×k when {@code tb}). Every entry is the sum over p in order
     * of \(A_{ip}B_{pj}\), computed in 4×4 blocks of C whose sixteen sums stay in registers
     * (about three times the speed of a loop over one row of C when the rows are short, as the
     * hidden layers of small networks are).
     */
    static void matmul(double[] c, int co, double[] a, int ao, double[] b, int bo, int n, int k,
            int m, boolean ta, boolean tb) {
        // A(i, p) = a[ao + i·ai + p·ap], B(p, j) = b[bo + p·bp + j·bj]
        int ai = ta ? 1 : k;
        int ap = ta ? n : 1;
        int bp = tb ? 1 : m;
        int bj = tb ? k : 1;
        int n4 = n - n % 4;
        int m4 = m - m % 4;
        for (int i = 0; i < n4; i += 4) {
            for (int j = 0; j < m4; j += 4) {
                block(c, co, a, ao, b, bo, i, j, k, m, ai, ap, bp, bj);
            }
            for (int j = m4; j < m; j++) {
                column(c, co, a, ao, b, bo, i, j, k, m, ai, ap, bp, bj);
            }
        }
        for (int i = n4; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ao + i * ai + p * ap] * b[bo + p * bp + j * bj];
                }
                c[co + i * m + j] = s;
            }
        }
    }

    /** Rows i .. i+3, columns j .. j+3 of C. */
    private static void block(double[] c, int co, double[] a, int ao, double[] b, int bo, int i,
            int j, int k, int m, int ai, int ap, int bp, int bj) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        int a0 = ao + i * ai;
        int b0 = bo + j * bj;
        for (int p = 0; p < k; p++) {
            int x = a0 + p * ap;
            int y = b0 + p * bp;
            double x0 = a[x];
            double x1 = a[x + ai];
            double x2 = a[x + 2 * ai];
            double x3 = a[x + 3 * ai];
            double y0 = b[y];
            double y1 = b[y + bj];
            double y2 = b[y + 2 * bj];
            double y3 = b[y + 3 * bj];
            c00 += x0 * y0;
            c01 += x0 * y1;
            c02 += x0 * y2;
            c03 += x0 * y3;
            c10 += x1 * y0;
            c11 += x1 * y1;
            c12 += x1 * y2;
            c13 += x1 * y3;
            c20 += x2 * y0;
            c21 += x2 * y1;
            c22 += x2 * y2;
            c23 += x2 * y3;
            c30 += x3 * y0;
            c31 += x3 * y1;
            c32 += x3 * y2;
            c33 += x3 * y3;
        }
        int r = co + i * m + j;
        c[r] = c00;
        c[r + 1] = c01;
        c[r + 2] = c02;
        c[r + 3] = c03;
        r += m;
        c[r] = c10;
        c[r + 1] = c11;
        c[r + 2] = c12;
        c[r + 3] = c13;
        r += m;
        c[r] = c20;
        c[r + 1] = c21;
        c[r + 2] = c22;
        c[r + 3] = c23;
        r += m;
        c[r] = c30;
        c[r + 1] = c31;
        c[r + 2] = c32;
        c[r + 3] = c33;
    }

    /** Rows i .. i+3 of column j of C. */
    private static void column(double[] c, int co, double[] a, int ao, double[] b, int bo, int i,
            int j, int k, int m, int ai, int ap, int bp, int bj) {
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        int a0 = ao + i * ai;
        int b0 = bo + j * bj;
        for (int p = 0; p < k; p++) {
            int x = a0 + p * ap;
            double y = b[b0 + p * bp];
            c0 += a[x] * y;
            c1 += a[x + ai] * y;
            c2 += a[x + 2 * ai] * y;
            c3 += a[x + 3 * ai] * y;
        }
        int r = co + i * m + j;
        c[r] = c0;
        c[r + m] = c1;
        c[r + 2 * m] = c2;
        c[r + 3 * m] = c3;
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
