package io.github.gamedyn.core.ad;

/**
 * An operation bilinear in its two inputs, {@code y = a ⋆ b}. In the Taylor algebra
 * \(y_m = \sum_{s \subseteq m} a_s \star b_{m \setminus s}\), and the adjoints are bilinear too:
 * \(\bar a_m \mathrel{+}= \sum_{s \subseteq m} \partial_a\langle \bar y_s, a \star b_{m\setminus s}\rangle\),
 * likewise for {@code b}.
 */
abstract class BilinearOp extends Op {

    /** {@code c += a ⋆ b}. */
    abstract void product(double[] a, double[] b, double[] c, Var y);

    /** {@code out += ∂/∂a ⟨g, a ⋆ b⟩}. */
    abstract void adjointA(double[] g, double[] b, double[] out, Var y);

    /** {@code out += ∂/∂b ⟨g, a ⋆ b⟩}. */
    abstract void adjointB(double[] a, double[] g, double[] out, Var y);

    @Override
    final void forward(Var y, int m) {
        Var a = y.inputs[0];
        Var b = y.inputs[1];
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
    final void backward(Var y, int m, long blocks) {
        Var a = y.inputs[0];
        Var b = y.inputs[1];
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
    static final class Multiply extends BilinearOp {
        @Override
        void product(double[] a, double[] b, double[] c, Var y) {
            Kernels.multiplyAdd(a, b, c);
        }

        @Override
        void adjointA(double[] g, double[] b, double[] out, Var y) {
            Kernels.multiplyAdd(g, b, out);
        }

        @Override
        void adjointB(double[] a, double[] g, double[] out, Var y) {
            Kernels.multiplyAdd(a, g, out);
        }
    }

    /** Matrix product of an n×k and a k×m matrix. */
    static final class MatMul extends BilinearOp {
        @Override
        void product(double[] a, double[] b, double[] c, Var y) {
            Kernels.matmulAdd(a, b, c, y.rows, y.inputs[0].cols, y.cols);
        }

        @Override
        void adjointA(double[] g, double[] b, double[] out, Var y) {
            Kernels.matmulTransBAdd(g, b, out, y.rows, y.inputs[0].cols, y.cols);
        }

        @Override
        void adjointB(double[] a, double[] g, double[] out, Var y) {
            Kernels.matmulTransAAdd(a, g, out, y.rows, y.inputs[0].cols, y.cols);
        }
    }
}
