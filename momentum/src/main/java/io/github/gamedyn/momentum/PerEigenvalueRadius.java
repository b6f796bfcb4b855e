package io.github.gamedyn.momentum;

import org.apache.commons.math3.complex.Complex;

/**
 * The spectral radius of methods whose augmented update at a fixed point is a block matrix of
 * polynomials in Ĥ: its spectrum is the union, over the eigenvalues λ of Ĥ, of the roots of a
 * small characteristic polynomial, so ρ costs microseconds once the spectrum of Ĥ is known.
 * Simultaneous schedule, g = ξ:
 * <table>
 *   <caption>per-eigenvalue characteristic polynomials</caption>
 *   <tr><th>method</th><th>roots z per eigenvalue λ of Ĥ</th></tr>
 *   <tr><td>gradient descent</td><td>\(z = 1 - \alpha\lambda\)</td></tr>
 *   <tr><td>extragradient (on gd), extrapolation η</td><td>\(z = 1 - \alpha\lambda +
 *       \alpha\eta\lambda^2\)</td></tr>
 *   <tr><td>heavy ball</td><td>\(z^2 - (1 + \beta - \alpha\lambda)z + \beta\)</td></tr>
 *   <tr><td>optimistic, optimism β′</td><td>\(z^2 - (1 - (\alpha + \beta')\lambda)z -
 *       \beta'\lambda\)</td></tr>
 *   <tr><td>complex momentum</td><td>\(z^3 - (1 + 2\Re\beta - \Re\alpha\,\lambda)z^2 +
 *       (|\beta|^2 + 2\Re\beta(1 - \Re\alpha\,\lambda) + \lambda\Re(\alpha\beta))z -
 *       |\beta|^2\), derived in {@link ComplexMomentum}</td></tr>
 * </table>
 * For a real matrix Ĥ the eigenvalues come in conjugate pairs and so do the roots; passing both
 * members of a pair is harmless.
 */
public final class PerEigenvalueRadius {

    private PerEigenvalueRadius() {
    }

    /**
     * The hyperparameter besides α that enters the polynomial of {@code method}: β for heavy ball
     * and complex momentum, the extrapolation step η for extragradient, the optimism β′ for
     * optimistic gradient; null for gradient descent.
     */
    static String secondHyperparameter(OptimizerMethod method) {
        switch (method) {
            case HEAVY_BALL:
            case COMPLEX_MOMENTUM:
                return "beta";
            case EXTRAGRADIENT:
                return "extrapolation";
            case OPTIMISTIC:
                return "optimism";
            default:
                return null;
        }
    }

    /** Whether the spec has a per-eigenvalue path. */
    public static boolean supports(OptimizerSpec spec) {
        if (spec.schedule() != Schedule.SIMULTANEOUS) {
            return false;
        }
        switch (spec.method()) {
            case GRADIENT_DESCENT:
            case HEAVY_BALL:
            case COMPLEX_MOMENTUM:
            case OPTIMISTIC:
                return true;
            case EXTRAGRADIENT:
                return spec.base() == OptimizerMethod.GRADIENT_DESCENT;
            default:
                return false;
        }
    }

    /**
     * ρ of the augmented update from the eigenvalues of Ĥ.
     *
     * @param eigenvalues the spectrum of Ĥ at the fixed point. Not modified.
     * @throws IllegalArgumentException if {@link #supports} is false
     */
    public static double spectralRadius(OptimizerSpec spec, Complex[] eigenvalues) {
        double[] re = new double[eigenvalues.length];
        double[] im = new double[eigenvalues.length];
        for (int k = 0; k < re.length; k++) {
            re[k] = eigenvalues[k].getReal();
            im[k] = eigenvalues[k].getImaginary();
        }
        return spectralRadius(spec, re, im);
    }

