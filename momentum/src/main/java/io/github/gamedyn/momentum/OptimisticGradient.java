package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Optimistic gradient descent (Daskalakis, Ilyas, Syrgkanis, Zeng, "Training GANs with optimism",
 * ICLR 2018) in the two-parameter form of Mokhtari, Ozdaglar and Pattathil (AISTATS 2020):
 * \(\omega_{t+1} = \omega_t - \alpha g_t - \beta'(g_t - g_{t-1})\) with optimism β′; β′ = α is
 * \(\omega_t - \alpha(2g_t - g_{t-1})\), β′ = 0 gradient descent. The buffer p holds
 * \(g_{t-1}\) and starts at 0, so the first step is \(\omega - (\alpha + \beta')g_0\). One
 * gradient evaluation per step.
 *
 * <p>Linearised with g = ξ at a fixed point, each eigenvalue λ of Ĥ gives the roots of
 * \(z^2 - (1 - (\alpha + \beta')\lambda)z - \beta'\lambda = 0\).
 */
public final class OptimisticGradient implements BaseRule {
    /** The catalogue entry {@code optimistic}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("optimistic",
            "optimistic gradient, w <- w - alpha g_t - optimism (g_t - g_{t-1})",
            List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("optimism",
                    new Complex(0.1, 0), Hyperparameter.Domain.NONNEGATIVE_REAL,
                    "weight of the correction g_t - g_{t-1}; 0 is gradient descent, alpha (the "
                            + "default) the optimistic gradient of Daskalakis et al.", "alpha")),
            s -> new OptimisticGradient(s.real("alpha"), s.real("optimism")))
            .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha", "optimism"),
                    OptimisticGradient::spectralRadius));

    private final double alpha;
    private final double optimism;

    /**
     * @param alpha the step size, &gt; 0
     * @param optimism the weight β′ ≥ 0 of the correction
     */
    public OptimisticGradient(double alpha, double optimism) {
        this.alpha = METHOD.check("alpha", alpha);
        this.optimism = METHOD.check("optimism", optimism);
    }

    @Override
    public int buffers() {
        return 1;
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual w = current.parameters().minus(g.times(alpha))
                .minus(g.minus(current.buffer(0)).times(optimism));
        return Coordinates.of(w, g);
    }

    /** The larger root modulus of \(z^2 - (1 - (\alpha + \beta')\lambda)z - \beta'\lambda\). */
    static double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm) {
        double optimism = re[1];
        double sum = re[0] + optimism;
        double max = 0;
        for (int k = 0; k < eigRe.length; k++) {
            max = Math.max(max, PolynomialRoots.maxModulusQuadratic(-(1 - sum * eigRe[k]),
                    sum * eigIm[k], -optimism * eigRe[k], -optimism * eigIm[k]));
        }
        return max;
    }

    @Override
    public String toString() {
        return "optimistic(alpha=" + alpha + ", optimism=" + optimism + ")";
    }
}
