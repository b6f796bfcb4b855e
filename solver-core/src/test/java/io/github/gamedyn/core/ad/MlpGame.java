package io.github.gamedyn.core.ad;

import io.github.gamedyn.core.game.Game;
import java.util.SplittableRandom;

/**
 * A two-player MLP test game shaped like a small GAN: a generator 2 → w → w → 2 and a
 * discriminator 2 → w → w → 1 with tanh hidden layers, on a fixed batch of data and noise;
 * \(L_D = -\overline{\log\sigma(D(x))} - \overline{\log(1-\sigma(D(G(z))))}\),
 * \(L_G = -\overline{\log\sigma(D(G(z)))}\). With w = 16 it has 691 parameters.
 */
final class MlpGame {

    private MlpGame() {
    }

    static int layerSize(int in, int out) {
        return in * out + out;
    }

    static int mlpSize(int in, int width, int out) {
        return layerSize(in, width) + layerSize(width, width) + layerSize(width, out);
    }

    /** The game over a fixed seeded batch. */
    static Game create(int width, int batch, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] data = new double[batch * 2];
        double[] noise = new double[batch * 2];
        for (int i = 0; i < data.length; i++) {
            data[i] = rng.nextDouble(-2, 2);
            noise[i] = rng.nextDouble(-1, 1);
        }
        return Game.builder("mlp-test")
                .player("generator", mlpSize(2, width, 2))
                .player("discriminator", mlpSize(2, width, 1))
                .losses(t -> {
                    Var x = t.constant(batch, 2, data);
                    Var z = t.constant(batch, 2, noise);
                    Var fake = mlp(t.block(0), z, width, 2);
                    Var real = mlp(t.block(1), x, width, 1);
                    Var onFake = mlp(t.block(1), fake, width, 1);
                    Var lossD = real.logSigmoid().mean().plus(onFake.negate().logSigmoid().mean())
                            .negate();
                    Var lossG = onFake.logSigmoid().mean().negate();
                    return new Var[] {lossG, lossD};
                })
                .build();
    }

    static Var mlp(Var params, Var input, int width, int out) {
        int[] offset = {0};
        Var h = dense(params, input, 2, width, offset).tanh();
        h = dense(params, h, width, width, offset).tanh();
        return dense(params, h, width, out, offset);
    }

    private static Var dense(Var params, Var input, int in, int out, int[] offset) {
        Var w = params.slice(offset[0], in, out);
        Var b = params.slice(offset[0] + in * out, 1, out);
        offset[0] += layerSize(in, out);
        return input.dense(w, b);
    }
}
