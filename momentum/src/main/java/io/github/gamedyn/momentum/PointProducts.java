package io.github.gamedyn.momentum;

import io.github.gamedyn.core.ad.Linearization;
import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;

/**
 * The game's products at one point ω, the seam through which every learning rule reaches the
 * game: one evaluation of a rule may ask for many products at the same point (the
 * conjugate-gradient iterations of CGD, one product per tangent direction), or for one of each
 * kind (a plain step of LOLA or SOS). The first {@value #DIRECT} products of a kind are one-off
 * products of the {@link Game}; further ones come from the game's {@link Linearization} at ω,
 * which pays the primal part once and then only the part linear in the vector, and is cheaper
 * from the third product on (the products are the same numbers either way). ξ is kept from the first product
 * that yields it. Arrays passed in are not modified; results are new arrays owned by the caller,
 * except {@link #simultaneousGradient()} and {@link #jacobian()}, which are shared and must not be
 * modified.
 */
final class PointProducts {
    /** Products of a kind made one by one before the linearisation takes over. */
    static final int DIRECT = 2;

    private final Game game;
    private final double[] w;
    private double[] gradient;
    private DMatrixRMaj jacobian;
    private Linearization linearization;
    private int jacobianProducts;
    private int transposedProducts;
    private final int[] hessianProducts;

    /** @param w ω, owned by the caller and never modified while this is in use */
    PointProducts(Game game, double[] w) {
        this.game = game;
        this.w = w;
        this.hessianProducts = new int[game.players().size()];
    }

    /** Whether these are the products at the point held in {@code array} (by identity). */
    boolean isAt(double[] array) {
        return array == w;
    }

    private Linearization linearization() {
        if (linearization == null) {
            linearization = game.linearize(w);
        }
        return linearization;
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
        if (jacobianProducts++ >= DIRECT) {
            return linearization().jacobianVectorProduct(v);
        }
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
        if (transposedProducts++ >= DIRECT) {
            return linearization().vectorJacobianProduct(v);
        }
        return game.vectorJacobianProduct(w, v);
    }

    /** The dense Ĥ, computed once. */
    DMatrixRMaj jacobian() {
        if (jacobian == null) {
            jacobian = linearization == null ? game.jacobian(w) : linearization.jacobian();
        }
        return jacobian;
    }

    /** \(\nabla_\omega L_k\). */
    double[] lossGradient(int k) {
        return game.lossGradient(w, k);
    }

    /** \(\nabla^2_\omega L_k\,v\). */
    double[] lossHessianVectorProduct(int k, double[] v) {
        if (hessianProducts[k]++ >= DIRECT) {
            return linearization().lossHessianVectorProduct(k, v);
        }
        return game.lossHessianVectorProduct(w, k, v);
    }

    /** \(\nabla_{\theta_i}(\nabla_{\theta_j}L_k\cdot v_j)\), a product of \(\nabla^2L_k\). */
    double[] mixedProduct(int i, int j, int k, double[] vj) {
        if (hessianProducts[k]++ >= DIRECT) {
            return linearization().mixedProduct(i, j, k, vj);
        }
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
