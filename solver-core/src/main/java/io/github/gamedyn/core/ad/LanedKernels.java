package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * The arithmetic of a {@link Program}'s laned phase: every entry of a laned tensor is an array of
 * lanes (L points of a batch, or L directions at one point), {@code rows[unit + e][l]}, so that
 * the innermost loops run over lanes with the same index in distinct arrays, which the JIT
 * compiles to vector instructions, and the interpretive cost of an instruction is paid once per
 * batch. An operand of a laned instruction may also be uniform (the same in every lane, e.g. a
 * constant or a value of the uniform phase): it is then read from the flat uniform storage and
 * broadcast. Outputs are overwritten, never accumulated into.
 */
final class LanedKernels {

    private LanedKernels() {
    }

    /** {@code out = a ⋆ b} elementwise over {@code n} entries; ⋆ as in {@link Kernels#binary}. */
    static void binary(int op, double[][] rows, int out, double[] uniform, int a, boolean al, int b,
            boolean bl, int n, int lanes) {
        for (int e = 0; e < n; e++) {
            double[] o = rows[out + e];
            if (al && bl) {
                double[] x = rows[a + e];
                double[] y = rows[b + e];
                switch (op) {
                    case Kernels.ADD -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] + y[l];
                        }
                    }
                    case Kernels.SUB -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] - y[l];
                        }
                    }
                    default -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] * y[l];
                        }
                    }
                }
            } else if (al) {
                double[] x = rows[a + e];
                double y = uniform[b + e];
                switch (op) {
                    case Kernels.ADD -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] + y;
                        }
                    }
                    case Kernels.SUB -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] - y;
                        }
                    }
                    default -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x[l] * y;
                        }
                    }
                }
            } else {
                double x = uniform[a + e];
                double[] y = rows[b + e];
                switch (op) {
                    case Kernels.ADD -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x + y[l];
                        }
                    }
                    case Kernels.SUB -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x - y[l];
                        }
                    }
                    default -> {
                        for (int l = 0; l < lanes; l++) {
                            o[l] = x * y[l];
                        }
                    }
                }
            }
        }
    }

    /** {@code out = s·a + c} over {@code n} laned entries. */
    static void affine(double[][] rows, int out, int a, int n, double s, double c, int lanes) {
        for (int e = 0; e < n; e++) {
            double[] o = rows[out + e];
            double[] x = rows[a + e];
            for (int l = 0; l < lanes; l++) {
                o[l] = s * x[l] + c;
            }
        }
    }

    /** {@code out = f(a)} over {@code n} laned entries. */
    static void unary(UnaryFunction f, double[][] rows, int out, int a, int n, int lanes) {
        for (int e = 0; e < n; e++) {
            Kernels.unary(f, rows[out + e], 0, rows[a + e], 0, lanes);
        }
    }

    /** {@code out = sech²(x)} from laned x and {@code t = tanh(x)} ({@link Kernels#sech2}). */
    static void sech2(double[][] rows, int out, int x, int t, int n, int lanes) {
        for (int e = 0; e < n; e++) {
            double[] o = rows[out + e];
            double[] xe = rows[x + e];
            double[] te = rows[t + e];
            for (int l = 0; l < lanes; l++) {
                o[l] = Kernels.sech2(xe[l], te[l]);
            }
        }
    }

    /** {@code out = Σ_e a_e}. */
    static void sum(double[][] rows, int out, int a, int n, int lanes) {
        double[] o = rows[out];
        System.arraycopy(rows[a], 0, o, 0, lanes);
        for (int e = 1; e < n; e++) {
            double[] x = rows[a + e];
            for (int l = 0; l < lanes; l++) {
                o[l] += x[l];
            }
        }
    }

    /** {@code out (1×c) = column sums of a (r×c)}. */
    static void colsum(double[][] rows, int out, int a, int r, int c, int lanes) {
        for (int j = 0; j < c; j++) {
            double[] o = rows[out + j];
            System.arraycopy(rows[a + j], 0, o, 0, lanes);
            for (int i = 1; i < r; i++) {
                double[] x = rows[a + i * c + j];
                for (int l = 0; l < lanes; l++) {
                    o[l] += x[l];
                }
            }
        }
    }

    /** {@code out (size entries) = a} repeated, {@code a} of {@code width} entries. */
    static void expand(double[][] rows, int out, int a, int width, int size, int lanes) {
        for (int e = 0; e < size; e++) {
            System.arraycopy(rows[a + e % width], 0, rows[out + e], 0, lanes);
        }
    }

    /** The largest of the {@code n} entries of {@code a}, per lane. */
    static void max(double[][] rows, int out, int a, int n, int lanes) {
        double[] o = rows[out];
        System.arraycopy(rows[a], 0, o, 0, lanes);
        for (int e = 1; e < n; e++) {
            double[] x = rows[a + e];
            for (int l = 0; l < lanes; l++) {
                o[l] = Math.max(o[l], x[l]);
            }
        }
    }

    /** Zeros {@code n} laned entries. */
    static void zero(double[][] rows, int out, int n, int lanes) {
        for (int e = 0; e < n; e++) {
            Arrays.fill(rows[out + e], 0, lanes, 0);
        }
    }

    /**
     * Copies ({@code overwrite}) or adds piece {@code a} ({@code n} entries, laned or uniform)
     * into {@code out} at entry {@code offset}.
     */
    static void place(double[][] rows, int out, double[] uniform, int a, boolean al, int n,
            int offset, int lanes, boolean overwrite) {
        for (int e = 0; e < n; e++) {
            double[] o = rows[out + offset + e];
            if (al) {
                double[] x = rows[a + e];
                if (overwrite) {
                    System.arraycopy(x, 0, o, 0, lanes);
                } else {
                    for (int l = 0; l < lanes; l++) {
                        o[l] += x[l];
                    }
                }
            } else {
                double y = uniform[a + e];
                if (overwrite) {
                    Arrays.fill(o, 0, lanes, y);
                } else {
                    for (int l = 0; l < lanes; l++) {
                        o[l] += y;
                    }
                }
            }
        }
    }

    /** {@code out (c×r) = aᵀ} for {@code a} r×c. */
    static void transpose(double[][] rows, int out, int a, int r, int c, int lanes) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                System.arraycopy(rows[a + i * c + j], 0, rows[out + j * r + i], 0, lanes);
            }
        }
    }

    /**
     * \(C = \operatorname{op}(A)\operatorname{op}(B)\), C n×m, inner dimension k, as in
     * {@link Kernels#matmul}; A and B each laned or uniform.
     *
     * <p>Each \(c_{ij} = \sum_p a_{ip} b_{pj}\) is summed in the order of p, as one lane at a time
     * would, so the bits do not depend on the lanes. Four terms of p are added in one pass over the
     * lanes of \(c_{ij}\) (the same sums, left to right), so a laned entry is loaded and stored once
     * per four terms instead of once per term: laned tensors of a network are megabytes, and the
     * traffic of C dominated. A zero uniform \(a_{ip}\) is skipped, as in the one-point kernels.
     */
    static void matmul(double[][] rows, int c, double[] uniform, int a, boolean al, int b,
            boolean bl, int n, int k, int m, boolean ta, boolean tb, int lanes) {
        zero(rows, c, n * m, lanes);
        for (int i = 0; i < n; i++) {
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                if (al || uniform[a + index(ta, i, p, n, k)] != 0
                        && uniform[a + index(ta, i, p + 1, n, k)] != 0
                        && uniform[a + index(ta, i, p + 2, n, k)] != 0
                        && uniform[a + index(ta, i, p + 3, n, k)] != 0) {
                    addFourTerms(rows, c, uniform, a, al, b, bl, n, k, m, ta, tb, lanes, i, p);
                } else {
                    for (int q = p; q < p + 4; q++) {
                        addTerm(rows, c, uniform, a, al, b, bl, n, k, m, ta, tb, lanes, i, q);
                    }
                }
            }
            for (; p < k; p++) {
                addTerm(rows, c, uniform, a, al, b, bl, n, k, m, ta, tb, lanes, i, p);
            }
        }
    }

    /** The index of entry (i, p) of op(A), A stored n×k, or k×n when transposed. */
    private static int index(boolean ta, int i, int p, int n, int k) {
        return ta ? p * n + i : i * k + p;
    }

    /** Adds the term p of row i: \(c_{ij} \mathrel{+}= a_{ip} b_{pj}\) for every j. */
    private static void addTerm(double[][] rows, int c, double[] uniform, int a, boolean al, int b,
            boolean bl, int n, int k, int m, boolean ta, boolean tb, int lanes, int i, int p) {
        int ia = index(ta, i, p, n, k);
        if (al) {
            double[] x = rows[a + ia];
            for (int j = 0; j < m; j++) {
                int ib = tb ? j * k + p : p * m + j;
                double[] o = rows[c + i * m + j];
                if (bl) {
                    double[] y = rows[b + ib];
                    for (int l = 0; l < lanes; l++) {
                        o[l] += x[l] * y[l];
                    }
                } else {
                    double s = uniform[b + ib];
                    for (int l = 0; l < lanes; l++) {
                        o[l] += s * x[l];
                    }
                }
            }
        } else {
            double s = uniform[a + ia];
            if (s == 0) {
                return;
            }
            for (int j = 0; j < m; j++) {
                double[] y = rows[b + (tb ? j * k + p : p * m + j)];
                double[] o = rows[c + i * m + j];
                for (int l = 0; l < lanes; l++) {
                    o[l] += s * y[l];
                }
            }
        }
    }

    /**
     * Adds the terms p to p + 3 of row i in one pass: \(c_{ij} \leftarrow (((c_{ij} + a_{ip}b_{pj})
     * + a_{i,p+1}b_{p+1,j}) + \dots)\), the order of {@link #addTerm} four times. A uniform A has no
     * zero among the four.
     */
    private static void addFourTerms(double[][] rows, int c, double[] uniform, int a, boolean al,
            int b, boolean bl, int n, int k, int m, boolean ta, boolean tb, int lanes, int i, int p) {
        int a0 = a + index(ta, i, p, n, k);
        int a1 = a + index(ta, i, p + 1, n, k);
        int a2 = a + index(ta, i, p + 2, n, k);
        int a3 = a + index(ta, i, p + 3, n, k);
        for (int j = 0; j < m; j++) {
            int b0 = b + (tb ? j * k + p : p * m + j);
            int step = tb ? 1 : m;
            double[] o = rows[c + i * m + j];
            if (al && bl) {
                double[] x0 = rows[a0], x1 = rows[a1], x2 = rows[a2], x3 = rows[a3];
                double[] y0 = rows[b0], y1 = rows[b0 + step], y2 = rows[b0 + 2 * step];
                double[] y3 = rows[b0 + 3 * step];
                for (int l = 0; l < lanes; l++) {
                    o[l] = o[l] + x0[l] * y0[l] + x1[l] * y1[l] + x2[l] * y2[l] + x3[l] * y3[l];
                }
            } else if (al) {
                double[] x0 = rows[a0], x1 = rows[a1], x2 = rows[a2], x3 = rows[a3];
                double s0 = uniform[b0], s1 = uniform[b0 + step], s2 = uniform[b0 + 2 * step];
                double s3 = uniform[b0 + 3 * step];
                for (int l = 0; l < lanes; l++) {
                    o[l] = o[l] + s0 * x0[l] + s1 * x1[l] + s2 * x2[l] + s3 * x3[l];
                }
            } else {
                double s0 = uniform[a0], s1 = uniform[a1], s2 = uniform[a2], s3 = uniform[a3];
                double[] y0 = rows[b0], y1 = rows[b0 + step], y2 = rows[b0 + 2 * step];
                double[] y3 = rows[b0 + 3 * step];
                for (int l = 0; l < lanes; l++) {
                    o[l] = o[l] + s0 * y0[l] + s1 * y1[l] + s2 * y2[l] + s3 * y3[l];
                }
            }
        }
    }

    /** Adds the 1×m row {@code b} (laned or uniform) to every row of the n×m {@code c}. */
    static void addRow(double[][] rows, int c, double[] uniform, int b, boolean bl, int n, int m,
            int lanes) {
        for (int i = 0; i < n; i++) {
            place(rows, c, uniform, b, bl, m, i * m, lanes, false);
        }
    }

    /**
     * The LU factorisation with partial pivoting of the laned n×n {@code a} into {@code lu}: n²
     * packed factors, then n pivot rows (as doubles), as {@link Kernels#lu}. The elimination runs
     * over all lanes at once; only the pivot search and the (rare) row swaps go lane by lane. A
     * lane whose pivot is zero or not finite gets NaN factors.
     */
    static void lu(double[][] rows, int lu, int a, int n, int lanes) {
        int nn = n * n;
        for (int e = 0; e < nn; e++) {
            System.arraycopy(rows[a + e], 0, rows[lu + e], 0, lanes);
        }
        for (int col = 0; col < n; col++) {
            double[] pivots = rows[lu + nn + col];
            for (int l = 0; l < lanes; l++) {
                int p = col;
                double best = Math.abs(rows[lu + col * n + col][l]);
                for (int i = col + 1; i < n; i++) {
                    double v = Math.abs(rows[lu + i * n + col][l]);
                    if (v > best) {
                        best = v;
                        p = i;
                    }
                }
                pivots[l] = p;
                if (p != col) {
                    for (int j = 0; j < n; j++) {
                        double[] x = rows[lu + col * n + j];
                        double[] y = rows[lu + p * n + j];
                        double t = x[l];
                        x[l] = y[l];
                        y[l] = t;
                    }
                }
                double d = rows[lu + col * n + col][l];
                if (d == 0 || !Double.isFinite(d)) {
                    for (int e = 0; e < nn; e++) {
                        rows[lu + e][l] = Double.NaN;
                    }
                }
            }
            double[] diagonal = rows[lu + col * n + col];
            for (int i = col + 1; i < n; i++) {
                double[] f = rows[lu + i * n + col];
                for (int l = 0; l < lanes; l++) {
                    f[l] /= diagonal[l];
                }
                for (int j = col + 1; j < n; j++) {
                    double[] t = rows[lu + i * n + j];
                    double[] s = rows[lu + col * n + j];
                    for (int l = 0; l < lanes; l++) {
                        t[l] -= f[l] * s[l];
                    }
                }
            }
        }
    }

    /**
     * {@code x (n×c) = A⁻¹b}, or {@code A⁻ᵀb} when {@code transpose}, from factors of
     * {@link #lu} (laned) or {@link Kernels#lu} (uniform, {@code ll} false); b laned or uniform.
     */
    static void solve(double[][] rows, int x, double[] uniform, int lu, boolean ll, int b,
            boolean bl, int n, int c, boolean transpose, int lanes) {
        place(rows, x, uniform, b, bl, n * c, 0, lanes, true);
        for (int col = 0; col < c; col++) {
            if (!transpose) {
                swap(rows, x, uniform, lu, ll, n, c, col, lanes, false);
            }
            for (int s = 0; s < n; s++) {
                // forward substitution: L (unit diagonal) for A⁻¹, Uᵀ for A⁻ᵀ
                int i = s;
                double[] xi = rows[x + i * c + col];
                for (int j = 0; j < i; j++) {
                    int f = transpose ? j * n + i : i * n + j;
                    eliminate(xi, rows[x + j * c + col], rows, uniform, lu + f, ll, lanes);
                }
                if (transpose) {
                    divide(xi, rows, uniform, lu + i * n + i, ll, lanes);
                }
            }
            for (int s = n - 1; s >= 0; s--) {
                // back substitution: U for A⁻¹, Lᵀ (unit diagonal) for A⁻ᵀ
                int i = s;
                double[] xi = rows[x + i * c + col];
                for (int j = i + 1; j < n; j++) {
                    int f = transpose ? j * n + i : i * n + j;
                    eliminate(xi, rows[x + j * c + col], rows, uniform, lu + f, ll, lanes);
                }
                if (!transpose) {
                    divide(xi, rows, uniform, lu + i * n + i, ll, lanes);
                }
            }
            if (transpose) {
                swap(rows, x, uniform, lu, ll, n, c, col, lanes, true);
            }
        }
    }

    /** {@code t −= f·s} per lane, the factor f laned or uniform. */
    private static void eliminate(double[] t, double[] s, double[][] rows, double[] uniform, int f,
            boolean ll, int lanes) {
        if (ll) {
            double[] factor = rows[f];
            for (int l = 0; l < lanes; l++) {
                t[l] -= factor[l] * s[l];
            }
        } else {
            double factor = uniform[f];
            if (factor == 0) {
                return;
            }
            for (int l = 0; l < lanes; l++) {
                t[l] -= factor * s[l];
            }
        }
    }

    private static void divide(double[] t, double[][] rows, double[] uniform, int f, boolean ll,
            int lanes) {
        if (ll) {
            double[] d = rows[f];
            for (int l = 0; l < lanes; l++) {
                t[l] /= d[l];
            }
        } else {
            double d = uniform[f];
            for (int l = 0; l < lanes; l++) {
                t[l] /= d;
            }
        }
    }

    /** Applies the pivot row swaps to column {@code col} of x, forwards or in reverse. */
    private static void swap(double[][] rows, int x, double[] uniform, int lu, boolean ll, int n,
            int c, int col, int lanes, boolean reverse) {
        int nn = n * n;
        for (int s = 0; s < n; s++) {
            int k = reverse ? n - 1 - s : s;
            double[] xk = rows[x + k * c + col];
            if (ll) {
                double[] pivots = rows[lu + nn + k];
                for (int l = 0; l < lanes; l++) {
                    int p = (int) pivots[l];
                    if (p != k) {
                        double[] xp = rows[x + p * c + col];
                        double t = xk[l];
                        xk[l] = xp[l];
                        xp[l] = t;
                    }
                }
            } else {
                int p = (int) uniform[lu + nn + k];
                if (p != k) {
                    double[] xp = rows[x + p * c + col];
                    for (int l = 0; l < lanes; l++) {
                        double t = xk[l];
                        xk[l] = xp[l];
                        xp[l] = t;
                    }
                }
            }
        }
    }
}
