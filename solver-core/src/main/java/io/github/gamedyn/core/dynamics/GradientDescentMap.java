package io.github.gamedyn.core.dynamics;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;

/**
 * Simultaneous gradient descent on a game as a map, \(F(\omega) = \omega - \alpha\,\xi(\omega)\),
 * with Jacobian \(J = I - \alpha\hat H(\omega)\) and the second-derivative contraction
 * \(\nabla_\omega(w^{\mathsf T} J u) = -\alpha\,\nabla_\omega(w^{\mathsf T}\hat H u)\) (third
 * derivatives of the losses). Products with J use exact Jacobian-vector products, many at once
 * from one linearisation of the game; \(F\) and \(J u\) come from one evaluation. Immutable and
 * thread-safe.
 */
public final class GradientDescentMap implements SecondOrderMap {
    private final Game game;
    private final double learningRate;

    /**
     * @param game the game
     * @param learningRate α, finite and &gt; 0
     */
    public GradientDescentMap(Game game, double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate = " + learningRate
                    + "; allowed: finite and > 0");
        }
        this.game = game;
        this.learningRate = learningRate;
    }

    /** The game. */
    public Game game() {
        return game;
    }

    /** α. */
    public double learningRate() {
        return learningRate;
    }

    @Override
    public int dimension() {
        return game.dimension();
    }

    @Override
    public void apply(double[] x, double[] out) {
        double[] xi = game.simultaneousGradient(x);
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] - learningRate * xi[i];
        }
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        DMatrixRMaj h = game.jacobian(x);
        out.reshape(h.numRows, h.numCols);
        for (int i = 0; i < h.getNumElements(); i++) {
            out.data[i] = -learningRate * h.data[i];
        }
        for (int i = 0; i < h.numRows; i++) {
            out.add(i, i, 1);
        }
    }

    /** \(JV = V - \alpha\hat HV\) from one linearisation of the game at x, all columns at once. */
    @Override
    public void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        applyAndJacobianTimes(x, null, v, out);
    }

    /**
     * One column: a single Jacobian-vector product, ξ from the same run. Several: the part of the
     * game's program that does not depend on the direction once, the rest over the columns as
     * lanes.
     */
    @Override
    public void applyAndJacobianTimes(double[] x, double[] next, DMatrixRMaj v, DMatrixRMaj jv) {
        int d = dimension();
        int m = v.numCols;
        jv.reshape(d, m);
        double[] xi;
        if (m == 1) {
            xi = new double[d];
            double[] hv = game.jacobianVectorProduct(x, v.data, xi);
            for (int i = 0; i < d; i++) {
                jv.data[i] = v.data[i] - learningRate * hv[i];
            }
        } else {
            double[] columns = new double[m * d];
            for (int c = 0; c < m; c++) {
                for (int i = 0; i < d; i++) {
                    columns[c * d + i] = v.get(i, c);
                }
            }
            double[] products = new double[m * d];
            xi = next == null ? null : new double[d];
            game.jacobianVectorProducts(x, m, columns, products, xi);
            for (int c = 0; c < m; c++) {
                for (int i = 0; i < d; i++) {
                    jv.set(i, c, v.get(i, c) - learningRate * products[c * d + i]);
                }
            }
        }
        if (next != null) {
            for (int i = 0; i < d; i++) {
                next[i] = x[i] - learningRate * xi[i];
            }
        }
    }

    /** A batch in one pass of the game's traced program over lanes. */
    @Override
    public void applyAndJacobianTimes(int count, double[] x, double[] out, double[] u,
            double[] ju) {
        double[] xi = new double[x.length];
        game.jacobianVectorProducts(count, x, u, ju, xi);
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - learningRate * xi[i];
            ju[i] = u[i] - learningRate * ju[i];
        }
    }

    @Override
    public void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
        double[] wh = game.vectorJacobianProduct(x, w);
        for (int i = 0; i < out.length; i++) {
            out[i] = w[i] - learningRate * wh[i];
        }
    }

    @Override
    public void jacobianDirectionalDerivative(double[] x, double[] u, double[] w, double[] out) {
        double[] g = game.jacobianBilinearGradient(x, w, u);
        for (int i = 0; i < out.length; i++) {
            out[i] = -learningRate * g[i];
        }
    }
}