    /**
     * ρ of the augmented update from the eigenvalues \(\lambda_k = re_k + i\,im_k\) of Ĥ.
     *
     * @param re real parts. Not modified.
     * @param im imaginary parts. Not modified.
     * @throws IllegalArgumentException if {@link #supports} is false
     */
    public static double spectralRadius(OptimizerSpec spec, double[] re, double[] im) {
        if (!supports(spec)) {
            throw new IllegalArgumentException("spec = " + spec + "; allowed: gd, heavy-ball, "
                    + "complex-momentum, optimistic, extragradient (on gd), simultaneous");
        }
        Complex alpha = spec.value("alpha");
        String second = secondHyperparameter(spec.method());
        Complex beta = second == null ? Complex.ZERO : spec.value(second);
        return spectralRadius(spec.method(), alpha.getReal(), alpha.getImaginary(),
                beta.getReal(), beta.getImaginary(), re, im);
    }

    /**
     * ρ for a supported method with its hyperparameters as numbers, allocation-free: the inner
     * loop of {@link RadiusSweep}. {@code beta} is the {@linkplain #secondHyperparameter second
     * hyperparameter} (ignored for gradient descent; only its real part for extragradient and
     * optimistic gradient). Each eigenvalue is taken as \(re_k + i|im_k|\): the coefficients of
     * every polynomial above are real polynomials in λ, so λ̄ gives the conjugate roots and the
     * same moduli.
     */
    static double spectralRadius(OptimizerMethod method, double alphaRe, double alphaIm,
            double betaRe, double betaIm, double[] re, double[] im) {
        double max = 0;
        switch (method) {
            case GRADIENT_DESCENT: {
                for (int k = 0; k < re.length; k++) {
                    double x = 1 - alphaRe * re[k];
                    double y = alphaRe * im[k];
                    max = Math.max(max, x * x + y * y);
                }
                return Math.sqrt(max);
            }
            case EXTRAGRADIENT: {
                // z = 1 − αλ + αηλ², η = betaRe
                double alphaEta = alphaRe * betaRe;
                for (int k = 0; k < re.length; k++) {
                    double lIm = Math.abs(im[k]);
                    double l2Re = re[k] * re[k] - lIm * lIm;
                    double l2Im = 2 * re[k] * lIm;
                    double x = 1 - alphaRe * re[k] + alphaEta * l2Re;
                    double y = -alphaRe * lIm + alphaEta * l2Im;
                    max = Math.max(max, x * x + y * y);
                }
                return Math.sqrt(max);
            }
            case HEAVY_BALL: {
                for (int k = 0; k < re.length; k++) {
                    max = Math.max(max, PolynomialRoots.maxModulusQuadratic(
                            -(1 + betaRe - alphaRe * re[k]), alphaRe * Math.abs(im[k]), betaRe, 0));
                }
                return max;
            }
            case OPTIMISTIC: {
                // z² − (1 − (α + β′)λ)z − β′λ, β′ = betaRe
                double sum = alphaRe + betaRe;
                for (int k = 0; k < re.length; k++) {
                    double lIm = Math.abs(im[k]);
                    max = Math.max(max, PolynomialRoots.maxModulusQuadratic(
                            -(1 - sum * re[k]), sum * lIm, -betaRe * re[k], -betaRe * lIm));
                }
                return max;
            }
            case COMPLEX_MOMENTUM: {
                // a₂ = −(1 + 2Re β) + Re α λ, a₁ = |β|² + 2Re β + λ(Re(αβ) − 2Re β Re α), a₀ = −|β|²
                double beta2 = betaRe * betaRe + betaIm * betaIm;
                double a2 = -(1 + 2 * betaRe);
                double a1 = beta2 + 2 * betaRe;
                double a1Slope = alphaRe * betaRe - alphaIm * betaIm - 2 * betaRe * alphaRe;
                for (int k = 0; k < re.length; k++) {
                    double lIm = Math.abs(im[k]);
                    max = Math.max(max, PolynomialRoots.maxModulusCubic(
                            a2 + alphaRe * re[k], alphaRe * lIm,
                            a1 + a1Slope * re[k], a1Slope * lIm, -beta2, 0));
                }
                return max;
            }
            default:
                throw new IllegalArgumentException("method = " + method.specName()
                        + "; allowed: gd, heavy-ball, complex-momentum, optimistic, extragradient");
        }
    }
}
