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
 *   <tr><td>extragradient (on gd)</td><td>\(z = 1 - \alpha\lambda + \alpha^2\lambda^2\)</td></tr>
 *   <tr><td>heavy ball</td><td>\(z^2 - (1 + \beta - \alpha\lambda)z + \beta\)</td></tr>
 *   <tr><td>optimistic</td><td>\(z^2 - (1 - 2\alpha\lambda)z - \alpha\lambda\)</td></tr>
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
        Complex beta = spec.method() == OptimizerMethod.HEAVY_BALL
                || spec.method() == OptimizerMethod.COMPLEX_MOMENTUM ? spec.value("beta") : null;
        double max = 0;
        for (int k = 0; k < re.length; k++) {
            max = Math.max(max, radius(spec.method(), alpha, beta, re[k], im[k]));
        }
        return max;
    }

    private static double radius(OptimizerMethod method, Complex alpha, Complex beta, double lRe,
            double lIm) {
        switch (method) {
            case GRADIENT_DESCENT: {
                double a = alpha.getReal();
                return Math.hypot(1 - a * lRe, -a * lIm);
            }
            case EXTRAGRADIENT: {
                double a = alpha.getReal();
                double alRe = a * lRe;
                double alIm = a * lIm;
                return Math.hypot(1 - alRe + alRe * alRe - alIm * alIm, -alIm + 2 * alRe * alIm);
            }
            case HEAVY_BALL: {
                double a = alpha.getReal();
                double b = beta.getReal();
                return PolynomialRoots.maxModulusQuadratic(-(1 + b - a * lRe), a * lIm, b, 0);
            }
            case OPTIMISTIC: {
                double a = alpha.getReal();
                return PolynomialRoots.maxModulusQuadratic(-(1 - 2 * a * lRe), 2 * a * lIm,
                        -a * lRe, -a * lIm);
            }
            case COMPLEX_MOMENTUM: {
                double ar = alpha.getReal();
                double br = beta.getReal();
                double bi = beta.getImaginary();
                double beta2 = br * br + bi * bi;
                double abRe = ar * br - alpha.getImaginary() * bi;
                double a2Re = -(1 + 2 * br - ar * lRe);
                double a2Im = ar * lIm;
                double a1Re = beta2 + 2 * br * (1 - ar * lRe) + lRe * abRe;
                double a1Im = -2 * br * ar * lIm + lIm * abRe;
                return PolynomialRoots.maxModulusCubic(a2Re, a2Im, a1Re, a1Im, -beta2, 0);
            }
            default:
                throw new AssertionError(method);
        }
    }
}
