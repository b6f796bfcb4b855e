package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Symplectic gradient adjustment with sign alignment (Balduzzi, Racanière, Martens, Foerster,
 * Tuyls, Graepel, "The mechanics of n-player differentiable games", ICML 2018, Algorithm 1):
 * \(g = \xi + \lambda_s A^{\mathsf T}\xi\), \(A = (\hat H - \hat H^{\mathsf T})/2\), with
 * \[ \lambda_s = \lambda\,\operatorname{sign}\Big(\tfrac1d\langle\xi, \nabla\mathcal H\rangle
 *   \langle A^{\mathsf T}\xi, \nabla\mathcal H\rangle + \varepsilon\Big),\quad
 *   \nabla\mathcal H = \hat H^{\mathsf T}\xi,\ \varepsilon = \tfrac1{10}: \]
 * the normaliser is the dimension d of ω and ε = 1/10, as in the paper. The sign is locally
 * constant, so the derivative is exact away from the switching surface.
 */
public final class SymplecticGradientAdjustment implements GradientField {
    /** The catalogue entry {@code sga}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("sga",
            "symplectic gradient adjustment, xi + lambda A^T xi, sign-aligned",
            List.of(new Hyperparameter("lambda", new Complex(1, 0),
                    Hyperparameter.Domain.POSITIVE_REAL,
                    "magnitude of the adjustment; its sign is aligned")),
            s -> new SymplecticGradientAdjustment(s.real("lambda")));

    private static final double EPSILON = 0.1;

    private final double lambda;

    /** @param lambda the magnitude λ &gt; 0 */
    public SymplecticGradientAdjustment(double lambda) {
        this.lambda = METHOD.check("lambda", lambda);
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        Dual xi = game.simultaneousGradient(w);
        Dual htXi = game.vectorJacobianProduct(w, xi);
        // A^T xi = (H^T xi - H xi) / 2
        Dual adj = htXi.minus(game.jacobianVectorProduct(w, xi)).times(0.5);
        double align = xi.dot(htXi).value(0) * adj.dot(htXi).value(0) / xi.size() + EPSILON;
        return xi.plus(adj.times(Math.signum(align) * lambda));
    }

    @Override
    public String toString() {
        return "sga(lambda=" + lambda + ")";
    }
}
