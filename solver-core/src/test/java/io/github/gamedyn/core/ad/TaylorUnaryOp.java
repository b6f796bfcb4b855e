package io.github.gamedyn.core.ad;

/**
 * {@code y = f(x)} elementwise. With \(x = x_0 + n\), \(n\) nilpotent,
 * \(f(x) = f(x_0) + f'(x_0)\,n + \tfrac12 f''(x_0)\,n^2\) (the algebra has at most two tangent
 * directions), so \(y_{\{i\}} = f' x_{\{i\}}\) and
 * \(y_{\{1,2\}} = f' x_{\{1,2\}} + f'' x_{\{1\}} x_{\{2\}}\). The adjoint is
 * \(\bar x \mathrel{+}= f'(x) \bar y\) in the algebra, where \(g = f'(x)\) expands the same way
 * with one more derivative.
 */
final class TaylorUnaryOp extends TaylorOp {
    private final TaylorFunction f;
    /** {@code derivatives[j] = f^(j)(x_0)}, computed on first use; {@code [0]} is the value. */
    private final double[][] derivatives = new double[4][];
    /** Components of \(g = f'(x)\); {@code [0]} is {@code derivatives[1]}. */
    private final double[][] slope = new double[4][];

    TaylorUnaryOp(TaylorFunction f) {
        this.f = f;
    }

    private double[] derivative(TaylorVar y, int order) {
        if (derivatives[order] == null) {
            double[] x = y.inputs[0].value[0];
            double[] v = y.value[0];
            double[] d = new double[x.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = f.derivative(order, x[i], v[i]);
            }
            derivatives[order] = d;
        }
        return derivatives[order];
    }

    @Override
    void forward(TaylorVar y, int m) {
        double[][] x = y.inputs[0].value;
        if (m == 0) {
            double[] x0 = x[0];
            double[] v = new double[x0.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = f.value(x0[i]);
            }
            y.value[0] = v;
            derivatives[0] = v;
            slope[0] = null;
            return;
        }
        y.value[m] = expand(y, x, m, 1);
        slope[m] = expand(y, x, m, 2);
    }

    /** Component {@code m} of \(f^{(k-1)}(x)\) expanded around \(x_0\), from derivative {@code k} on. */
    private double[] expand(TaylorVar y, double[][] x, int m, int k) {
        if (Integer.bitCount(m) == 1) {
            if (x[m] == null) {
                return null;
            }
            double[] c = new double[x[m].length];
            TaylorKernels.multiplyAdd(derivative(y, k), x[m], c);
            return c;
        }
        double[] c = null;
        if (x[m] != null) {
            c = new double[x[m].length];
            TaylorKernels.multiplyAdd(derivative(y, k), x[m], c);
        }
        int lo = Integer.lowestOneBit(m);
        double[] a = x[lo];
        double[] b = x[m ^ lo];
        if (a != null && b != null) {
            double[] d = derivative(y, k + 1);
            if (c == null) {
                c = new double[a.length];
            }
            for (int i = 0; i < c.length; i++) {
                c[i] += d[i] * a[i] * b[i];
            }
        }
        return c;
    }

    @Override
    void backward(TaylorVar y, int m, long blocks) {
        TaylorVar x = y.inputs[0];
        if (!wants(x, blocks)) {
            return;
        }
        if (slope[0] == null) {
            slope[0] = derivative(y, 1);
        }
        for (int s = m; s >= 0; s = nextSubset(s, m)) {
            double[] g = slope[s];
            double[] a = y.adjoint[m ^ s];
            if (g != null && a != null) {
                TaylorKernels.multiplyAdd(g, a, x.adjoint(m));
            }
        }
    }
}
