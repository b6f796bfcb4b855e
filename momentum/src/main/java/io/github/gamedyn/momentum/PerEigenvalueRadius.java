package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * The spectral radius of a spec whose method has a {@link PerEigenvalueForm}, from the spectrum
 * of Ĥ alone: simultaneous schedule, and a field only on gradient descent (its form is its ρ
 * there). The forms of this module, per eigenvalue λ of Ĥ:
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

    /** The form that gives ρ of this spec, or null. */
    static PerEigenvalueForm form(OptimizerSpec spec) {
        if (spec.schedule() != Schedule.SIMULTANEOUS) {
            return null;
        }
        if (spec.method().kind() == OptimizerMethod.Kind.FIELD
                && spec.base() != GradientDescent.METHOD) {
            return null;
        }
        return spec.method().perEigenvalueForm().orElse(null);
    }

    /** Whether the spec has a per-eigenvalue path. */
    public static boolean supports(OptimizerSpec spec) {
        return form(spec) != null;
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
        PerEigenvalueForm form = form(spec);
        if (form == null) {
            throw new IllegalArgumentException("spec = " + spec + "; allowed: a method with a "
                    + "per-eigenvalue form (" + supported() + "), simultaneous, a field on gd");
        }
        List<String> names = form.hyperparameters();
        double[] hRe = new double[names.size()];
        double[] hIm = new double[names.size()];
        for (int h = 0; h < hRe.length; h++) {
            Complex z = spec.value(names.get(h));
            hRe[h] = z.getReal();
            hIm[h] = z.getImaginary();
        }
        double[] upper = new double[im.length];
        for (int k = 0; k < upper.length; k++) {
            upper[k] = Math.abs(im[k]);
        }
        return form.kernel().spectralRadius(hRe, hIm, re, upper);
    }

    private static String supported() {
        StringBuilder b = new StringBuilder();
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            if (m.perEigenvalueForm().isPresent()) {
                b.append(b.length() == 0 ? "" : ", ").append(m.specName());
            }
        }
        return b.toString();
    }
}
