package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Consensus optimisation (Mescheder, Nowozin, Geiger, "The numerics of GANs", NeurIPS 2017):
 * \(g = \xi + \gamma\hat H^{\mathsf T}\xi = \xi + \gamma\nabla\tfrac12\|\xi\|^2\), with Jacobian
 * \(\hat H + \gamma(\hat H^{\mathsf T}\hat H + \sum_k \xi_k\nabla^2\xi_k)\), the last term
 * vanishing at a fixed point.
 */
public final class ConsensusOptimization implements GradientField {
    /** The catalogue entry {@code consensus}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("consensus",
            "consensus optimisation, xi + gamma H^T xi",
            List.of(new Hyperparameter("gamma", new Complex(0.1, 0),
                    Hyperparameter.Domain.NONNEGATIVE_REAL, "weight of the gradient of |xi|^2 / 2")),
            s -> new ConsensusOptimization(s.real("gamma")));

    private final double gamma;

    /** @param gamma γ ≥ 0 */
    public ConsensusOptimization(double gamma) {
        this.gamma = METHOD.check("gamma", gamma);
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        Dual xi = game.simultaneousGradient(w);
        return xi.plus(game.vectorJacobianProduct(w, xi).times(gamma));
    }

    @Override
    public String toString() {
        return "consensus(gamma=" + gamma + ")";
    }
}
