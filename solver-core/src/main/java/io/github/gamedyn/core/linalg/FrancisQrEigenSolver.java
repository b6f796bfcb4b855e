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
 * Computation II</i>, 1971) as in the public-domain JAMA library, restated on row-major arrays. The
 * matrix is not balanced, so the residuals \( \|Av - \lambda v\| \) are backward-stable relative to
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
        double[] h = scaledCopy(a, scale);
        double[] zt = new double[n * n];
        HessenbergReduction.reduce(h, n, zt);
        double norm = hessenbergNorm(h, n);
        double[] d = new double[n];
        double[] e = new double[n];
        schur(h, n, zt, d, e, norm);
        double[] xt = QuasiTriangularEigenvectors.solve(h, n, d, e, norm);
        double[] vt = multiplyTransposed(zt, xt, n);

        List<Eigenpair> pairs = new ArrayList<>();
        double[] zero = new double[n];
        for (int k = 0; k < n; k++) {
            double[] re = Arrays.copyOfRange(vt, k * n, (k + 1) * n);
            double[] im = zero.clone();
            if (e[k] > 0) {
                System.arraycopy(vt, (k + 1) * n, im, 0, n);
            }
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
        double[] h = scaledCopy(a, scale);
        HessenbergReduction.reduce(h, n, null);
        double[] d = new double[n];
        double[] e = new double[n];
        schur(h, n, null, d, e, hessenbergNorm(h, n));
        return sortedEigenvalues(d, e, scale);
    }

    private static double[] scaledCopy(DMatrixRMaj a, double scale) {
        int size = a.numRows * a.numRows;
        double[] h = new double[size];
        for (int i = 0; i < size; i++) {
            h[i] = a.data[i] * scale;
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
    private static double hessenbergNorm(double[] h, int n) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                norm += Math.abs(h[i * n + j]);
            }
        }
        return norm;
    }

    /** Row j of the result is \( Z x_j \) where \( x_j \) is row j of xt and row k of zt is column k of Z. */
    private static double[] multiplyTransposed(double[] zt, double[] xt, int n) {
        double[] vt = new double[n * n];
        for (int j = 0; j < n; j++) {
            int out = j * n;
            int last = Math.min(j + 1, n - 1);
            for (int k = 0; k <= last; k++) {
                double c = xt[j * n + k];
                if (c == 0) {
                    continue;
                }
                int row = k * n;
                for (int i = 0; i < n; i++) {
                    vt[out + i] += c * zt[row + i];
                }
            }
        }
        return vt;
    }

    /**
     * Reduces the Hessenberg matrix h to real Schur form T by Francis double-shift QR sweeps.
     *
     * @param h Hessenberg on entry; on exit T if {@code zt != null}, else only its diagonal blocks are
     *     meaningful. Modified.
     * @param nn the order
     * @param zt if not null, \( Q^\top \) on entry and \( Z^\top \) on exit (row k is column k of Z). Modified.
     * @param d zeros on entry; on exit the real parts of the eigenvalues, in Schur order. Modified.
     * @param e zeros on entry; on exit the imaginary parts; a complex pair is stored as (+|Im|, −|Im|). Modified.
     * @param norm \( \|H\|_1 \) over the Hessenberg entries, the fallback deflation scale
     */
    private void schur(double[] h, int nn, double[] zt, double[] d, double[] e, double norm) {
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
        while (n >= 0) {
            int l = n;
            while (l > 0) {
                s = Math.abs(h[(l - 1) * nn + l - 1]) + Math.abs(h[l * nn + l]);
                if (s == 0) {
                    s = norm;
                }
                if (Math.abs(h[l * nn + l - 1]) < EPS * s) {
                    break;
                }
                l--;
            }
            if (l == n) {
                h[n * nn + n] += exshift;
                d[n] = h[n * nn + n];
                e[n] = 0;
                n--;
                iter = 0;
            } else if (l == n - 1) {
                w = h[n * nn + n - 1] * h[(n - 1) * nn + n];
                p = (h[(n - 1) * nn + n - 1] - h[n * nn + n]) / 2.0;
                q = p * p + w;
                z = Math.sqrt(Math.abs(q));
                h[n * nn + n] += exshift;
                h[(n - 1) * nn + n - 1] += exshift;
                x = h[n * nn + n];
                if (q >= 0) {
                    z = p >= 0 ? p + z : p - z;
                    d[n - 1] = x + z;
                    d[n] = z != 0 ? x - w / z : d[n - 1];
                    e[n - 1] = 0;
                    e[n] = 0;
                    if (vectors) {
                        x = h[n * nn + n - 1];
                        s = Math.abs(x) + Math.abs(z);
                        p = x / s;
                        q = z / s;
                        r = Math.sqrt(p * p + q * q);
                        rotate(h, zt, nn, n, p / r, q / r);
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
                x = h[n * nn + n];
                y = h[(n - 1) * nn + n - 1];
                w = h[n * nn + n - 1] * h[(n - 1) * nn + n];
                if (iter == 10) {
                    // Wilkinson's ad hoc shift.
                    exshift += x;
                    for (int i = 0; i <= n; i++) {
                        h[i * nn + i] -= x;
                    }
                    s = Math.abs(h[n * nn + n - 1]) + Math.abs(h[(n - 1) * nn + n - 2]);
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
                            h[i * nn + i] -= s;
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
                    z = h[m * nn + m];
                    r = x - z;
                    s = y - z;
                    p = (r * s - w) / h[(m + 1) * nn + m] + h[m * nn + m + 1];
                    q = h[(m + 1) * nn + m + 1] - z - r - s;
                    r = h[(m + 2) * nn + m + 1];
                    s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                    p /= s;
                    q /= s;
                    r /= s;
                    if (m == l) {
                        break;
                    }
                    if (Math.abs(h[m * nn + m - 1]) * (Math.abs(q) + Math.abs(r))
                            < EPS * (Math.abs(p) * (Math.abs(h[(m - 1) * nn + m - 1]) + Math.abs(z)
                                    + Math.abs(h[(m + 1) * nn + m + 1])))) {
                        break;
                    }
                    m--;
                }
                for (int i = m + 2; i <= n; i++) {
                    h[i * nn + i - 2] = 0;
                    if (i > m + 2) {
                        h[i * nn + i - 3] = 0;
                    }
                }
                int rowEnd = vectors ? nn - 1 : n;
                int columnStart = vectors ? 0 : l;
                sweep(h, zt, nn, l, m, n, p, q, r, rowEnd, columnStart);
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
     */
    private static void sweep(double[] h, double[] zt, int nn, int l, int m, int n, double p0, double q0,
            double r0, int rowEnd, int columnStart) {
        double p = p0;
        double q = q0;
        double r = r0;
        double x = 0;
        for (int k = m; k <= n - 1; k++) {
            boolean notlast = k != n - 1;
            if (k != m) {
                p = h[k * nn + k - 1];
                q = h[(k + 1) * nn + k - 1];
                r = notlast ? h[(k + 2) * nn + k - 1] : 0.0;
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
                h[k * nn + k - 1] = -s * x;
            } else if (l != m) {
                h[k * nn + k - 1] = -h[k * nn + k - 1];
            }
            p += s;
            x = p / s;
            double y = q / s;
            double z = r / s;
            q /= p;
            r /= p;
            int r0w = k * nn;
            int r1w = r0w + nn;
            int r2w = r1w + nn;
            if (notlast) {
                for (int j = k; j <= rowEnd; j++) {
                    double pj = h[r0w + j] + q * h[r1w + j] + r * h[r2w + j];
                    h[r0w + j] -= pj * x;
                    h[r1w + j] -= pj * y;
                    h[r2w + j] -= pj * z;
                }
                int last = Math.min(n, k + 3);
                for (int i = columnStart; i <= last; i++) {
                    int c = i * nn + k;
                    double pi = x * h[c] + y * h[c + 1] + z * h[c + 2];
                    h[c] -= pi;
                    h[c + 1] -= pi * q;
                    h[c + 2] -= pi * r;
                }
                if (zt != null) {
                    for (int i = 0; i < nn; i++) {
                        double pi = x * zt[r0w + i] + y * zt[r1w + i] + z * zt[r2w + i];
                        zt[r0w + i] -= pi;
                        zt[r1w + i] -= pi * q;
                        zt[r2w + i] -= pi * r;
                    }
                }
            } else {
                for (int j = k; j <= rowEnd; j++) {
                    double pj = h[r0w + j] + q * h[r1w + j];
                    h[r0w + j] -= pj * x;
                    h[r1w + j] -= pj * y;
                }
                int last = Math.min(n, k + 3);
                for (int i = columnStart; i <= last; i++) {
                    int c = i * nn + k;
                    double pi = x * h[c] + y * h[c + 1];
                    h[c] -= pi;
                    h[c + 1] -= pi * q;
                }
                if (zt != null) {
                    for (int i = 0; i < nn; i++) {
                        double pi = x * zt[r0w + i] + y * zt[r1w + i];
                        zt[r0w + i] -= pi;
                        zt[r1w + i] -= pi * q;
                    }
                }
            }
        }
    }

    /**
     * Applies the plane rotation [[q, p], [−p, q]] that triangularises a 2×2 block with real eigenvalues
     * at rows/columns n−1, n to T (rows from the left, columns from the right) and to Z.
     */
    private static void rotate(double[] h, double[] zt, int nn, int n, double p, double q) {
        int a = (n - 1) * nn;
        int b = n * nn;
        for (int j = n - 1; j < nn; j++) {
            double z = h[a + j];
            h[a + j] = q * z + p * h[b + j];
            h[b + j] = q * h[b + j] - p * z;
        }
        for (int i = 0; i <= n; i++) {
            double z = h[i * nn + n - 1];
            h[i * nn + n - 1] = q * z + p * h[i * nn + n];
            h[i * nn + n] = q * h[i * nn + n] - p * z;
        }
        for (int i = 0; i < nn; i++) {
            double z = zt[a + i];
            zt[a + i] = q * z + p * zt[b + i];
            zt[b + i] = q * zt[b + i] - p * z;
        }
    }
}
