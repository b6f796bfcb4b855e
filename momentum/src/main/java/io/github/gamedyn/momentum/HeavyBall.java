package io.github.gamedyn.momentum;

/**
 * Polyak's heavy-ball momentum, \(b \leftarrow \beta b + g\), \(\omega \leftarrow \omega -
 * \alpha b\), for any real \(\beta \in (-1, 1)\); \(\beta \lt 0\) is the negative momentum of Gidel
 * et al., "Negative momentum for improved game dynamics" (AISTATS 2019).
 *
 * <p>Linearised with g = ξ at a fixed point, each eigenvalue λ of Ĥ gives the two roots of
 * \(z^2 - (1 + \beta - \alpha\lambda)z + \beta = 0\).
 */
final class HeavyBall extends BaseRule {
    private final double alpha;
    private final double beta;

    HeavyBall(int dimension, double alpha, double beta) {
        super(dimension);
        this.alpha = alpha;
        this.beta = beta;
    }

    @Override
    int buffers() {
        return 1;
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        for (int c = from; c < to; c++) {
            double b = beta * state[d + c] + g[c];
            state[d + c] = b;
            state[c] = state[c] - alpha * b;
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        // rows (ω', b'), columns (ω, b)
        dState[0] = 1;
        dState[1] = -alpha * beta;
        dState[2] = 0;
        dState[3] = beta;
        dG[0] = -alpha;
        dG[1] = 1;
    }
}
