package io.github.gamedyn.momentum;

/**
 * Gradient descent, \(\omega \leftarrow \omega - \alpha g\). With g = ξ, simultaneous: the map
 * \(F(\omega) = \omega - \alpha\xi(\omega)\) with Jacobian \(I - \alpha\hat H\); at a fixed point
 * each eigenvalue λ of Ĥ gives the eigenvalue \(1 - \alpha\lambda\).
 */
final class GradientDescent extends BaseRule {
    private final double alpha;

    GradientDescent(int dimension, double alpha) {
        super(dimension);
        this.alpha = alpha;
    }

    @Override
    int buffers() {
        return 0;
    }

    @Override
    void update(double[] state, double[] g, int from, int to) {
        for (int c = from; c < to; c++) {
            state[c] = state[c] - alpha * g[c];
        }
    }

    @Override
    void partials(double[] state, double g, int c, double[] dState, double[] dG) {
        dState[0] = 1;
        dG[0] = -alpha;
    }
}
