package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron \(\mathbb{R}^{n_0} \to \mathbb{R}^{n_L}\) with tanh hidden layers and a
 * linear output, \(h_{l+1} = \tanh(h_l W_l + b_l)\), evaluated on a batch of row vectors. Its
 * parameters are one flat vector, layer by layer: \(W_l\) (\(n_l \times n_{l+1}\), row-major),
 * then \(b_l\) (\(n_{l+1}\)).
 *
 * <p>The same network is evaluated on a {@link Tape} (for the game's losses) and on plain arrays
 * (for sampling); the two agree to rounding.
 */
final class Mlp {
    private final int[] sizes;
    private final int[] offsets;

    /** @param sizes layer widths \(n_0, \dots, n_L\), at least two, each ≥ 1. Not modified. */
    Mlp(int... sizes) {
        this.sizes = sizes.clone();
        this.offsets = new int[sizes.length];
        for (int l = 0; l + 1 < sizes.length; l++) {
            offsets[l + 1] = offsets[l] + sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
    }

    /** Number of parameters. */
    int size() {
        return offsets[sizes.length - 1];
    }

    int inputs() {
        return sizes[0];
    }

    int outputs() {
        return sizes[sizes.length - 1];
    }

    /**
     * The outputs (batch × n_L) for inputs (batch × n_0) on a tape.
     *
     * @param params the parameters, a column of {@link #size()} entries
     * @param input one row per sample
     */
    Var forward(Var params, Var input) {
        Var h = input;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            Var w = params.slice(offsets[l], in, out);
            Var b = params.slice(offsets[l] + in * out, 1, out);
            h = h.dense(w, b);
            if (l + 2 < sizes.length) {
                h = h.tanh();
            }
        }
        return h;
    }

    /**
     * The outputs for {@code n} inputs on plain arrays.
     *
     * @param params the parameters, starting at {@code offset}. Not modified.
     * @param input n × n_0, row-major. Not modified.
     * @return n × n_L, row-major
     */
    double[] forward(double[] params, int offset, double[] input, int n) {
        double[] h = input;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int w = offset + offsets[l];
            int b = w + in * out;
            double[] next = new double[n * out];
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < out; j++) {
                    double s = params[b + j];
                    for (int k = 0; k < in; k++) {
                        s += h[r * in + k] * params[w + k * out + j];
                    }
                    next[r * out + j] = l + 2 < sizes.length ? Math.tanh(s) : s;
                }
            }
            h = next;
        }
        return h;
    }

    /**
     * LeCun initialisation: weights \(N(0, 1/n_l)\), biases 0, written into {@code params} from
     * {@code offset}.
     *
     * @param params Modified.
     */
    void initialise(double[] params, int offset, SplittableRandom rng) {
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double scale = 1 / Math.sqrt(in);
            for (int i = 0; i < in * out; i++) {
                params[offset + offsets[l] + i] = scale * GaussianSampler.next(rng);
            }
        }
    }
}
