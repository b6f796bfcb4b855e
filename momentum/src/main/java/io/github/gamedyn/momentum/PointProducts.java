package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;

/**
 * The game's products at one point ω, the seam through which every learning rule reaches the
 * game: one evaluation of a rule asks for many products at the same point (the conjugate-gradient
 * iterations of CGD, the products of LOLA and SOS, one product per tangent direction), so this is
 * where they can share the work. Today each product is its own call on {@link Game}, with ξ kept
 * from the first; a linearisation of the game at ω (the linear part paid once for many products)
 * replaces {@link #game} here and nowhere else. Arrays passed in are not modified; results are new
 * arrays owned by the caller.
 */
final class PointProducts {
    private final Game game;
    private final double[] w;
    private double[] gradient;
    private DMatrixRMaj jacobian;

    /** @param w ω, owned by the caller and never modified while this is in use */
    PointProducts(Game game, double[] w) {
        this.game = game;
        this.w = w;
    }

    /** Whether these are the products at the point held in {@code array} (by identity). */
    boolean isAt(double[] array) {
        return array == w;
    }

    /** ξ(ω), computed once. */
    double[] simultaneousGradient() {
        if (gradient == null) {
            gradient = game.simultaneousGradient(w);
        }
        return gradient;
    }

    /** Ĥv; the first product also yields ξ from the same evaluation. */
    double[] jacobianVectorProduct(double[] v) {
        if (gradient != null) {
            return game.jacobianVectorProduct(w, v);
        }
        double[] g = new double[w.length];
        double[] hv = game.jacobianVectorProduct(w, v, g);
        gradient = g;
        return hv;
    }

    /** vᵀĤ, as a column. */
    double[] vectorJacobianProduct(double[] v) {
        return game.vectorJacobianProduct(w, v);
    }

    /** The dense Ĥ, computed once: not to be modified. */
    DMatrixRMaj jacobian() {
        if (jacobian == null) {
            jacobian = game.jacobian(w);
        }
        return jacobian;
    }

    /** \(\nabla_\omega L_k\). */
    double[] lossGradient(int k) {
        return game.lossGradient(w, k);
    }

    /** \(\nabla^2_\omega L_k\,v\). */
    double[] lossHessianVectorProduct(int k, double[] v) {
        return game.lossHessianVectorProduct(w, k, v);
    }

    /** \(\nabla_{\theta_i}(\nabla_{\theta_j}L_k\cdot v_j)\). */
    double[] mixedProduct(int i, int j, int k, double[] vj) {
        return game.mixedProduct(w, i, j, k, vj);
    }

    /** \(\frac{d}{d\varepsilon}\hat H(\omega + \varepsilon u)v\) (third order). */
    double[] jacobianDirectionalDerivative(double[] u, double[] v) {
        return game.jacobianDirectionalDerivative(w, u, v);
    }

    /** \(\nabla_\omega\,a^{\mathsf T}\hat H(\omega)v\) (third order). */
    double[] jacobianBilinearGradient(double[] a, double[] v) {
        return game.jacobianBilinearGradient(w, a, v);
    }
}
