package io.github.gamedyn.momentum;

import java.util.List;

/**
 * Gradient descent, \(\omega \leftarrow \omega - \alpha g\). With g = ξ, simultaneous: the map
 * \(F(\omega) = \omega - \alpha\xi(\omega)\) with Jacobian \(I - \alpha\hat H\); at a fixed point
 * each eigenvalue λ of Ĥ gives the eigenvalue \(1 - \alpha\lambda\).
 */
public final class GradientDescent implements BaseRule {
    /** The catalogue entry {@code gd}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("gd",
            "gradient descent, w <- w - alpha g", List.of(Hyperparameter.stepSize(0.1)),
            s -> new GradientDescent(s.real("alpha")))
            .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha"),
                    GradientDescent::spectralRadius));

    private final double alpha;

    /** @param alpha the step size, &gt; 0 */
    public GradientDescent(double alpha) {
        this.alpha = METHOD.check("alpha", alpha);
    }

    @Override
    public int buffers() {
        return 0;
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        return Coordinates.of(current.parameters().minus(g.times(alpha)));
    }

    /** \(\max_\lambda|1 - \alpha\lambda|\). */
    static double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm) {
        double alpha = re[0];
        double max = 0;
        for (int k = 0; k < eigRe.length; k++) {
            double x = 1 - alpha * eigRe[k];
            double y = alpha * eigIm[k];
            max = Math.max(max, x * x + y * y);
        }
        return Math.sqrt(max);
    }

    @Override
    public String toString() {
        return "gd(alpha=" + alpha + ")";
    }
}
