package io.github.gamedyn.core.linalg;

import java.util.Arrays;

/**
 * Orthogonal reduction to upper Hessenberg form, \( H = Q^\top A Q \) with \( h_{ij} = 0 \) for
 * \( i \gt j + 1 \), by Householder reflections \( Q = P_1 P_2 \cdots P_{n-2} \),
 * \( P_m = I - u_m u_m^\top / \beta_m \) (Golub and Van Loan, <i>Matrix Computations</i>, §7.4.3; the
 * EISPACK routine orthes).
 *
 * <p>Matrices are arrays of rows. All inner loops run along rows, where they vectorise.
 */
final class HessenbergReduction {

    private HessenbergReduction() {
    }

    /**
     * Reduces {@code a} in place to Hessenberg form and optionally accumulates \( Q^\top \).
     *
     * @param a the n×n matrix A on entry, H on exit, as rows. Modified.
     * @param qt if not null, n rows of length n that receive \( Q^\top \), whose row k is column k of Q.
     *     Modified.
     */
    static void reduce(double[][] a, double[][] qt) {
        int n = a.length;
        double[] head = new double[n];
        double[] beta = new double[n];
        double[] u = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] subdiagonal = new double[n];
        for (int m = 1; m < n - 1; m++) {
            double scale = 0;
            for (int i = m; i < n; i++) {
                scale += Math.abs(a[i][m - 1]);
            }
            if (scale == 0) {
                continue;
            }
            // u_m is kept in column m - 1 below the diagonal (u_m[m] in head) until Q is accumulated.
            double ss = 0;
            for (int i = m; i < n; i++) {
                u[i] = a[i][m - 1] / scale;
                a[i][m - 1] = u[i];
                ss += u[i] * u[i];
            }
            double g = u[m] > 0 ? -Math.sqrt(ss) : Math.sqrt(ss);
            double b = ss - u[m] * g;
            u[m] -= g;
            head[m] = u[m];
            beta[m] = b;
            subdiagonal[m] = scale * g;

            // P A P = A - u (y - gamma u)^T - x u^T with x = A u / beta, y = A^T u / beta and
            // gamma = u^T A u / beta^2, in two passes over A instead of three or four.
            int len = n - m;
            Arrays.fill(y, m, n, 0);
            double gamma = 0;
            for (int i = 0; i < n; i++) {
                x[i] = DenseKernels.dot(a[i], m, u, m, len) / b;
                if (i >= m) {
                    DenseKernels.axpy(u[i] / b, a[i], m, y, m, len);
                    gamma += u[i] * x[i];
                }
            }
            gamma /= b;
            DenseKernels.axpy(-gamma, u, m, y, m, len);
            for (int i = 0; i < n; i++) {
                DenseKernels.axpy(-x[i], u, m, a[i], m, len);
                if (i >= m) {
                    DenseKernels.axpy(-u[i], y, m, a[i], m, len);
                }
            }
        }
        if (qt != null) {
            accumulateTransposed(a, head, beta, qt);
        }
        for (int m = 1; m < n - 1; m++) {
            if (beta[m] != 0) {
                a[m][m - 1] = subdiagonal[m];
                for (int i = m + 1; i < n; i++) {
                    a[i][m - 1] = 0;
                }
            }
        }
    }

    /** Forms \( Q^\top = P_{n-2} \cdots P_1 \) from the right, \( Q^\top \leftarrow Q^\top P_m \), m descending. */
    private static void accumulateTransposed(double[][] a, double[] head, double[] beta, double[][] qt) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            Arrays.fill(qt[i], 0);
            qt[i][i] = 1;
        }
        double[] u = new double[n];
        for (int m = n - 2; m >= 1; m--) {
            if (beta[m] == 0) {
                continue;
            }
            u[m] = head[m];
            for (int i = m + 1; i < n; i++) {
                u[i] = a[i][m - 1];
            }
            double b = beta[m];
            for (int i = m; i < n; i++) {
                double f = DenseKernels.dot(qt[i], m, u, m, n - m) / b;
                DenseKernels.axpy(-f, u, m, qt[i], m, n - m);
            }
        }
    }
}
