package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Consensus optimisation (Mescheder, Nowozin, Geiger, "The numerics of GANs", NeurIPS 2017):
 * \(g = \xi + \gamma\hat H^{\mathsf T}\xi = \xi + \gamma\nabla\tfrac12\|\xi\|^2\). Jacobian
 * \(\hat H + \gamma(\hat H^{\mathsf T}\hat H + \sum_k \xi_k\nabla^2\xi_k)\); the last term
 * vanishes at a fixed point.
 */
final class ConsensusOptimization implements GradientField {
    private final Game game;
    private final double gamma;

    ConsensusOptimization(Game game, double gamma) {
        this.game = game;
        this.gamma = gamma;
    }

    @Override
    public double[] value(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] htXi = game.vectorJacobianProduct(w, xi);
        for (int i = 0; i < xi.length; i++) {
            xi[i] += gamma * htXi[i];
        }
        return xi;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        DMatrixRMaj h = game.jacobian(w);
        DMatrixRMaj out = GameProducts.transposeProductDerivative(game, w, xi);
        CommonOps_DDRM.multAddTransA(h, h, out);
        CommonOps_DDRM.scale(gamma, out);
        CommonOps_DDRM.addEquals(out, h);
        return out;
    }
}
