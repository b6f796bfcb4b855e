package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Extragradient (Korpelevich 1976; for games Gidel et al., ICLR 2019): the gradient at an
 * extrapolated point, \(g(\omega) = \xi(\omega - \eta\xi(\omega))\) with extrapolation step
 * η, two gradient evaluations, Jacobian \(\hat H(\tilde\omega)(I - \eta\hat H(\omega))\). With
 * gradient descent as base rule this is \(\omega \leftarrow \omega - \alpha\xi(\omega -
 * \eta\xi(\omega))\), one step size when η = α; linearised at a fixed point each eigenvalue λ
 * of Ĥ gives \(1 - \alpha\lambda + \alpha\eta\lambda^2\). η = 0 is gradient descent at twice the
 * cost.
 */
final class Extragradient implements GradientField {
    private final Game game;
    private final double extrapolation;

    Extragradient(Game game, double extrapolation) {
        this.game = game;
        this.extrapolation = extrapolation;
    }

    @Override
    public int evaluations() {
        return 2;
    }

    @Override
    public double[] value(double[] w) {
        return game.simultaneousGradient(extrapolate(w));
    }

    private double[] extrapolate(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] ahead = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            ahead[i] = w[i] - extrapolation * xi[i];
        }
        return ahead;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        DMatrixRMaj inner = game.jacobian(w);
        CommonOps_DDRM.scale(-extrapolation, inner);
        for (int i = 0; i < w.length; i++) {
            inner.add(i, i, 1);
        }
        DMatrixRMaj out = new DMatrixRMaj(w.length, w.length);
        CommonOps_DDRM.mult(game.jacobian(extrapolate(w)), inner, out);
        return out;
    }
}
