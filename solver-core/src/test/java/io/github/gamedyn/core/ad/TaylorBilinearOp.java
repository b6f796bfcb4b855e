package io.github.gamedyn.core.ad;

/**
 * An operation bilinear in its two inputs, {@code y = a ⋆ b}. In the Taylor algebra
 * \(y_m = \sum_{s \subseteq m} a_s \star b_{m \setminus s}\), and the adjoints are bilinear too:
 * \(\bar a_m \mathrel{+}= \sum_{s \subseteq m} \partial_a\langle \bar y_s, a \star b_{m\setminus s}\rangle\),
 * likewise for {@code b}.
 */
abstract class TaylorBilinearOp extends TaylorOp {

    /** {@code c += a ⋆ b}. */
    abstract void product(double[] a, double[] b, double[] c, TaylorVar y);

    /** {@code out += ∂/∂a ⟨g, a ⋆ b⟩}. */
    abstract void adjointA(double[] g, double[] b, double[] out, TaylorVar y);

    /** {@code out += ∂/∂b ⟨g, a ⋆ b⟩}. */
    abstract void adjointB(double[] a, double[] g, double[] out, TaylorVar y);

    @Override
    void forward(TaylorVar y, int m) {
        TaylorVar a = y.inputs[0];
        TaylorVar b = y.inputs[1];
        double[] c = null;
        for (int s = m; s >= 0; s = nextSubset(s, m)) {
            double[] as = a.value[s];
            double[] bs = b.value[m ^ s];
            if (as != null && bs != null) {
                if (c == null) {
                    c = new double[y.size()];
                }
                product(as, bs, c, y);
            }
        }
        y.value[m] = c;
    }

    @Override
    void backward(TaylorVar y, int m, long blocks) {
        TaylorVar a = y.inputs[0];
        TaylorVar b = y.inputs[1];
        boolean toA = wants(a, blocks);
        boolean toB = wants(b, blocks);
        for (int s = m; s >= 0; s = nextSubset(s, m)) {
            double[] g = y.adjoint[s];
            if (g == null) {
                continue;
            }
            double[] bs = b.value[m ^ s];
            if (toA && bs != null) {
                adjointA(g, bs, a.adjoint(m), y);
            }
            double[] as = a.value[m ^ s];
            if (toB && as != null) {
                adjointB(as, g, b.adjoint(m), y);
            }
        }
    }

    /** Elementwise product of equal shapes. */
    static final class Multiply extends TaylorBilinearOp {
        @Override
        void product(double[] a, double[] b, double[] c, TaylorVar y) {
            TaylorKernels.multiplyAdd(a, b, c);
        }

        @Override
        void adjointA(double[] g, double[] b, double[] out, TaylorVar y) {
            TaylorKernels.multiplyAdd(g, b, out);
        }

        @Override
        void adjointB(double[] a, double[] g, double[] out, TaylorVar y) {
            TaylorKernels.multiplyAdd(a, g, out);
        }
    }

    /** Matrix product of an n×k and a k×m matrix. */
    static class MatMul extends TaylorBilinearOp {
        @Override
        void product(double[] a, double[] b, double[] c, TaylorVar y) {
            TaylorKernels.matmulAdd(a, b, c, y.rows, y.inputs[0].cols, y.cols);
        }

        @Override
        void adjointA(double[] g, double[] b, double[] out, TaylorVar y) {
            TaylorKernels.matmulTransBAdd(g, b, out, y.rows, y.inputs[0].cols, y.cols);
        }

        @Override
        void adjointB(double[] a, double[] g, double[] out, TaylorVar y) {
            TaylorKernels.matmulTransAAdd(a, g, out, y.rows, y.inputs[0].cols, y.cols);
        }
    }

    /**
     * A dense layer \(Y = XW + \mathbf{1}b\): the matrix product plus a 1×m row {@code b} (the
     * third input) added to every row, without materialising the broadcast bias. The adjoint of
     * {@code b} is the column sum of \(\bar Y\).
     */
    static final class Dense extends MatMul {
        @Override
        void forward(TaylorVar y, int m) {
            super.forward(y, m);
            double[] b = y.inputs[2].value[m];
            if (b == null) {
                return;
            }
            double[] c = y.value[m];
            if (c == null) {
                c = new double[y.size()];
                y.value[m] = c;
            }
            for (int i = 0; i < c.length; i += b.length) {
                for (int j = 0; j < b.length; j++) {
                    c[i + j] += b[j];
                }
            }
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            super.backward(y, m, blocks);
            TaylorVar bias = y.inputs[2];
            double[] g = y.adjoint[m];
            if (g == null || !wants(bias, blocks)) {
                return;
            }
            double[] a = bias.adjoint(m);
            for (int i = 0; i < g.length; i += a.length) {
                for (int j = 0; j < a.length; j++) {
                    a[j] += g[i + j];
                }
            }
        }
    }
}
