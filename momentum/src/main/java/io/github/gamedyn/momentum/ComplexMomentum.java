package io.github.gamedyn.momentum;

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
 * over λ of the roots. For real α, β the cubic factors as \((z - \beta)(z^2 - (1 + \beta -
 * \alpha\lambda)z + \beta)\): heavy ball plus the decaying Im μ.
 */
final class ComplexMomentum extends BaseRule {
    private final double alphaRe;
    private final double alphaIm;
    private final double betaRe;
    private final double betaIm;

    ComplexMomentum(int dimension, double alphaRe, double alphaIm, double betaRe, double betaIm) {
        super(dimension);
        this.alphaRe = alphaRe;
        this.alphaIm = alphaIm;
        this.betaRe = betaRe;
        this.betaIm = betaIm;
    }

    @Override
    int buffers() {
        return 2;
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        int im = 2 * d;
        for (int c = from; c < to; c++) {
            double re = state[d + c];
            double imag = state[im + c];
            double newRe = betaRe * re - betaIm * imag - g[c];
            double newIm = betaIm * re + betaRe * imag;
            state[d + c] = newRe;
            state[im + c] = newIm;
            state[c] = state[c] + (alphaRe * newRe - alphaIm * newIm);
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        // rows (ω', Re μ', Im μ'), columns (ω, Re μ, Im μ)
        dState[0] = 1;
        dState[1] = alphaRe * betaRe - alphaIm * betaIm;
        dState[2] = -alphaRe * betaIm - alphaIm * betaRe;
        dState[3] = 0;
        dState[4] = betaRe;
        dState[5] = -betaIm;
        dState[6] = 0;
        dState[7] = betaIm;
        dState[8] = betaRe;
        dG[0] = -alphaRe;
        dG[1] = -1;
        dG[2] = 0;
    }
}
