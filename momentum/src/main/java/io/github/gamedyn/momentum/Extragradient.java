package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Extragradient (Korpelevich 1976; for games Gidel et al., ICLR 2019): a field evaluated at an
 * extrapolated point, \(g(\omega) = f(\omega - \eta f(\omega))\) with extrapolation step η, for
 * f = ξ (the catalogue entry) or any inner field; twice the inner field's gradient evaluations.
 * With gradient descent as base rule and f = ξ this is \(\omega \leftarrow \omega -
 * \alpha\xi(\omega - \eta\xi(\omega))\), one step size when η = α; linearised at a fixed point
 * each eigenvalue λ of Ĥ gives \(1 - \alpha\lambda + \alpha\eta\lambda^2\) (the per-eigenvalue
 * form on gradient descent). η = 0 is gradient descent at twice the cost.
 */
public final class Extragradient implements GradientField {
    /** The catalogue entry {@code extragradient}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("extragradient",
            "gradient at w - extrapolation xi(w)",
            List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("extrapolation",
                    new Complex(0.1, 0), Hyperparameter.Domain.NONNEGATIVE_REAL,
                    "extrapolation step; default alpha (one step size, Korpelevich)", "alpha")),
            s -> new Extragradient(s.real("extrapolation")))
            .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha", "extrapolation"),
                    Extragradient::spectralRadius));

    private final double extrapolation;
    private final GradientField inner;

    /** Extragradient on ξ. @param extrapolation η ≥ 0 */
    public Extragradient(double extrapolation) {
        this(extrapolation, GradientField.SIMULTANEOUS_GRADIENT);
    }

    /**
     * Extragradient on another field, e.g. LOLA's.
     *
     * @param extrapolation η ≥ 0
     * @param inner the field f evaluated at both points
     */
    public Extragradient(double extrapolation, GradientField inner) {
        this.extrapolation = METHOD.check("extrapolation", extrapolation);
        this.inner = inner;
    }

    @Override
    public int evaluations() {
        return 2 * inner.evaluations();
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        Dual ahead = w.minus(inner.direction(game, w).times(extrapolation));
        return inner.direction(game, ahead);
    }

    /** \(\max_\lambda|1 - \alpha\lambda + \alpha\eta\lambda^2|\). */
    static double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm) {
        double alpha = re[0];
        double alphaEta = alpha * re[1];
        double max = 0;
        for (int k = 0; k < eigRe.length; k++) {
            double lIm = eigIm[k];
            double l2Re = eigRe[k] * eigRe[k] - lIm * lIm;
            double l2Im = 2 * eigRe[k] * lIm;
            double x = 1 - alpha * eigRe[k] + alphaEta * l2Re;
            double y = -alpha * lIm + alphaEta * l2Im;
            max = Math.max(max, x * x + y * y);
        }
        return Math.sqrt(max);
    }

    @Override
    public String toString() {
        return "extragradient(extrapolation=" + extrapolation + ")";
    }
}
