package io.github.gamedyn.momentum;

/**
 * Optimistic gradient descent (Daskalakis, Ilyas, Syrgkanis, Zeng, "Training GANs with optimism",
 * ICLR 2018) in the two-parameter form of Mokhtari, Ozdaglar and Pattathil (AISTATS 2020):
 * \(\omega_{t+1} = \omega_t - \alpha g_t - \beta'(g_t - g_{t-1})\) with optimism β′; β′ = α is
 * \(\omega_t - \alpha(2g_t - g_{t-1})\), β′ = 0 gradient descent. The buffer p holds
 * \(g_{t-1}\) and starts at 0, so the first step is \(\omega - (\alpha + \beta')g_0\).
 *
 * <p>Linearised with g = ξ at a fixed point, each eigenvalue λ of Ĥ gives the roots of
 * \(z^2 - (1 - (\alpha + \beta')\lambda)z - \beta'\lambda = 0\).
 */
final class OptimisticGradient extends BaseRule {
    private final double alpha;
    private final double optimism;

    OptimisticGradient(int dimension, double alpha, double optimism) {
        super(dimension);
        this.alpha = alpha;
        this.optimism = optimism;
    }

    @Override
    int buffers() {
        return 1;
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        int d = dimension;
        for (int c = from; c < to; c++) {
            state[c] = state[c] - alpha * g[c] - optimism * (g[c] - state[d + c]);
            state[d + c] = g[c];
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        // rows (ω', p'), columns (ω, p)
        dState[0] = 1;
        dState[1] = optimism;
        dState[2] = 0;
        dState[3] = 0;
        dG[0] = -(alpha + optimism);
        dG[1] = 1;
    }
}
