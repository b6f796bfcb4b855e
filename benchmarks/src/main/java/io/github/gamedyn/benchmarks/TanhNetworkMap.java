package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A dense random nonlinear map \( F(x) = \tanh(Wx + b) \), \( W \) seeded Gaussian with gain
 * \( g/\sqrt d \); \( J(x)V = \mathrm{diag}(1 - \tanh^2(Wx + b))\, WV \), computed without forming \( J \).
 */
final class TanhNetworkMap implements DifferentiableMap {

    private final DMatrixRMaj w;
    private final double[] b;

    TanhNetworkMap(int d, double gain, long seed) {
        Random random = new Random(seed);
        w = new DMatrixRMaj(d, d);
        for (int i = 0; i < w.getNumElements(); i++) {
            w.data[i] = gain * random.nextGaussian() / Math.sqrt(d);
        }
        b = new double[d];
        for (int i = 0; i < d; i++) {
            b[i] = 0.5 * random.nextGaussian();
        }
    }

    @Override
    public int dimension() {
        return b.length;
    }

    private double[] activation(double[] x) {
        double[] h = new double[b.length];
        CommonOps_DDRM.mult(w, DMatrixRMaj.wrap(x.length, 1, x), DMatrixRMaj.wrap(h.length, 1, h));
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.tanh(h[i] + b[i]);
        }
        return h;
    }

    @Override
    public void apply(double[] x, double[] out) {
        System.arraycopy(activation(x), 0, out, 0, out.length);
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        jacobianTimes(x, CommonOps_DDRM.identity(b.length), out);
    }

    @Override
    public void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        double[] h = activation(x);
        out.reshape(b.length, v.numCols);
        CommonOps_DDRM.mult(w, v, out);
        for (int i = 0; i < b.length; i++) {
            double slope = 1 - h[i] * h[i];
            for (int j = 0; j < v.numCols; j++) {
                out.data[i * v.numCols + j] *= slope;
            }
        }
    }
}
