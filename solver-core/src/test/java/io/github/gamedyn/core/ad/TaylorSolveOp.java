package io.github.gamedyn.core.ad;

/**
 * {@code X = A⁻¹B} for a square {@code A} (n×n) and {@code B} (n×c), by LU with partial pivoting of
 * \(A_0\) only. In the algebra
 * \(X_m = A_0^{-1}\big(B_m - \sum_{\emptyset \ne s \subseteq m} A_s X_{m\setminus s}\big)\);
 * the adjoint \(Z = A^{-\mathsf T}\bar X\) is solved the same way with \(A^{\mathsf T}\), then
 * \(\bar B \mathrel{+}= Z\) and \(\bar A \mathrel{-}= Z X^{\mathsf T}\).
 */
final class TaylorSolveOp extends TaylorOp {
    private double[] lu;
    private int[] pivot;
    private final double[][] z = new double[4][];

    @Override
    void forward(TaylorVar y, int m) {
        TaylorVar a = y.inputs[0];
        TaylorVar b = y.inputs[1];
        int n = a.rows;
        int c = b.cols;
        if (m == 0) {
            factor(a.value[0], n);
        }
        double[] rhs = b.value[m] == null ? null : b.value[m].clone();
        for (int s = m; s > 0; s = nextSubset(s, m)) {
            double[] as = a.value[s];
            double[] xs = y.value[m ^ s];
            if (as != null && xs != null) {
                if (rhs == null) {
                    rhs = new double[n * c];
                }
                TaylorKernels.matmulAdd(negate(as), xs, rhs, n, n, c);
            }
        }
        if (rhs != null) {
            solve(rhs, n, c, false);
        }
        y.value[m] = rhs;
    }

    @Override
    void backward(TaylorVar y, int m, long blocks) {
        TaylorVar a = y.inputs[0];
        TaylorVar b = y.inputs[1];
        int n = a.rows;
        int c = b.cols;
        double[] rhs = y.adjoint[m] == null ? null : y.adjoint[m].clone();
        for (int s = m; s > 0; s = nextSubset(s, m)) {
            double[] as = a.value[s];
            double[] zs = z[m ^ s];
            if (as != null && zs != null) {
                if (rhs == null) {
                    rhs = new double[n * c];
                }
                TaylorKernels.matmulTransAAdd(negate(as), zs, rhs, n, n, c);
            }
        }
        if (rhs != null) {
            solve(rhs, n, c, true);
        }
        z[m] = rhs;
        if (wants(b, blocks) && rhs != null) {
            TaylorKernels.axpy(1, rhs, b.adjoint(m));
        }
        if (wants(a, blocks)) {
            for (int s = m; s >= 0; s = nextSubset(s, m)) {
                double[] zs = z[s];
                double[] xs = y.value[m ^ s];
                if (zs != null && xs != null) {
                    TaylorKernels.matmulTransBAdd(negate(zs), xs, a.adjoint(m), n, n, c);
                }
            }
        }
    }

    private static double[] negate(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = -v[i];
        }
        return r;
    }

    /** LU factorisation with partial pivoting, PA = LU, stored in place. */
    private void factor(double[] a, int n) {
        lu = a.clone();
        pivot = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) {
                    p = i;
                }
            }
            pivot[k] = p;
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = lu[k * n + j];
                    lu[k * n + j] = lu[p * n + j];
                    lu[p * n + j] = t;
                }
            }
            double d = lu[k * n + k];
            if (d == 0 || !Double.isFinite(d)) {
                throw new ArithmeticException("solve: matrix A (" + n + "×" + n
                        + ") is singular or not finite (pivot " + k + " is " + d + ")");
            }
            for (int i = k + 1; i < n; i++) {
                double l = lu[i * n + k] / d;
                lu[i * n + k] = l;
                for (int j = k + 1; j < n; j++) {
                    lu[i * n + j] -= l * lu[k * n + j];
                }
            }
        }
    }

    /** Overwrites {@code b} (n×c) with {@code A⁻¹b}, or {@code A⁻ᵀb} when {@code transpose}. */
    private void solve(double[] b, int n, int c, boolean transpose) {
        for (int col = 0; col < c; col++) {
            if (!transpose) {
                for (int k = 0; k < n; k++) {
                    swap(b, k * c + col, pivot[k] * c + col);
                }
                for (int i = 0; i < n; i++) {
                    double s = b[i * c + col];
                    for (int j = 0; j < i; j++) {
                        s -= lu[i * n + j] * b[j * c + col];
                    }
                    b[i * c + col] = s;
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = b[i * c + col];
                    for (int j = i + 1; j < n; j++) {
                        s -= lu[i * n + j] * b[j * c + col];
                    }
                    b[i * c + col] = s / lu[i * n + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double s = b[i * c + col];
                    for (int j = 0; j < i; j++) {
                        s -= lu[j * n + i] * b[j * c + col];
                    }
                    b[i * c + col] = s / lu[i * n + i];
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = b[i * c + col];
                    for (int j = i + 1; j < n; j++) {
                        s -= lu[j * n + i] * b[j * c + col];
                    }
                    b[i * c + col] = s;
                }
                for (int k = n - 1; k >= 0; k--) {
                    swap(b, k * c + col, pivot[k] * c + col);
                }
            }
        }
    }

    private static void swap(double[] b, int i, int j) {
        double t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
}
