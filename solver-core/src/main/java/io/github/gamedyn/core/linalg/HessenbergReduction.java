package io.github.gamedyn.core.linalg;

import java.util.Arrays;

/**
 * Orthogonal reduction to upper Hessenberg form, \( H = Q^\top A Q \) with \( h_{ij} = 0 \) for
 * \( i > j + 1 \), by Householder reflections \( Q = P_1 P_2 \cdots P_{n-2} \),
 * \( P_m = I - u_m u_m^\top / \beta_m \) (Golub and Van Loan, <i>Matrix Computations</i>, §7.4.3; the
 * EISPACK routine orthes).
 *
 * <p>Matrices are dense row-major arrays of length n·n. All loops run along rows.
 */
final class HessenbergReduction {

    private HessenbergReduction() {
    }

    /**
     * Reduces {@code a} in place to Hessenberg form and optionally accumulates \( Q^\top \).
     *
     * @param a the n×n matrix A on entry, H on exit. Modified.
     * @param n the order
     * @param qt if not null, receives \( Q^\top \), whose row k is column k of Q. Modified.
     */
    static void reduce(double[] a, int n, double[] qt) {
        double[] head = new double[n];
        double[] beta = new double[n];
        double[] w = new double[n];
        double[] u = new double[n];
        double[] subdiagonal = new double[n];
        for (int m = 1; m < n - 1; m++) {
            double scale = 0;
            for (int i = m; i < n; i++) {
                scale += Math.abs(a[i * n + m - 1]);
            }
            if (scale == 0) {
                continue;
            }
            // u_m is kept in column m - 1 below the diagonal (u_m[m] in head) until Q is accumulated.
            double ss = 0;
            for (int i = m; i < n; i++) {
                u[i] = a[i * n + m - 1] / scale;
                a[i * n + m - 1] = u[i];
                ss += u[i] * u[i];
            }
            double g = u[m] > 0 ? -Math.sqrt(ss) : Math.sqrt(ss);
            double b = ss - u[m] * g;
            u[m] -= g;
            head[m] = u[m];
            beta[m] = b;
            subdiagonal[m] = scale * g;

            // A <- P_m A on columns m..n-1: w = u^T A / beta, A -= u w.
            Arrays.fill(w, m, n, 0);
            for (int i = m; i < n; i++) {
                double ui = u[i];
                int row = i * n;
                for (int j = m; j < n; j++) {
                    w[j] += ui * a[row + j];
                }
            }
            for (int j = m; j < n; j++) {
                w[j] /= b;
            }
            for (int i = m; i < n; i++) {
                double ui = u[i];
                int row = i * n;
                for (int j = m; j < n; j++) {
                    a[row + j] -= ui * w[j];
                }
            }
            // A <- A P_m on all rows: f = A u / beta, A -= f u^T.
            for (int i = 0; i < n; i++) {
                int row = i * n;
                double f = 0;
                for (int j = m; j < n; j++) {
                    f += a[row + j] * u[j];
                }
                f /= b;
                for (int j = m; j < n; j++) {
                    a[row + j] -= f * u[j];
                }
            }
        }
        if (qt != null) {
            accumulateTransposed(a, n, head, beta, qt);
        }
        for (int m = 1; m < n - 1; m++) {
            if (beta[m] != 0) {
                a[m * n + m - 1] = subdiagonal[m];
                for (int i = m + 1; i < n; i++) {
                    a[i * n + m - 1] = 0;
                }
            }
        }
    }

    /** Forms \( Q^\top = P_{n-2} \cdots P_1 \) from the right, \( Q^\top \leftarrow Q^\top P_m \), m descending. */
    private static void accumulateTransposed(double[] a, int n, double[] head, double[] beta, double[] qt) {
        Arrays.fill(qt, 0, n * n, 0);
        for (int i = 0; i < n; i++) {
            qt[i * n + i] = 1;
        }
        double[] u = new double[n];
        for (int m = n - 2; m >= 1; m--) {
            if (beta[m] == 0) {
                continue;
            }
            u[m] = head[m];
            for (int i = m + 1; i < n; i++) {
                u[i] = a[i * n + m - 1];
            }
            double b = beta[m];
            for (int i = m; i < n; i++) {
                int row = i * n;
                double f = 0;
                for (int j = m; j < n; j++) {
                    f += qt[row + j] * u[j];
                }
                f /= b;
                for (int j = m; j < n; j++) {
                    qt[row + j] -= f * u[j];
                }
            }
        }
    }
}
