package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Symplectic gradient adjustment with sign alignment (Balduzzi, Racanière, Martens, Foerster,
 * Tuyls, Graepel, "The mechanics of n-player differentiable games", ICML 2018, Algorithm 1):
 * \(g = \xi + \lambda_s A^{\mathsf T}\xi\), \(A = (\hat H - \hat H^{\mathsf T})/2\), with
 * \[ \lambda_s = \lambda\,\operatorname{sign}\Big(\tfrac1d\langle\xi, \nabla\mathcal H\rangle
 *   \langle A^{\mathsf T}\xi, \nabla\mathcal H\rangle + \varepsilon\Big),\quad
 *   \nabla\mathcal H = \hat H^{\mathsf T}\xi,\ \varepsilon = \tfrac1{10}: \]
 * the normaliser is the dimension d of ω and ε = 1/10, as in the paper. The sign is locally
 * constant, so the Jacobian is \(\hat H + \tfrac{\lambda_s}2(\partial(\hat H^{\mathsf T}\xi) -
 * \partial(\hat H\xi))\), exact away from the switching surface.
 */
final class SymplecticGradientAdjustment implements GradientField {
    private static final double EPSILON = 0.1;

    private final Game game;
    private final double lambda;

    SymplecticGradientAdjustment(Game game, double lambda) {
        this.game = game;
        this.lambda = lambda;
    }

    @Override
    public double[] value(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] htXi = game.vectorJacobianProduct(w, xi);
        double[] adj = adjustment(w, xi, htXi);
        double s = alignedLambda(xi, htXi, adj);
        for (int i = 0; i < xi.length; i++) {
            xi[i] += s * adj[i];
        }
        return xi;
    }

    /** \(A^{\mathsf T}\xi = \tfrac12(\hat H^{\mathsf T}\xi - \hat H\xi)\). */
    private double[] adjustment(double[] w, double[] xi, double[] htXi) {
        double[] hXi = game.jacobianVectorProduct(w, xi);
        double[] adj = new double[xi.length];
        for (int i = 0; i < xi.length; i++) {
            adj[i] = 0.5 * (htXi[i] - hXi[i]);
        }
        return adj;
    }

    private double alignedLambda(double[] xi, double[] gradHamiltonian, double[] adj) {
        double align = GameProducts.dot(xi, gradHamiltonian)
                * GameProducts.dot(adj, gradHamiltonian) / xi.length + EPSILON;
        return Math.signum(align) * lambda;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] htXi = game.vectorJacobianProduct(w, xi);
        double s = alignedLambda(xi, htXi, adjustment(w, xi, htXi));
        DMatrixRMaj h = game.jacobian(w);
        DMatrixRMaj dHt = GameProducts.transposeProductDerivative(game, w, xi);
        CommonOps_DDRM.multAddTransA(h, h, dHt);
        DMatrixRMaj dH = GameProducts.productDerivative(game, w, xi);
        CommonOps_DDRM.multAdd(h, h, dH);
        DMatrixRMaj out = new DMatrixRMaj(w.length, w.length);
        CommonOps_DDRM.add(0.5 * s, dHt, -0.5 * s, dH, out);
        CommonOps_DDRM.addEquals(out, h);
        return out;
    }
}
