package io.github.gamedyn.plots.figures;

import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallGan;

/**
 * Training of the zoo's small GAN on the ring of 8 Gaussians for the complex-momentum figures, in
 * fixed-batch mode (a deterministic game: the same seeded batch of data and noise at every step),
 * from the seeded initialisation.
 */
final class GanTraining {
    static final int WIDTH = 16;
    /** The width of the quick (smoke-run) versions. */
    static final int QUICK_WIDTH = 4;
    static final int BATCH = 128;

    private GanTraining() {
    }

    /** The GAN every figure trains (hidden width 4 in quick versions). */
    static SmallGan gan(boolean quick) {
        int width = quick ? QUICK_WIDTH : WIDTH;
        return SmallGan.builder().generatorWidth(width).discriminatorWidth(width).batch(BATCH)
                .build();
    }

    /** The parameters after {@code steps} steps of {@code spec} from the initialisation. */
    static double[] train(SmallGan gan, OptimizerSpec spec, int steps) {
        Optimizer opt = spec.create(gan.game(), gan.initialPoint());
        for (int t = 0; t < steps; t++) {
            opt.step();
        }
        return opt.parameters();
    }
}
