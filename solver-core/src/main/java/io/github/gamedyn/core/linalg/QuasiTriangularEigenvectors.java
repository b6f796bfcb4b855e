package io.github.gamedyn.core.linalg;

/**
 * Eigenvectors of a real quasi-upper-triangular (real Schur) matrix T by back substitution, as in the
 * EISPACK routine hqr2 and LAPACK's dtrevc.
 *
 * <p>For a real eigenvalue \( \lambda = t_{kk} \) the vector has \( x_k = 1 \), \( x_i = 0 \) for
 * \( i \gt k \), and solves \( (T_{ii} - \lambda) x_i = -\sum_{j\gt i} T_{ij} x_j \) upwards, a 2×2 system at
 * each 2×2 block. For a complex pair at rows k−1, k the same recurrence runs in complex arithmetic from the
 * eigenvector of the 2×2 block. A zero pivot (repeated eigenvalue) is replaced by
 * \( \varepsilon\|T\|_1 \), which yields a vector with a small residual instead of a division by zero.
 * Columns whose entries grow beyond \( \varepsilon^{-1/2} \) are rescaled to avoid overflow.
 */
final class QuasiTriangularEigenvectors {

    private static final double EPS = Math.ulp(1.0);

    private QuasiTriangularEigenvectors() {
    }

    /**
     * @param t the n×n real Schur form, as rows. Not modified.
     * @param d real parts of the eigenvalues in Schur order. Not modified.
     * @param e imaginary parts; a pair at rows k, k+1 is stored as (+|Im|, −|Im|). Not modified.
     * @param norm \( \|T\|_1 \) over the entries on and above the subdiagonal
     * @return n rows, row k is the eigenvector for eigenvalue k; for a complex pair at
     *     k, k+1, rows k and k+1 are the real and imaginary parts of the vector of \( d_k + i e_k \)
     */
    static double[][] solve(double[][] t, double[] d, double[] e, double norm) {
        int nn = t.length;
        double[][] xt = new double[nn][nn];
        if (norm == 0) {
            for (int i = 0; i < nn; i++) {
                xt[i][i] = 1;
            }
            return xt;
        }
        for (int n = nn - 1; n >= 0; n--) {
            if (e[n] == 0) {
                realVector(t, d, e, norm, n, xt[n]);
            } else if (e[n] < 0) {
                complexVector(t, d, e, norm, n, xt[n - 1], xt[n]);
            }
        }
        return xt;
    }

    private static void realVector(double[][] t, double[] d, double[] e, double norm, int n, double[] v) {
        double p = d[n];
        double z = 0;
        double s = 0;
        int l = n;
        v[n] = 1;
        for (int i = n - 1; i >= 0; i--) {
            double[] row = t[i];
            double w = row[i] - p;
            double r = DenseKernels.dot(row, l, v, l, n - l + 1);
            if (e[i] < 0) {
                z = w;
                s = r;
                continue;
            }
            l = i;
            if (e[i] == 0) {
                v[i] = w != 0 ? -r / w : -r / (EPS * norm);
            } else {
                double x = row[i + 1];
                double y = t[i + 1][i];
                double q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
                double ti = (x * s - z * r) / q;
                v[i] = ti;
                v[i + 1] = Math.abs(x) > Math.abs(z) ? (-r - w * ti) / x : (-s - y * ti) / z;
            }
            double tmax = Math.abs(v[i]);
            if ((EPS * tmax) * tmax > 1) {
                for (int j = i; j <= n; j++) {
                    v[j] /= tmax;
                }
            }
        }
    }

    private static void complexVector(double[][] t, double[] d, double[] e, double norm, int n, double[] vr,
            double[] vi) {
        double p = d[n];
        double q = e[n];
        int l = n - 1;
        // The last component is taken imaginary, so the 2×2 block's eigenvector is exact.
        if (Math.abs(t[n][n - 1]) > Math.abs(t[n - 1][n])) {
            vr[n - 1] = q / t[n][n - 1];
            vi[n - 1] = -(t[n][n] - p) / t[n][n - 1];
        } else {
            double[] c = divide(0, -t[n - 1][n], t[n - 1][n - 1] - p, q);
            vr[n - 1] = c[0];
            vi[n - 1] = c[1];
        }
        vr[n] = 0;
        vi[n] = 1;
        double z = 0;
        double r = 0;
        double s = 0;
        for (int i = n - 2; i >= 0; i--) {
            double[] row = t[i];
            double ra = DenseKernels.dot(row, l, vr, l, n - l + 1);
            double sa = DenseKernels.dot(row, l, vi, l, n - l + 1);
            double w = row[i] - p;
            if (e[i] < 0) {
                z = w;
                r = ra;
                s = sa;
                continue;
            }
            l = i;
            if (e[i] == 0) {
                double[] c = divide(-ra, -sa, w, q);
                vr[i] = c[0];
                vi[i] = c[1];
            } else {
                double x = row[i + 1];
                double y = t[i + 1][i];
                double re = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
                double im = (d[i] - p) * 2.0 * q;
                if (re == 0 && im == 0) {
                    re = EPS * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
                }
                double[] c = divide(x * r - z * ra + q * sa, x * s - z * sa - q * ra, re, im);
                vr[i] = c[0];
                vi[i] = c[1];
                if (Math.abs(x) > (Math.abs(z) + Math.abs(q))) {
                    vr[i + 1] = (-ra - w * vr[i] + q * vi[i]) / x;
                    vi[i + 1] = (-sa - w * vi[i] - q * vr[i]) / x;
                } else {
                    c = divide(-r - y * vr[i], -s - y * vi[i], z, q);
                    vr[i + 1] = c[0];
                    vi[i + 1] = c[1];
                }
            }
            double tmax = Math.max(Math.abs(vr[i]), Math.abs(vi[i]));
            if ((EPS * tmax) * tmax > 1) {
                for (int j = i; j <= n; j++) {
                    vr[j] /= tmax;
                    vi[j] /= tmax;
                }
            }
        }
    }

    /** Smith's complex division \( (a + ib)/(c + id) \), returned as {re, im}. */
    private static double[] divide(double a, double b, double c, double d) {
        if (Math.abs(c) > Math.abs(d)) {
            double r = d / c;
            double den = c + r * d;
            return new double[] {(a + r * b) / den, (b - r * a) / den};
        }
        double r = c / d;
        double den = d + r * c;
        return new double[] {(r * a + b) / den, (r * b - a) / den};
    }
}
