package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Complex momentum (Lorraine, Acuna, Vicol, Duvenaud, "Complex Momentum for Optimization in
 * Games", AISTATS 2022, Algorithm 1): \(\mu \leftarrow \beta\mu - g\),
 * \(\omega \leftarrow \omega + \Re(\alpha\mu)\), with \(\beta = |\beta|e^{i\theta}\), \(|\beta| &lt; 1\)
 * and complex α allowed. The complex buffer μ starts at 0 and is stored as two real buffers:
 * <pre>
 *   Re μ' = Re β Re μ − Im β Im μ − g
 *   Im μ' = Im β Re μ + Re β Im μ
 *   ω'    = ω + (Re α Re μ' − Im α Im μ')
 * </pre>
 * Written this way, β = 0 is gradient descent and real (α, β) heavy ball with b = −Re μ, bit for
 * bit; (α, β̄) gives Im μ of opposite sign and the same ω as (α, β) when α is real.
 *
 * <p>Linearised with g = ξ, simultaneous, at a fixed point: in the eigen-coordinates of an
 * eigenvalue λ of Ĥ the state (ω, Re μ, Im μ) moves by
 * \[ M(\lambda) = \begin{pmatrix} 1 - \Re\alpha\,\lambda &amp; \Re(\alpha\beta) &amp; -\Im(\alpha\beta)\\
 *  -\lambda &amp; \Re\beta &amp; -\Im\beta \\ 0 &amp; \Im\beta &amp; \Re\beta \end{pmatrix}, \]
 * whose characteristic polynomial is the cubic
 * \[ z^3 - (1 + 2\Re\beta - \Re\alpha\,\lambda)z^2 + (|\beta|^2 + 2\Re\beta(1 - \Re\alpha\,\lambda)
 *  + \lambda\Re(\alpha\beta))z - |\beta|^2. \]
 * The augmented Jacobian is a 3×3 block matrix of polynomials in Ĥ, so its spectrum is the union
 * over λ of the roots (the per-eigenvalue form). For real α, β the cubic factors as
 * \((z - \beta)(z^2 - (1 + \beta - \alpha\lambda)z + \beta)\): heavy ball plus the decaying Im μ.
 */
public final class ComplexMomentum implements BaseRule {
    /** The catalogue entry {@code complex-momentum}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("complex-momentum",
            "complex momentum, mu <- beta mu - g, w <- w + Re(alpha mu)",
            List.of(new Hyperparameter("alpha", new Complex(0.1, 0),
                            Hyperparameter.Domain.NONZERO_COMPLEX, "step size, complex allowed"),
                    new Hyperparameter("beta", Complex.valueOf(0.9).multiply(
                            new Complex(Math.cos(Math.PI / 8), Math.sin(Math.PI / 8))),
                            Hyperparameter.Domain.OPEN_UNIT_DISC,
                            "complex momentum |beta| e^{i theta}")),
            s -> new ComplexMomentum(s.value("alpha"), s.value("beta")))
            .withPerEigenvalueForm(new PerEigenvalueForm(List.of("alpha", "beta"),
                    ComplexMomentum::spectralRadius));

    private final double alphaRe;
    private final double alphaIm;
    private final double betaRe;
    private final double betaIm;

    /**
     * @param alpha the step size, complex allowed, ≠ 0
     * @param beta the momentum, |β| &lt; 1
     */
    public ComplexMomentum(Complex alpha, Complex beta) {
        METHOD.check("alpha", alpha);
        METHOD.check("beta", beta);
        this.alphaRe = alpha.getReal();
        this.alphaIm = alpha.getImaginary();
        this.betaRe = beta.getReal();
        this.betaIm = beta.getImaginary();
    }

    @Override
    public int buffers() {
        return 2;
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual re = current.buffer(0);
        Dual im = current.buffer(1);
        Dual newRe = Dual.scaledSum(-1, g, betaRe, re, -betaIm, im);
        Dual newIm = Dual.scaledSum(betaIm, re, betaRe, im);
        Dual w = Dual.scaledSum(1, current.parameters(), alphaRe, newRe, -alphaIm, newIm);
        return Coordinates.of(w, newRe, newIm);
    }

    /**
     * The largest root modulus of the cubic over λ, with coefficients
     * a₂ = −(1 + 2Re β) + Re α λ, a₁ = |β|² + 2Re β + λ(Re(αβ) − 2Re β Re α), a₀ = −|β|².
     */
    static double spectralRadius(double[] re, double[] im, double[] eigRe, double[] eigIm) {
        double alphaRe = re[0];
        double alphaIm = im[0];
        double betaRe = re[1];
        double betaIm = im[1];
        double beta2 = betaRe * betaRe + betaIm * betaIm;
        double a2 = -(1 + 2 * betaRe);
        double a1 = beta2 + 2 * betaRe;
        double a1Slope = alphaRe * betaRe - alphaIm * betaIm - 2 * betaRe * alphaRe;
        double max = 0;
        for (int k = 0; k < eigRe.length; k++) {
            max = Math.max(max, PolynomialRoots.maxModulusCubic(a2 + alphaRe * eigRe[k],
                    alphaRe * eigIm[k], a1 + a1Slope * eigRe[k], a1Slope * eigIm[k], -beta2, 0));
        }
        return max;
    }

    @Override
    public String toString() {
        return "complex-momentum(alpha=" + ComplexFormat.format(new Complex(alphaRe, alphaIm))
                + ", beta=" + ComplexFormat.format(new Complex(betaRe, betaIm)) + ")";
    }
}
