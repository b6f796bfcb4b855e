package io.github.gamedyn.plots.figures;

import io.github.gamedyn.momentum.MinibatchTraining;
import io.github.gamedyn.momentum.OptimizerDivergenceException;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.GaussianMixture;
import io.github.gamedyn.zoo.SmallGan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minibatch training of the zoo's small GAN on the ring of 8 Gaussians over seeds, for the
 * complex-momentum figures. Seed k is the GAN of seed k: its initialisation and its stream of
 * minibatches ({@link SmallGan#minibatch}), the same for every rule, so rules are compared on the
 * same draws. Training runs on the one game that reads its minibatch as parameters
 * ({@link SmallGan#minibatchGame()}, compiled once per run instead of once per step); a trained
 * generator is judged by {@value #SAMPLES} samples of seeded noise. Each (rule, seed) is a cell
 * of one job ({@link GanSeedsJob}), so nothing depends on the thread count.
 */
final class GanTraining {
    /** Generator samples per judgement, and their seed. */
    static final int SAMPLES = 2000;
    static final long SAMPLE_SEED = 7;

    /**
     * The size of the GAN and the number of seeds.
     *
     * @param width hidden width of both networks
     * @param batch minibatch size (data and noise samples per step)
     * @param seeds seeds 0 … seeds − 1, ≥ 2
     */
    record Scale(int width, int batch, int seeds) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Validates. */
        Scale {
            if (width < 1 || batch < 1 || seeds < 2) {
                throw new IllegalArgumentException("width = " + width + ", batch = " + batch
                        + ", seeds = " + seeds + "; allowed: width ≥ 1, batch ≥ 1, seeds ≥ 2");
            }
        }

        /** The GAN of seed {@code seed}. */
        SmallGan gan(long seed) {
            return SmallGan.builder().generatorWidth(width).discriminatorWidth(width).batch(batch)
                    .seed(seed).build();
        }

        /** E.g. {@code width 16, minibatch 128, 20 seeds}. */
        String describe() {
            return "width " + width + ", minibatch " + batch + ", " + seeds + " seeds";
        }
    }

    /** The figures' scale: 20 seeds of the width-16 GAN, minibatches of 128. */
    static final Scale FULL = new Scale(16, 128, 20);
    /** The smoke-run scale. */
    static final Scale QUICK = new Scale(4, 64, 4);

    private GanTraining() {
    }

    /**
     * One trained generator.
     *
     * @param seed the GAN's seed
     * @param parameters ω after training (the last finite ω of a diverged run)
     * @param modes modes covered by {@value #SAMPLES} samples; 0 for a diverged run
     * @param highQualityShare their high-quality share; 0 for a diverged run
     * @param divergedAt the step where training diverged, or 0
     */
    record Run(long seed, double[] parameters, int modes, double highQualityShare, int divergedAt)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies the parameters. */
        Run {
            parameters = parameters.clone();
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }
    }

    /** The parameters after {@code steps} minibatch steps of {@code spec} from the initialisation. */
    static double[] train(SmallGan gan, OptimizerSpec spec, int steps) {
        return MinibatchTraining.run(spec, gan.minibatchGame(), gan::minibatch, gan.initialPoint(),
                steps, Math.max(1, steps)).last().parameters();
    }

    /** Trains seed {@code seed} and judges its generator. */
    static Run run(Scale scale, OptimizerSpec spec, int steps, long seed) {
        SmallGan gan = scale.gan(seed);
        try {
            double[] w = train(gan, spec, steps);
            GaussianMixture.SampleQuality q = gan.quality(w, SAMPLES, SAMPLE_SEED);
            return new Run(seed, w, q.modesCovered(), q.highQualityShare(), 0);
        } catch (OptimizerDivergenceException e) {
            double[] last = Arrays.copyOf(e.divergence().lastFiniteState(),
                    gan.generatorSize() + gan.discriminatorSize());
            return new Run(seed, last, 0, 0, e.divergence().step());
        }
    }

    /**
     * Every rule over every seed of {@code scale}, {@code steps} steps each, as one job of
     * rules × seeds cells on {@code threads} threads (the same numbers for every count).
     *
     * @return the rates of each rule, in order
     */
    static List<SeedRates> rates(Scale scale, List<OptimizerSpec> specs, int steps, int threads) {
        int seeds = scale.seeds();
        List<Run> runs = CellRuns.run(new GanSeedsJob(scale,
                specs.stream().map(OptimizerSpec::toString).toList(), steps), threads);
        List<SeedRates> rates = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            rates.add(new SeedRates(specs.get(s), steps, runs.subList(s * seeds, (s + 1) * seeds)));
        }
        return rates;
    }
}
