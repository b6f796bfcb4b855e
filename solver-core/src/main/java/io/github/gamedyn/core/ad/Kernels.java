package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * The arithmetic of a {@link Program}'s instructions on its flat storage.
 *
 * <p>An operand is an array, an offset and whether it is <em>laned</em>. A uniform operand holds
 * element i at {@code x[o + i]}; a laned one holds element i of lane l at {@code x[o + i·L + l]}
 * for {@code L} lanes (points of a batch, or directions of a linearisation), so that the inner
 * loops run over lanes, contiguously, and the interpretive cost of an instruction is paid once per
 * batch. With one lane the two layouts coincide, and every kernel takes its plain path. The
 * output is laned exactly when some input is; outputs are overwritten, never accumulated into.
 */
final class Kernels {

    private Kernels() {
    }

    // ---- elementwise ----------------------------------------------------------------------------

    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;

    /** {@code out = a ⋆ b} elementwise, ⋆ one of {@link #ADD}, {@link #SUB}, {@link #MUL}. */
    static void binary(int op, double[] out, int oo, double[] a, int ao, boolean al, double[] b,
            int bo, boolean bl, int n, int lanes) {
        if (lanes == 1 || (al && bl)) {
            int len = lanes == 1 ? n : n * lanes;
            switch (op) {
                case ADD -> {
                    for (int i = 0; i < len; i++) {
                        out[oo + i] = a[ao + i] + b[bo + i];
                    }
                }
                case SUB -> {
                    for (int i = 0; i < len; i++) {
                        out[oo + i] = a[ao + i] - b[bo + i];
                    }
                }
                default -> {
                    for (int i = 0; i < len; i++) {
                        out[oo + i] = a[ao + i] * b[bo + i];
                    }
                }
            }
        } else if (al) {
            for (int i = 0; i < n; i++) {
                double y = b[bo + i];
                int o = oo + i * lanes;
                int x = ao + i * lanes;
                switch (op) {
                    case ADD -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = a[x + l] + y;
                        }
                    }
                    case SUB -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = a[x + l] - y;
                        }
                    }
                    default -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = a[x + l] * y;
                        }
                    }
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                double y = a[ao + i];
                int o = oo + i * lanes;
                int x = bo + i * lanes;
                switch (op) {
                    case ADD -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = y + b[x + l];
                        }
                    }
                    case SUB -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = y - b[x + l];
                        }
                    }
                    default -> {
                        for (int l = 0; l < lanes; l++) {
                            out[o + l] = y * b[x + l];
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code out = s·a + c} over {@code len} stored values (input and output alike laid out); the
     * shift is added even when zero, so that −0 becomes +0 as in plain arithmetic.
     */
    static void affine(double[] out, int oo, double[] a, int ao, int len, double s, double c) {
        for (int i = 0; i < len; i++) {
            out[oo + i] = s * a[ao + i] + c;
        }
    }

    /** {@code out = f(a)} over {@code len} stored values. */
    static void unary(UnaryFunction f, double[] out, int oo, double[] a, int ao, int len) {
        switch (f) {
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    double e = Math.exp(-Math.abs(x));
                    out[oo + i] = x >= 0 ? 1 / (1 + e) : e / (1 + e);
                }
            }
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    out[oo + i] = UnaryFunction.tanh(a[ao + i]);
                }
            }
            case EXP -> {
                for (int i = 0; i < len; i++) {
                    out[oo + i] = Math.exp(a[ao + i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    out[oo + i] = x * x;
                }
            }
            case RECIPROCAL -> {
                for (int i = 0; i < len; i++) {
                    out[oo + i] = 1 / a[ao + i];
                }
            }
            default -> {
                for (int i = 0; i < len; i++) {
                    out[oo + i] = f.value(a[ao + i]);
                }
            }
        }
    }

    // ---- reductions and broadcasts ------------------------------------------------------------

    /** {@code out = Σ_i a_i}, a laned or uniform 1×1 like {@code a}. */
    static void sum(double[] out, int oo, double[] a, int ao, int n, int lanes) {
        for (int l = 0; l < lanes; l++) {
            out[oo + l] = a[ao + l];
        }
        for (int i = 1; i < n; i++) {
            int x = ao + i * lanes;
            for (int l = 0; l < lanes; l++) {
                out[oo + l] += a[x + l];
            }
        }
    }

    /** {@code out (1×c) = column sums of a (r×c)}. */
    static void colsum(double[] out, int oo, double[] a, int ao, int r, int c, int lanes) {
        int row = c * lanes;
        System.arraycopy(a, ao, out, oo, row);
        for (int i = 1; i < r; i++) {
            int x = ao + i * row;
            for (int j = 0; j < row; j++) {
                out[oo + j] += a[x + j];
            }
        }
    }

    /** {@code out (r×c) = a} repeated, {@code a} 1×1 or 1×c ({@code width} entries). */
    static void expand(double[] out, int oo, double[] a, int ao, int width, int size, int lanes) {
        int chunk = width * lanes;
        for (int i = 0; i < size; i += width) {
            System.arraycopy(a, ao, out, oo + i * lanes, chunk);
        }
    }

    /** The largest of the {@code n} entries of {@code a}, per lane. */
    static void max(double[] out, int oo, double[] a, int ao, int n, int lanes) {
        for (int l = 0; l < lanes; l++) {
            out[oo + l] = a[ao + l];
        }
        for (int i = 1; i < n; i++) {
            int x = ao + i * lanes;
            for (int l = 0; l < lanes; l++) {
                out[oo + l] = Math.max(out[oo + l], a[x + l]);
            }
        }
    }

    // ---- data movement --------------------------------------------------------------------------

    /**
     * Adds piece {@code a} ({@code n} entries) into {@code out} at entry {@code offset}; a uniform
     * piece of a laned output goes to every lane.
     */
    static void place(double[] out, int oo, double[] a, int ao, boolean al, int n, int offset,
            int lanes, boolean overwrite) {
        int o = oo + offset * lanes;
        if (lanes == 1 || al) {
            int len = n * lanes;
            if (overwrite) {
                System.arraycopy(a, ao, out, o, len);
            } else {
                for (int i = 0; i < len; i++) {
                    out[o + i] += a[ao + i];
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double y = a[ao + i];
            int x = o + i * lanes;
            for (int l = 0; l < lanes; l++) {
                out[x + l] = overwrite ? y : out[x + l] + y;
            }
        }
    }

    /** {@code out (c×r) = aᵀ} for {@code a} r×c. */
    static void transpose(double[] out, int oo, double[] a, int ao, int r, int c, int lanes) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                System.arraycopy(a, ao + (i * c + j) * lanes, out, oo + (j * r + i) * lanes, lanes);
            }
        }
    }

    // ---- products -----------------------------------------------------------------------------

    /**
     * \(C = \operatorname{op}(A)\operatorname{op}(B)\), C n×m, inner dimension k; A is stored n×k
     * (k×n when {@code ta}), B k×m (m×k when {@code tb}).
     */
    static void matmul(double[] c, int co, double[] a, int ao, boolean al, double[] b, int bo,
            boolean bl, int n, int k, int m, boolean ta, boolean tb, int lanes) {
        if (lanes == 1) {
            matmulPlain(c, co, a, ao, b, bo, n, k, m, ta, tb);
            return;
        }
        Arrays.fill(c, co, co + n * m * lanes, 0);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                int ia = ta ? p * n + i : i * k + p;
                for (int j = 0; j < m; j++) {
                    int ib = tb ? j * k + p : p * m + j;
                    int o = co + (i * m + j) * lanes;
                    if (al && bl) {
                        int x = ao + ia * lanes;
                        int y = bo + ib * lanes;
                        for (int l = 0; l < lanes; l++) {
                            c[o + l] += a[x + l] * b[y + l];
                        }
                    } else if (al) {
                        double s = b[bo + ib];
                        int x = ao + ia * lanes;
                        for (int l = 0; l < lanes; l++) {
                            c[o + l] += s * a[x + l];
                        }
                    } else {
                        double s = a[ao + ia];
                        if (s == 0) {
                            continue;
                        }
                        int y = bo + ib * lanes;
                        for (int l = 0; l < lanes; l++) {
                            c[o + l] += s * b[y + l];
                        }
                    }
                }
            }
        }
    }

    /** One lane: loop orders that run contiguously over the innermost index. */
    private static void matmulPlain(double[] c, int co, double[] a, int ao, double[] b, int bo,
            int n, int k, int m, boolean ta, boolean tb) {
        if (!tb) {
            Arrays.fill(c, co, co + n * m, 0);
            for (int i = 0; i < n; i++) {
                int ci = co + i * m;
                for (int p = 0; p < k; p++) {
                    double s = a[ao + (ta ? p * n + i : i * k + p)];
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
    static void addRow(double[] c, int co, double[] b, int bo, boolean bl, int n, int m, int lanes) {
        int row = m * lanes;
        for (int i = 0; i < n; i++) {
            place(c, co + i * row, b, bo, bl, m, 0, lanes, false);
        }
    }

    // ---- linear solves ----------------------------------------------------------------------------

    /**
     * The LU factorisation with partial pivoting of the n×n {@code a}, per lane, into
     * {@code lu}: n² packed factors, then n pivot rows (as doubles). A zero or non-finite pivot
     * throws when {@code strict} (one point), else leaves NaN factors in that lane.
     */
    static void lu(double[] lu, int lo, double[] a, int ao, int n, int lanes, boolean strict) {
        int nn = n * n;
        for (int l = 0; l < lanes; l++) {
            for (int e = 0; e < nn; e++) {
                lu[lo + e * lanes + l] = a[ao + e * lanes + l];
            }
            for (int col = 0; col < n; col++) {
                int p = col;
                double best = Math.abs(lu[lo + (col * n + col) * lanes + l]);
                for (int i = col + 1; i < n; i++) {
                    double v = Math.abs(lu[lo + (i * n + col) * lanes + l]);
                    if (v > best) {
                        best = v;
                        p = i;
                    }
                }
                lu[lo + (nn + col) * lanes + l] = p;
                if (p != col) {
                    for (int j = 0; j < n; j++) {
                        int x = lo + (col * n + j) * lanes + l;
                        int y = lo + (p * n + j) * lanes + l;
                        double t = lu[x];
                        lu[x] = lu[y];
                        lu[y] = t;
                    }
                }
                double d = lu[lo + (col * n + col) * lanes + l];
                if (d == 0 || !Double.isFinite(d)) {
                    if (strict) {
                        throw new ArithmeticException("solve: matrix A (" + n + "×" + n
                                + ") is singular or not finite (pivot " + col + " is " + d + ")");
                    }
                    for (int e = 0; e < nn; e++) {
                        lu[lo + e * lanes + l] = Double.NaN;
                    }
                    break;
                }
                for (int i = col + 1; i < n; i++) {
                    int x = lo + (i * n + col) * lanes + l;
                    double f = lu[x] / d;
                    lu[x] = f;
                    for (int j = col + 1; j < n; j++) {
                        lu[lo + (i * n + j) * lanes + l] -= f * lu[lo + (col * n + j) * lanes + l];
                    }
                }
            }
        }
    }

    /**
     * {@code x (n×c) = A⁻¹b}, or {@code A⁻ᵀb} when {@code transpose}, from the factors of
     * {@link #lu}; the factors and b may each be laned or uniform.
     */
    static void solve(double[] x, int xo, double[] lu, int lo, boolean ll, double[] b, int bo,
            boolean bl, int n, int c, boolean transpose, int lanes) {
        int ls = ll ? lanes : 0;
        place(x, xo, b, bo, bl, n * c, 0, lanes, true);
        for (int col = 0; col < c; col++) {
            if (!transpose) {
                swapRows(x, xo, lu, lo, ls, n, c, col, lanes, false);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        eliminate(x, xo + (i * c + col) * lanes, xo + (j * c + col) * lanes,
                                lu, lo + (i * n + j) * (ll ? lanes : 1), ls, lanes);
                    }
                }
                for (int i = n - 1; i >= 0; i--) {
                    for (int j = i + 1; j < n; j++) {
                        eliminate(x, xo + (i * c + col) * lanes, xo + (j * c + col) * lanes,
                                lu, lo + (i * n + j) * (ll ? lanes : 1), ls, lanes);
                    }
                    divide(x, xo + (i * c + col) * lanes, lu, lo + (i * n + i) * (ll ? lanes : 1),
                            ls, lanes);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        eliminate(x, xo + (i * c + col) * lanes, xo + (j * c + col) * lanes,
                                lu, lo + (j * n + i) * (ll ? lanes : 1), ls, lanes);
                    }
                    divide(x, xo + (i * c + col) * lanes, lu, lo + (i * n + i) * (ll ? lanes : 1),
                            ls, lanes);
                }
                for (int i = n - 1; i >= 0; i--) {
                    for (int j = i + 1; j < n; j++) {
                        eliminate(x, xo + (i * c + col) * lanes, xo + (j * c + col) * lanes,
                                lu, lo + (j * n + i) * (ll ? lanes : 1), ls, lanes);
                    }
                }
                swapRows(x, xo, lu, lo, ls, n, c, col, lanes, true);
            }
        }
    }

    /** {@code x[t] −= f·x[s]} per lane, {@code f} at {@code lu[fo + l·fs]}. */
    private static void eliminate(double[] x, int t, int s, double[] lu, int fo, int fs, int lanes) {
        if (fs == 0) {
            double f = lu[fo];
            if (f == 0) {
                return;
            }
            for (int l = 0; l < lanes; l++) {
                x[t + l] -= f * x[s + l];
            }
        } else {
            for (int l = 0; l < lanes; l++) {
                x[t + l] -= lu[fo + l] * x[s + l];
            }
        }
    }

    private static void divide(double[] x, int t, double[] lu, int fo, int fs, int lanes) {
        for (int l = 0; l < lanes; l++) {
            x[t + l] /= lu[fo + l * (fs == 0 ? 0 : 1)];
        }
    }

    /** Applies the pivot row swaps to column {@code col} of x, forwards or in reverse. */
    private static void swapRows(double[] x, int xo, double[] lu, int lo, int ls, int n, int c,
            int col, int lanes, boolean reverse) {
        int nn = n * n;
        for (int s = 0; s < n; s++) {
            int k = reverse ? n - 1 - s : s;
            for (int l = 0; l < lanes; l++) {
                int p = (int) lu[lo + (nn + k) * (ls == 0 ? 1 : lanes) + (ls == 0 ? 0 : l)];
                if (p != k) {
                    int u = xo + (k * c + col) * lanes + l;
                    int v = xo + (p * c + col) * lanes + l;
                    double t = x[u];
                    x[u] = x[v];
                    x[v] = t;
                }
            }
        }
    }
}
