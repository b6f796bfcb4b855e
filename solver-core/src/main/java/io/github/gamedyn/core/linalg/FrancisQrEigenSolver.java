package io.github.gamedyn.core.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;

/**
 * Eigenvalues and eigenvectors of a real non-symmetric matrix by the implicit double-shift QR algorithm
 * of Francis.
 *
 * <ol>
 *   <li>The matrix is scaled by a power of two (exactly) so that its largest entry lies in [1, 2).</li>
 *   <li>{@link HessenbergReduction}: \( H = Q^\top A Q \), upper Hessenberg.</li>
 *   <li>Francis double-shift QR sweeps with shifts the eigenvalues of the trailing 2×2 block (and the
 *       exceptional shifts of EISPACK/JAMA at iterations 10 and 30), deflating when a subdiagonal entry
 *       falls below \( \varepsilon (|h_{k-1,k-1}| + |h_{kk}|) \), give the real Schur form
 *       \( T = Z^\top A Z \): quasi-upper-triangular with 1×1 blocks (real eigenvalues) and 2×2 blocks
 *       (complex pairs).</li>
 *   <li>{@link QuasiTriangularEigenvectors}: eigenvectors \( x \) of T by back substitution;
 *       the eigenvectors of A are \( v = Z x \), then put in canonical phase ({@link Eigenpair}).</li>
 * </ol>
 *
 * <p>This is the algorithm of the EISPACK routine hqr2 (Wilkinson and Reinsch, <i>Handbook for Automatic
 * Computation II</i>, 1971) as in the public-domain JAMA library, restated on arrays of rows so that the
 * reflector loops vectorise, with the updates of the rows above the bulge applied in batches (same
 * arithmetic, fewer cache misses). The matrix is not balanced, so the residuals \( \|Av - \lambda v\| \) are backward-stable relative to
 * \( \|A\| \). The eigenvalues-only path updates only the active diagonal window and skips Z and the
 * back substitution; it performs the same arithmetic on that window, so its eigenvalues equal those of
 * {@link #decompose} bit for bit.
 *
 * <p>A sweep count above {@code 30·max(10, n)} for one deflation (as in LAPACK's dlahqr) is reported as an
 * {@link ArithmeticException}. Repeated or defective eigenvalues give vectors with small residuals but
 * possibly nearly parallel to each other (a zero pivot in the back substitution is replaced by
 * \( \varepsilon \|T\|_1 \)).
 *
 * <p>Stateless and thread-safe.
 */
public final class FrancisQrEigenSolver implements EigenSolver {

    private static final double EPS = Math.ulp(1.0);
    private static final int ITERATION_FACTOR = 30;
    /** Bulge steps whose updates of the rows above them are applied together, row by row. */
    private static final int BATCH = 32;
    /** Rows per block when a batch is applied: 32 rows of a 34-column strip fit in the L1 cache. */
    private static final int ROW_BLOCK = 32;
    /** Columns per block when a batch is applied to rows: 34 rows of 64 columns fit in the L1 cache. */
    private static final int COLUMN_BLOCK = 64;

    private final int iterationFactor;

    /** A solver with LAPACK's iteration cap of {@code 30·max(10, n)} sweeps per deflation. */
    public FrancisQrEigenSolver() {
        this(ITERATION_FACTOR);
    }

    /** @param iterationFactor the cap is {@code iterationFactor·max(10, n)} sweeps per deflation */
    FrancisQrEigenSolver(int iterationFactor) {
        this.iterationFactor = iterationFactor;
    }

