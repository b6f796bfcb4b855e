package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A smooth random map \( F(x) = \tanh(W x + b) \) with seeded Gaussian \( W \) (scaled by \( g/\sqrt d \))
 * and \( b \). With \( z = Wx + b \), \( h = \tanh z \): \( J = \mathrm{diag}(1 - h^2)\, W \) and
 * \( \nabla_x (w^\top J u) = W^\top \big(w \circ (W u) \circ (-2 h (1 - h^2))\big) \).
 */
final class TanhMap implements SecondOrderMap {

    private final int d;
    private final double[][] w;
    private final double[] b;

    TanhMap(int dimension, double gain, long seed) {
        Random random = new Random(seed);
        d = dimension;
        w = new double[d][d];
        b = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                w[i][j] = gain * random.nextGaussian() / Math.sqrt(d);
            }
            b[i] = 0.5 * random.nextGaussian();
        }
    }

    @Override
    public int dimension() {
        return d;
    }

    private double[] preActivation(double[] x) {
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = b[i];
            for (int j = 0; j < d; j++) {
                z[i] += w[i][j] * x[j];
            }
        }
        return z;
    }

    @Override
    public void apply(double[] x, double[] out) {
        double[] z = preActivation(x);
        for (int i = 0; i < d; i++) {
            out[i] = Math.tanh(z[i]);
        }
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        double[] z = preActivation(x);
        out.reshape(d, d);
        for (int i = 0; i < d; i++) {
            double h = Math.tanh(z[i]);
            for (int j = 0; j < d; j++) {
                out.set(i, j, (1 - h * h) * w[i][j]);
            }
        }
    }

    @Override
    public void jacobianDirectionalDerivative(double[] x, double[] u, double[] v, double[] out) {
        double[] z = preActivation(x);
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            double h = Math.tanh(z[i]);
            double wu = 0;
            for (int j = 0; j < d; j++) {
                wu += w[i][j] * u[j];
            }
            c[i] = v[i] * wu * (-2 * h * (1 - h * h));
        }
        for (int k = 0; k < d; k++) {
            out[k] = 0;
            for (int i = 0; i < d; i++) {
                out[k] += w[i][k] * c[i];
            }
        }
    }
}
