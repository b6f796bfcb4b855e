package io.github.gamedyn.momentum;

/**
 * Adam (Kingma and Ba, ICLR 2015): \(m \leftarrow \beta_1 m + (1-\beta_1)g\),
 * \(v \leftarrow \beta_2 v + (1-\beta_2)g^2\), \(\hat m = m/(1-\beta_1^t)\),
 * \(\hat v = v/(1-\beta_2^t)\), \(\omega \leftarrow \omega - \alpha\hat m/(\sqrt{\hat v} +
 * \varepsilon)\).
 *
 * <p>The powers \(\beta_1^t, \beta_2^t\) are shared scalars of the augmented state (starting at
 * 1, multiplied by \(\beta_1, \beta_2\) before each step), which makes the update an autonomous
 * map with an exact Jacobian. Where \(\hat v_c = 0\) the derivative with respect to \(v_c\) is
 * taken as 0 when \(\hat m_c = 0\) (its limit along \(v_c \downarrow 0\)); it is infinite
 * otherwise.
 */
final class Adam extends BaseRule {
    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    Adam(int dimension, double alpha, double beta1, double beta2, double epsilon) {
        super(dimension);
        this.alpha = alpha;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    int buffers() {
        return 2;
    }

    @Override
    int sharedScalars() {
        return 2;
    }

    @Override
    void initialiseShared(double[] state) {
        state[sharedOffset()] = 1;
        state[sharedOffset() + 1] = 1;
    }

    @Override
    double[] sharedMatrix() {
        return new double[] {beta1, 0, 0, beta2};
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        double q1 = 1 - state[sharedOffset()];
        double q2 = 1 - state[sharedOffset() + 1];
        for (int c = from; c < to; c++) {
            double m = beta1 * state[d + c] + (1 - beta1) * g[c];
            double v = beta2 * state[2 * d + c] + (1 - beta2) * g[c] * g[c];
            state[d + c] = m;
            state[2 * d + c] = v;
            state[c] = state[c] - alpha * (m / q1) / (Math.sqrt(v / q2) + epsilon);
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        int d = dimension;
        double q1 = 1 - state[sharedOffset()];
        double q2 = 1 - state[sharedOffset() + 1];
        double m = beta1 * state[d + c] + (1 - beta1) * g;
        double v = beta2 * state[2 * d + c] + (1 - beta2) * g * g;
        double mHat = m / q1;
        double vHat = v / q2;
        double den = Math.sqrt(vHat) + epsilon;
        double dUdm = 1 / (q1 * den);
        double dUdvHat = mHat == 0 ? 0 : -mHat / (den * den * 2 * Math.sqrt(vHat));
        // rows (ω', m', v'), columns (ω, m, v, β1^t, β2^t)
        java.util.Arrays.fill(dState, 0);
        dState[0] = 1;
        dState[1] = -alpha * dUdm * beta1;
        dState[2] = -alpha * dUdvHat * beta2 / q2;
        dState[3] = -alpha * m / (q1 * q1 * den);
        dState[4] = -alpha * dUdvHat * v / (q2 * q2);
        dState[6] = beta1;
        dState[12] = beta2;
        dG[0] = -alpha * (dUdm * (1 - beta1) + dUdvHat * 2 * (1 - beta2) * g / q2);
        dG[1] = 1 - beta1;
        dG[2] = 2 * (1 - beta2) * g;
    }
}
