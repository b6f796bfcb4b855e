package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Polyak's heavy-ball momentum, \(b \leftarrow \beta b + g\), \(\omega \leftarrow \omega -
 * \alpha b\), for any real \(\beta \in (-1, 1)\); \(\beta \lt 0\) is the negative momentum of Gidel
 * et al., "Negative momentum for improved game dynamics" (AISTATS 2019).
 *
 * <p>Linearised with g = ξ at a fixed point, each eigenvalue λ of Ĥ gives the two roots of
 * \(z^2 - (1 + \beta - \alpha\lambda)z + \beta = 0\).
 */
public final class HeavyBall implements BaseRule {
    /** The catalogue entry {@code heavy-ball}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("heavy-ball",
            "heavy ball, b <- beta b + g, w <- w - alpha b",
            List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("beta", new Complex(0.9, 0),
                    Hyperparameter.Domain.REAL_MOMENTUM,
                    "momentum; negative values are negative momentum")),
            s -> new HeavyBall(s.real("alpha"), s.real("beta")))
            .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha", "beta"),
                    HeavyBall::spectralRadius));

    private final double alpha;
    private final double beta;

    /**
     * @param alpha the step size, &gt; 0
     * @param beta the momentum, in (−1, 1)
     */
    public HeavyBall(double alpha, double beta) {
        this.alpha = METHOD.check("alpha", alpha);
        this.beta = METHOD.check("beta", beta);
    }

    @Override
    public int buffers() {
        return 1;
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual b = Dual.scaledSum(beta, current.buffer(0), 1, g);
        return Coordinates.of(Dual.scaledSum(1, current.parameters(), -alpha, b), b);
    }

    /** The larger root modulus of the quadratic, maximised over λ. */
    static double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm) {
        double alpha = re[0];
        double beta = re[1];
        double max = 0;
        for (int k = 0; k < eigRe.length; k++) {
            max = Math.max(max, PolynomialRoots.maxModulusQuadratic(
                    -(1 + beta - alpha * eigRe[k]), alpha * eigIm[k], beta, 0));
        }
        return max;
    }

    @Override
    public String toString() {
        return "heavy-ball(alpha=" + alpha + ", beta=" + beta + ")";
    }
}
