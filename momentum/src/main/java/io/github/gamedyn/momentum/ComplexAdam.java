package io.github.gamedyn.momentum;

/**
 * Complex Adam (Lorraine, Acuna, Vicol, Duvenaud, AISTATS 2022, §3.3): Adam whose first-moment
 * decay \(\beta_1\) is complex, \(|\beta_1| &lt; 1\), with a real second moment:
 * <pre>
 *   m ← β₁ m + (1 − β₁) g                 (complex)
 *   v ← β₂ v + (1 − β₂) g²                (real)
 *   ω ← ω − α Re(m̂) / (√v̂ + ε)
 * </pre>
 * <b>Bias correction:</b> \(\hat m = m/(1 - \beta_1^t)\) with the complex power \(\beta_1^t\) and
 * complex division, \(\hat v = v/(1 - \beta_2^t)\). This is the correction that makes
 * \(\hat m\) an average with weights summing to one, \(\sum_{k=0}^{t-1}(1-\beta_1)\beta_1^k = 1 -
 * \beta_1^t\), so a constant gradient g gives \(\hat m = g\) exactly, as for Adam.
 *
 * <p>State: ω, Re m, Im m, v, then the shared powers \(\Re\beta_1^t, \Im\beta_1^t, \beta_2^t\).
 * Complex products are written so that a real \(\beta_1\) adds exact zeros, and the division
 * uses Smith's algorithm, which divides by the real denominator directly when its imaginary part
 * is 0: with real \(\beta_1\) the parameters follow {@link Adam} bit for bit.
 */
final class ComplexAdam extends BaseRule {
    private final double alpha;
    private final double betaRe;
    private final double betaIm;
    private final double beta2;
    private final double epsilon;

    ComplexAdam(int dimension, double alpha, double betaRe, double betaIm, double beta2,
            double epsilon) {
        super(dimension);
        this.alpha = alpha;
        this.betaRe = betaRe;
        this.betaIm = betaIm;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    int buffers() {
        return 3;
    }

    @Override
    int sharedScalars() {
        return 3;
    }

    @Override
    void initialiseShared(double[] state) {
        int o = sharedOffset();
        state[o] = 1;
        state[o + 1] = 0;
        state[o + 2] = 1;
    }

    @Override
    double[] sharedMatrix() {
        return new double[] {betaRe, -betaIm, 0, betaIm, betaRe, 0, 0, 0, beta2};
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        int o = sharedOffset();
        double qRe = 1 - state[o];
        double qIm = -state[o + 1];
        double q2 = 1 - state[o + 2];
        for (int c = from; c < to; c++) {
            double mRe = state[d + c];
            double mIm = state[2 * d + c];
            double newRe = (betaRe * mRe - betaIm * mIm) + (1 - betaRe) * g[c];
            double newIm = (betaIm * mRe + betaRe * mIm) - betaIm * g[c];
            double v = beta2 * state[3 * d + c] + (1 - beta2) * g[c] * g[c];
            state[d + c] = newRe;
            state[2 * d + c] = newIm;
            state[3 * d + c] = v;
            double mHat = realPartOfQuotient(newRe, newIm, qRe, qIm);
            state[c] = state[c] - alpha * mHat / (Math.sqrt(v / q2) + epsilon);
        }
    }

    /** Re(a/b) by Smith's algorithm. */
    private static double realPartOfQuotient(double aRe, double aIm, double bRe, double bIm) {
        if (Math.abs(bIm) <= Math.abs(bRe)) {
            double r = bIm / bRe;
            return (aRe + aIm * r) / (bRe + bIm * r);
        }
        double r = bRe / bIm;
        return (aRe * r + aIm) / (bRe * r + bIm);
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        int d = dimension;
        int o = sharedOffset();
        double qRe = 1 - state[o];
        double qIm = -state[o + 1];
        double q2 = 1 - state[o + 2];
        double mRe = state[d + c];
        double mIm = state[2 * d + c];
        double newRe = (betaRe * mRe - betaIm * mIm) + (1 - betaRe) * g;
        double newIm = (betaIm * mRe + betaRe * mIm) - betaIm * g;
        double v = beta2 * state[3 * d + c] + (1 - beta2) * g * g;
        double norm = qRe * qRe + qIm * qIm;
        double wRe = qRe / norm;
        double wIm = -qIm / norm;
        double rRe = newRe * wRe - newIm * wIm;
        double rIm = newRe * wIm + newIm * wRe;
        double rwRe = rRe * wRe - rIm * wIm;
        double rwIm = rRe * wIm + rIm * wRe;
        double vHat = v / q2;
        double den = Math.sqrt(vHat) + epsilon;
        // u = Re(r)/den; Re r is linear in (Re m', Im m') with coefficients (Re w, −Im w)
        double dUdRe = wRe / den;
        double dUdIm = -wIm / den;
        double dUdvHat = rRe == 0 ? 0 : -rRe / (den * den * 2 * Math.sqrt(vHat));
        // rows (ω', Re m', Im m', v'), columns (ω, Re m, Im m, v, Re β₁ᵗ, Im β₁ᵗ, β₂ᵗ)
        java.util.Arrays.fill(dState, 0);
        dState[0] = 1;
        dState[1] = -alpha * (dUdRe * betaRe + dUdIm * betaIm);
        dState[2] = -alpha * (-dUdRe * betaIm + dUdIm * betaRe);
        dState[3] = -alpha * dUdvHat * beta2 / q2;
        // d r / d β₁ᵗ = r w (since q = 1 − β₁ᵗ)
        dState[4] = -alpha * rwRe / den;
        dState[5] = -alpha * (-rwIm) / den;
        dState[6] = -alpha * dUdvHat * v / (q2 * q2);
        dState[7 + 1] = betaRe;
        dState[7 + 2] = -betaIm;
        dState[14 + 1] = betaIm;
        dState[14 + 2] = betaRe;
        dState[21 + 3] = beta2;
        dG[0] = -alpha * (dUdRe * (1 - betaRe) - dUdIm * betaIm
                + dUdvHat * 2 * (1 - beta2) * g / q2);
        dG[1] = 1 - betaRe;
        dG[2] = -betaIm;
        dG[3] = 2 * (1 - beta2) * g;
    }
}