    @Override
    public Eigendecomposition decompose(DMatrixRMaj a) {
        MatrixArguments.requireSquareFinite(a, "a", "eigen-decomposition");
        int n = a.numRows;
        double scale = Spectra.powerOfTwoScale(a.data, n * n);
        double[][] h = scaledCopy(a, scale);
        double[][] zt = new double[n][n];
        HessenbergReduction.reduce(h, zt);
        double norm = hessenbergNorm(h);
        double[] d = new double[n];
        double[] e = new double[n];
        schur(h, zt, d, e, norm);
        double[][] vt = multiplyTransposed(zt, QuasiTriangularEigenvectors.solve(h, d, e, norm));

        List<Eigenpair> pairs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] re = vt[k];
            double[] im = e[k] > 0 ? vt[k + 1] : new double[n];
            CanonicalPhase.apply(re, im);
            pairs.add(new Eigenpair(new Complex(d[k] / scale, e[k] / scale), re, im));
            if (e[k] > 0) {
                k++;
            }
        }
        pairs.sort((p, q) -> EigenvalueOrder.DECREASING.compare(p.value(), q.value()));
        return new Eigendecomposition(a, sortedEigenvalues(d, e, scale), pairs);
    }

    @Override
    public Complex[] eigenvalues(DMatrixRMaj a) {
        MatrixArguments.requireSquareFinite(a, "a", "eigenvalues");
        int n = a.numRows;
        double scale = Spectra.powerOfTwoScale(a.data, n * n);
        double[][] h = scaledCopy(a, scale);
        HessenbergReduction.reduce(h, null);
        double[] d = new double[n];
        double[] e = new double[n];
        schur(h, null, d, e, hessenbergNorm(h));
        return sortedEigenvalues(d, e, scale);
    }

    private static double[][] scaledCopy(DMatrixRMaj a, double scale) {
        int n = a.numRows;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = a.data[i * n + j] * scale;
            }
        }
        return h;
    }

    private static Complex[] sortedEigenvalues(double[] d, double[] e, double scale) {
        Complex[] values = new Complex[d.length];
        for (int k = 0; k < d.length; k++) {
            values[k] = new Complex(d[k] / scale, e[k] / scale + 0.0);
        }
        Arrays.sort(values, EigenvalueOrder.DECREASING);
        return values;
    }

    /** The 1-norm of the entries on and above the subdiagonal, as in hqr2. */
    private static double hessenbergNorm(double[][] h) {
        int n = h.length;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                norm += Math.abs(h[i][j]);
            }
        }
        return norm;
    }

    /** Row j of the result is \( Z x_j \) where \( x_j \) is row j of xt and row k of zt is column k of Z. */
    private static double[][] multiplyTransposed(double[][] zt, double[][] xt) {
        int n = zt.length;
        double[][] vt = new double[n][n];
        for (int j = 0; j < n; j++) {
            int last = Math.min(j + 1, n - 1);
            for (int k = 0; k <= last; k++) {
                DenseKernels.axpy(xt[j][k], zt[k], 0, vt[j], 0, n);
            }
        }
        return vt;
    }

    /**
     * Reduces the Hessenberg matrix h to real Schur form T by Francis double-shift QR sweeps.
     *
     * @param h Hessenberg, as rows, on entry; on exit T if {@code zt != null}, else only its diagonal
     *     blocks are meaningful. Modified.
     * @param zt if not null, \( Q^\top \) on entry and \( Z^\top \) on exit (row k is column k of Z).
     *     Modified.
     * @param d zeros on entry; on exit the real parts of the eigenvalues, in Schur order. Modified.
     * @param e zeros on entry; on exit the imaginary parts; a complex pair is stored as (+|Im|, −|Im|). Modified.
     * @param norm \( \|H\|_1 \) over the Hessenberg entries, the fallback deflation scale
     */
    private void schur(double[][] h, double[][] zt, double[] d, double[] e, double norm) {
        int nn = h.length;
        if (norm == 0) {
            // The zero matrix: all eigenvalues are zero, and the deflation test below would never pass.
            return;
        }
        boolean vectors = zt != null;
        int maxIterations = iterationFactor * Math.max(10, nn);
        int n = nn - 1;
        double exshift = 0;
        double p = 0;
        double q = 0;
        double r = 0;
        double s;
        double z = 0;
        double t;
        double w;
        double x;
        double y;
        int iter = 0;
        double[] batch = new double[5 * BATCH];
        int[] batchSteps = new int[BATCH];
        while (n >= 0) {
            int l = n;
            while (l > 0) {
                s = Math.abs(h[l - 1][l - 1]) + Math.abs(h[l][l]);
                if (s == 0) {
                    s = norm;
                }
                if (Math.abs(h[l][l - 1]) < EPS * s) {
                    break;
                }
                l--;
            }
            if (l == n) {
                h[n][n] += exshift;
                d[n] = h[n][n];
                e[n] = 0;
                n--;
                iter = 0;
            } else if (l == n - 1) {
                w = h[n][n - 1] * h[n - 1][n];
                p = (h[n - 1][n - 1] - h[n][n]) / 2.0;
                q = p * p + w;
                z = Math.sqrt(Math.abs(q));
                h[n][n] += exshift;
                h[n - 1][n - 1] += exshift;
                x = h[n][n];
                if (q >= 0) {
                    z = p >= 0 ? p + z : p - z;
                    d[n - 1] = x + z;
                    d[n] = z != 0 ? x - w / z : d[n - 1];
                    e[n - 1] = 0;
                    e[n] = 0;
                    if (vectors) {
                        x = h[n][n - 1];
                        s = Math.abs(x) + Math.abs(z);
                        p = x / s;
                        q = z / s;
                        r = Math.sqrt(p * p + q * q);
                        rotate(h, zt, n, p / r, q / r);
                    }
                } else {
                    d[n - 1] = x + p;
                    d[n] = x + p;
                    e[n - 1] = z;
                    e[n] = -z;
                }
                n -= 2;
                iter = 0;
            } else {
                x = h[n][n];
                y = h[n - 1][n - 1];
                w = h[n][n - 1] * h[n - 1][n];
                if (iter == 10) {
                    // Wilkinson's ad hoc shift.
                    exshift += x;
                    for (int i = 0; i <= n; i++) {
                        h[i][i] -= x;
                    }
                    s = Math.abs(h[n][n - 1]) + Math.abs(h[n - 1][n - 2]);
                    x = 0.75 * s;
                    y = x;
                    w = -0.4375 * s * s;
                }
                if (iter == 30) {
                    // MATLAB's ad hoc shift.
                    s = (y - x) / 2.0;
                    s = s * s + w;
                    if (s > 0) {
                        s = Math.sqrt(s);
                        if (y < x) {
                            s = -s;
                        }
                        s = x - w / ((y - x) / 2.0 + s);
                        for (int i = 0; i <= n; i++) {
                            h[i][i] -= s;
                        }
                        exshift += s;
                        x = 0.964;
                        y = x;
                        w = x;
                    }
                }
                iter++;
                if (iter > maxIterations) {
                    throw new ArithmeticException("Francis QR did not converge: rows " + l + ".." + n + " of the "
                            + nn + "x" + nn + " matrix were not deflated within " + maxIterations
                            + " iterations (" + iterationFactor + "·max(10, n))");
                }
                // Look for two consecutive small subdiagonal entries.
                int m = n - 2;
                while (m >= l) {
                    z = h[m][m];
                    r = x - z;
                    s = y - z;
                    p = (r * s - w) / h[m + 1][m] + h[m][m + 1];
                    q = h[m + 1][m + 1] - z - r - s;
                    r = h[m + 2][m + 1];
                    s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                    p /= s;
                    q /= s;
                    r /= s;
                    if (m == l) {
                        break;
                    }
                    if (Math.abs(h[m][m - 1]) * (Math.abs(q) + Math.abs(r))
                            < EPS * (Math.abs(p) * (Math.abs(h[m - 1][m - 1]) + Math.abs(z)
                                    + Math.abs(h[m + 1][m + 1])))) {
                        break;
                    }
                    m--;
                }
                for (int i = m + 2; i <= n; i++) {
                    h[i][i - 2] = 0;
                    if (i > m + 2) {
                        h[i][i - 3] = 0;
                    }
                }
                int rowEnd = vectors ? nn - 1 : n;
                int columnStart = vectors ? 0 : l;
                sweep(h, zt, l, m, n, p, q, r, rowEnd, columnStart, batch, batchSteps);
            }
        }
    }

    /**
     * One implicit double-shift QR sweep on rows/columns m..n, chasing the bulge with 3×3 Householder
     * reflectors started from the first column (p, q, r) of the shift polynomial.
     *
     * @param h the Hessenberg matrix. Modified.
     * @param zt accumulated \( Z^\top \), or null. Modified.
     * @param rowEnd last column updated by the reflectors from the left
     * @param columnStart first row updated by the reflectors from the right
     * @param batch workspace for the coefficients (x, y, z, q, r) of up to {@link #BATCH} reflectors. Modified.
     * @param batchSteps workspace for their bulge positions k. Modified.
     */
    private static void sweep(double[][] h, double[][] zt, int l, int m, int n, double p0, double q0, double r0,
            int rowEnd, int columnStart, double[] batch, int[] batchSteps) {
        // Rows above the current batch of bulge steps are touched only by the reflectors from the right,
        // on a narrow strip of columns; they are updated once per batch, row by row, rather than once
        // per step with a stride of a full row. Likewise the columns right of the batch's window and Z
        // are touched only by the reflectors of this batch; they are updated once per batch, a block of
        // columns at a time. Each entry sees the same operations in the same order.
        int batchStart = m;
        int window = Math.min(rowEnd, m + BATCH + 1);
        int count = 0;
        double p = p0;
        double q = q0;
        double r = r0;
        double x = 0;
        for (int k = m; k <= n - 1; k++) {
            boolean notlast = k != n - 1;
            if (k != m) {
                p = h[k][k - 1];
                q = h[k + 1][k - 1];
                r = notlast ? h[k + 2][k - 1] : 0.0;
                x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                if (x == 0) {
                    continue;
                }
                p /= x;
                q /= x;
                r /= x;
            }
            double s = Math.sqrt(p * p + q * q + r * r);
            if (p < 0) {
                s = -s;
            }
            if (s == 0) {
                continue;
            }
            if (k != m) {
                h[k][k - 1] = -s * x;
            } else if (l != m) {
                h[k][k - 1] = -h[k][k - 1];
            }
            p += s;
            x = p / s;
            double y = q / s;
            double z = r / s;
            q /= p;
            r /= p;
            int last = Math.min(n, k + 3);
            int first = Math.max(columnStart, batchStart);
            batchSteps[count] = k;
            batch[5 * count] = x;
            batch[5 * count + 1] = y;
            batch[5 * count + 2] = z;
            batch[5 * count + 3] = q;
            batch[5 * count + 4] = r;
            count++;
            if (notlast) {
                reflectRows(h[k], h[k + 1], h[k + 2], k, window + 1, x, y, z, q, r);
                for (int i = first; i <= last; i++) {
                    double[] row = h[i];
                    double pi = x * row[k] + y * row[k + 1] + z * row[k + 2];
                    row[k] -= pi;
                    row[k + 1] -= pi * q;
                    row[k + 2] -= pi * r;
                }
            } else {
                reflectRows(h[k], h[k + 1], k, window + 1, x, y, q);
                for (int i = first; i <= last; i++) {
                    double[] row = h[i];
                    double pi = x * row[k] + y * row[k + 1];
                    row[k] -= pi;
                    row[k + 1] -= pi * q;
                }
            }
            if (count == BATCH || k == n - 1) {
                flush(h, zt, columnStart, batchStart, window + 1, rowEnd + 1, batch, batchSteps, count, n);
                batchStart = k + 1;
                window = Math.min(rowEnd, batchStart + BATCH + 1);
                count = 0;
            }
        }
        flush(h, zt, columnStart, batchStart, window + 1, rowEnd + 1, batch, batchSteps, count, n);
    }

    /**
     * Completes a batch: the reflectors from the right on rows from..rowsTo−1 of H ({@link #applyBatch}),
     * those from the left on columns columnsFrom..columnsTo−1 of H, and those from the right on Z.
     */
    private static void flush(double[][] h, double[][] zt, int from, int rowsTo, int columnsFrom, int columnsTo,
            double[] batch, int[] steps, int count, int n) {
        applyBatch(h, from, rowsTo, batch, steps, count, n);
        for (int j0 = columnsFrom; j0 < columnsTo; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(columnsTo, j0 + COLUMN_BLOCK);
            for (int t = 0; t < count; t++) {
                int k = steps[t];
                double x = batch[5 * t];
                double y = batch[5 * t + 1];
                double q = batch[5 * t + 3];
                if (k != n - 1) {
                    reflectRows(h[k], h[k + 1], h[k + 2], j0, j1, x, y, batch[5 * t + 2], q, batch[5 * t + 4]);
                } else {
                    reflectRows(h[k], h[k + 1], j0, j1, x, y, q);
                }
            }
        }
        if (zt == null) {
            return;
        }
        for (int j0 = 0; j0 < zt.length; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(zt.length, j0 + COLUMN_BLOCK);
            for (int t = 0; t < count; t++) {
                int k = steps[t];
                double x = batch[5 * t];
                double y = batch[5 * t + 1];
                double q = batch[5 * t + 3];
                if (k != n - 1) {
                    reflectColumns(zt[k], zt[k + 1], zt[k + 2], j0, j1, x, y, batch[5 * t + 2], q,
                            batch[5 * t + 4]);
                } else {
                    reflectColumns(zt[k], zt[k + 1], j0, j1, x, y, q);
                }
            }
        }
    }

    /**
     * Applies the batched reflectors from the right to rows from..to−1; the reflector at bulge position
     * n−1 (the last of a sweep) acts on two columns, the others on three. Rows go in blocks that stay in
     * the L1 cache while every reflector passes over them; within a block the rows are independent, so
     * the updates overlap instead of waiting on each other.
     */
    private static void applyBatch(double[][] h, int from, int to, double[] batch, int[] steps, int count,
            int n) {
        for (int block = from; block < to; block += ROW_BLOCK) {
            int end = Math.min(to, block + ROW_BLOCK);
            for (int t = 0; t < count; t++) {
                int k = steps[t];
                double x = batch[5 * t];
                double y = batch[5 * t + 1];
                double q = batch[5 * t + 3];
                if (k != n - 1) {
                    double z = batch[5 * t + 2];
                    double r = batch[5 * t + 4];
                    for (int i = block; i < end; i++) {
                        double[] row = h[i];
                        double pi = x * row[k] + y * row[k + 1] + z * row[k + 2];
                        row[k] -= pi;
                        row[k + 1] -= pi * q;
                        row[k + 2] -= pi * r;
                    }
                } else {
                    for (int i = block; i < end; i++) {
                        double[] row = h[i];
                        double pi = x * row[k] + y * row[k + 1];
                        row[k] -= pi;
                        row[k + 1] -= pi * q;
                    }
                }
            }
        }
    }

    /** Reflector from the left on three rows, columns from..to−1 (the order of operations of hqr2). */
    private static void reflectRows(double[] a, double[] b, double[] c, int from, int to, double x, double y,
            double z, double q, double r) {
        for (int j = from; j < to; j++) {
            double p = a[j] + q * b[j] + r * c[j];
            a[j] -= p * x;
            b[j] -= p * y;
            c[j] -= p * z;
        }
    }

    /** Reflector from the left on two rows, columns from..to−1. */
    private static void reflectRows(double[] a, double[] b, int from, int to, double x, double y, double q) {
        for (int j = from; j < to; j++) {
            double p = a[j] + q * b[j];
            a[j] -= p * x;
            b[j] -= p * y;
        }
    }

    /** Reflector from the right on three columns of Z, stored as rows of \( Z^\top \). */
    private static void reflectColumns(double[] a, double[] b, double[] c, int from, int to, double x, double y,
            double z, double q, double r) {
        for (int i = from; i < to; i++) {
            double p = x * a[i] + y * b[i] + z * c[i];
            a[i] -= p;
            b[i] -= p * q;
            c[i] -= p * r;
        }
    }

    /** Reflector from the right on two columns of Z, stored as rows of \( Z^\top \). */
    private static void reflectColumns(double[] a, double[] b, int from, int to, double x, double y, double q) {
        for (int i = from; i < to; i++) {
            double p = x * a[i] + y * b[i];
            a[i] -= p;
            b[i] -= p * q;
        }
    }

    /**
     * Applies the plane rotation [[q, p], [−p, q]] that triangularises a 2×2 block with real eigenvalues
     * at rows/columns n−1, n to T (rows from the left, columns from the right) and to Z.
     */
    private static void rotate(double[][] h, double[][] zt, int n, double p, double q) {
        rotateRows(h[n - 1], h[n], n - 1, h.length, p, q);
        for (int i = 0; i <= n; i++) {
            double[] row = h[i];
            double z = row[n - 1];
            row[n - 1] = q * z + p * row[n];
            row[n] = q * row[n] - p * z;
        }
        rotateRows(zt[n - 1], zt[n], 0, zt.length, p, q);
    }

    private static void rotateRows(double[] a, double[] b, int from, int to, double p, double q) {
        for (int j = from; j < to; j++) {
            double z = a[j];
            a[j] = q * z + p * b[j];
            b[j] = q * b[j] - p * z;
        }
    }
}
