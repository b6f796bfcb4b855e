package io.github.gamedyn.momentum;

/**
 * RMSProp (Tieleman and Hinton, 2012): \(v \leftarrow \beta v + (1-\beta)g^2\),
 * \(\omega \leftarrow \omega - \alpha g/(\sqrt v + \varepsilon)\), no bias correction, v starting
 * at 0. Where v = 0 the derivative with respect to v is taken as 0 when g = 0.
 */
final class RmsProp extends BaseRule {
    private final double alpha;
    private final double beta;
    private final double epsilon;

    RmsProp(int dimension, double alpha, double beta, double epsilon) {
        super(dimension);
        this.alpha = alpha;
        this.beta = beta;
        this.epsilon = epsilon;
    }

    @Override
    int buffers() {
        return 1;
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        for (int c = from; c < to; c++) {
            double v = beta * state[d + c] + (1 - beta) * g[c] * g[c];
            state[d + c] = v;
            state[c] = state[c] - alpha * g[c] / (Math.sqrt(v) + epsilon);
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        double v = beta * state[dimension + c] + (1 - beta) * g * g;
        double den = Math.sqrt(v) + epsilon;
        double dUdv = g == 0 ? 0 : -g / (den * den * 2 * Math.sqrt(v));
        // rows (ω', v'), columns (ω, v)
        dState[0] = 1;
        dState[1] = -alpha * dUdv * beta;
        dState[2] = 0;
        dState[3] = beta;
        dG[0] = -alpha * (1 / den + dUdv * 2 * (1 - beta) * g);
        dG[1] = 2 * (1 - beta) * g;
    }
}
