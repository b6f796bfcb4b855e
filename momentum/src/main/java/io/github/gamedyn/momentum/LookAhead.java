package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * LookAhead (Zhang and Lesser 2010; in the form of Letcher et al., ICLR 2019):
 * \(g = (I - \alpha H_o)\xi\), each player taking the gradient at the opponents' anticipated
 * step, to first order. Jacobian \(\hat H - \alpha(\partial(H_o\xi) + H_o\hat H)\), where the
 * first term vanishes at a fixed point.
 */
final class LookAhead implements GradientField {
    private final Game game;
    private final double alpha;

    LookAhead(Game game, double alpha) {
        this.game = game;
        this.alpha = alpha;
    }

    @Override
    public double[] value(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] hoXi = GameProducts.offDiagonalProduct(game, w, xi);
        for (int i = 0; i < xi.length; i++) {
            xi[i] -= alpha * hoXi[i];
        }
        return xi;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        return jacobian(game, w, alpha);
    }

    /** \(\partial((I - \alpha H_o)\xi)/\partial\omega\), shared with LOLA and SOS. */
    static DMatrixRMaj jacobian(Game game, double[] w, double alpha) {
        double[] xi = game.simultaneousGradient(w);
        DMatrixRMaj h = game.jacobian(w);
        DMatrixRMaj term = GameProducts.offDiagonalProductDerivative(game, w, xi);
        CommonOps_DDRM.multAdd(GameProducts.offDiagonal(game, h), h, term);
        DMatrixRMaj out = new DMatrixRMaj(w.length, w.length);
        CommonOps_DDRM.add(h, -alpha, term, out);
        return out;
    }
}
