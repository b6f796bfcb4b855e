package io.github.gamedyn.core.ad;

/**
 * Operations linear in their inputs: every component transforms like the value, so forward and
 * backward apply the same map (or its transpose) to component {@code m} alone.
 */
final class TaylorLinearOps {

    private TaylorLinearOps() {
    }

    /** {@code y = a + sign·b} for inputs of equal shape. */
    static final class Add extends TaylorOp {
        private final double sign;

        Add(double sign) {
            this.sign = sign;
        }

        @Override
        void forward(TaylorVar y, int m) {
            double[] a = y.inputs[0].value[m];
            double[] b = y.inputs[1].value[m];
            if (a == null && b == null) {
                return;
            }
            double[] c = a == null ? new double[y.size()] : a.clone();
            if (b != null) {
                TaylorKernels.axpy(sign, b, c);
            }
            y.value[m] = c;
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            double[] g = y.adjoint[m];
            if (g == null) {
                return;
            }
            TaylorVar a = y.inputs[0];
            TaylorVar b = y.inputs[1];
            if (wants(a, blocks)) {
                TaylorKernels.axpy(1, g, a.adjoint(m));
            }
            if (wants(b, blocks)) {
                TaylorKernels.axpy(sign, g, b.adjoint(m));
            }
        }
    }

    /** {@code y = scale·x + shift}; the shift touches the value only. */
    static final class Affine extends TaylorOp {
        private final double scale;
        private final double shift;

        Affine(double scale, double shift) {
            this.scale = scale;
            this.shift = shift;
        }

        @Override
        void forward(TaylorVar y, int m) {
            double[] x = y.inputs[0].value[m];
            if (x == null) {
                return;
            }
            double[] c = new double[x.length];
            double b = m == 0 ? shift : 0;
            for (int i = 0; i < c.length; i++) {
                c[i] = scale * x[i] + b;
            }
            y.value[m] = c;
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            TaylorVar x = y.inputs[0];
            if (y.adjoint[m] != null && wants(x, blocks)) {
                TaylorKernels.axpy(scale, y.adjoint[m], x.adjoint(m));
            }
        }
    }

    /** Broadcasts a 1×1 or 1×c input to r×c; the adjoint sums back over the copies. */
    static final class Expand extends TaylorOp {
        @Override
        void forward(TaylorVar y, int m) {
            TaylorVar x = y.inputs[0];
            double[] v = x.value[m];
            if (v == null) {
                return;
            }
            double[] c = new double[y.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = v[i % v.length];
            }
            y.value[m] = c;
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            TaylorVar x = y.inputs[0];
            double[] g = y.adjoint[m];
            if (g == null || !wants(x, blocks)) {
                return;
            }
            double[] a = x.adjoint(m);
            for (int i = 0; i < g.length; i++) {
                a[i % a.length] += g[i];
            }
        }
    }

    /** {@code y = Σ_i x_i}, a 1×1 result. */
    static final class Sum extends TaylorOp {
        @Override
        void forward(TaylorVar y, int m) {
            double[] x = y.inputs[0].value[m];
            if (x == null) {
                return;
            }
            double s = 0;
            for (double v : x) {
                s += v;
            }
            y.value[m] = new double[] {s};
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            TaylorVar x = y.inputs[0];
            if (y.adjoint[m] == null || !wants(x, blocks)) {
                return;
            }
            double g = y.adjoint[m][0];
            double[] a = x.adjoint(m);
            for (int i = 0; i < a.length; i++) {
                a[i] += g;
            }
        }
    }

    /** A contiguous run of the row-major data of the input, any shape of the same size. */
    static final class Slice extends TaylorOp {
        private final int from;

        Slice(int from) {
            this.from = from;
        }

        @Override
        void forward(TaylorVar y, int m) {
            double[] x = y.inputs[0].value[m];
            if (x != null) {
                double[] c = new double[y.size()];
                System.arraycopy(x, from, c, 0, c.length);
                y.value[m] = c;
            }
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            TaylorVar x = y.inputs[0];
            double[] g = y.adjoint[m];
            if (g == null || !wants(x, blocks)) {
                return;
            }
            double[] a = x.adjoint(m);
            for (int i = 0; i < g.length; i++) {
                a[from + i] += g[i];
            }
        }
    }

    /** The transpose of a matrix. */
    static final class Transpose extends TaylorOp {
        @Override
        void forward(TaylorVar y, int m) {
            double[] x = y.inputs[0].value[m];
            if (x != null) {
                double[] c = new double[x.length];
                transpose(x, c, y.cols, y.rows);
                y.value[m] = c;
            }
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            TaylorVar x = y.inputs[0];
            double[] g = y.adjoint[m];
            if (g == null || !wants(x, blocks)) {
                return;
            }
            double[] a = x.adjoint(m);
            int r = y.rows;
            int c = y.cols;
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    a[j * r + i] += g[i * c + j];
                }
            }
        }

        /** {@code out (c×r) = inᵀ} for {@code in} r×c. */
        static void transpose(double[] in, double[] out, int r, int c) {
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    out[j * r + i] = in[i * c + j];
                }
            }
        }
    }

    /** Inputs with equal column counts stacked on top of each other. */
    static final class ConcatRows extends TaylorOp {
        @Override
        void forward(TaylorVar y, int m) {
            double[] c = null;
            int offset = 0;
            for (TaylorVar x : y.inputs) {
                double[] v = x.value[m];
                if (v != null) {
                    if (c == null) {
                        c = new double[y.size()];
                    }
                    System.arraycopy(v, 0, c, offset, v.length);
                }
                offset += x.size();
            }
            y.value[m] = c;
        }

        @Override
        void backward(TaylorVar y, int m, long blocks) {
            double[] g = y.adjoint[m];
            if (g == null) {
                return;
            }
            int offset = 0;
            for (TaylorVar x : y.inputs) {
                if (wants(x, blocks)) {
                    double[] a = x.adjoint(m);
                    for (int i = 0; i < a.length; i++) {
                        a[i] += g[offset + i];
                    }
                }
                offset += x.size();
            }
        }
    }
}
