package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.size.SizeGuard;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A GAN of two MLPs on a {@link GanData} set, by default a {@link GaussianMixture}: the "small GAN" of the complex momentum paper
 * (Lorraine, Acuna, Vicol, Duvenaud; AISTATS 2022) and of the GRR paper, after the 8-Gaussian
 * ring of Metz et al., "Unrolled generative adversarial networks" (ICLR 2017).
 *
 * <p>Generator \(G\): an {@link Mlp} from noise \(z \sim N(0, I_2)\) through two tanh hidden
 * layers (width 16 by default) to the data space (\(\mathbb{R}^2\) for the ring, \(\mathbb{R}\) for
 * the line, \(\mathbb{R}^{64}\) for {@link DigitImages}). Wide hidden layers make it network-sized:
 * \(2w^2 + 11w + 3\) parameters on the ring (w = 220: 99 223; w = 705: 1 001 808) and
 * \(2w^2 + 135w + 65\) on the digits (w = 190: 97 915; w = 675: 1 002 440). Discriminator \(D\): an MLP from the data space through two tanh hidden layers to a
 * logit. Players in order: generator, discriminator. On a batch of \(n\) data points \(x_r\) and
 * \(n\) noise samples \(z_r\):
 * \[ L_D = -\tfrac1n\sum_r \log\sigma(D(x_r)) - \tfrac1n\sum_r \log(1 - \sigma(D(G(z_r)))),\qquad
 *    L_G = -\tfrac1n\sum_r \log\sigma(D(G(z_r))) \]
 * (the non-saturating generator loss; \(\log(1-\sigma(t))\) is evaluated as \(\log\sigma(-t)\)).
 *
 * <p>Two modes:
 * <ul>
 *   <li><b>fixed batch</b>, {@link #game()}: one seeded sample of data and noise, so the losses
 *       are deterministic functions of ω and ξ, Ĥ, spectra and Lyapunov exponents are those of
 *       one differentiable game;</li>
 *   <li><b>minibatch</b>, {@link #gameAtStep(long)}: a fresh seeded sample for every training
 *       step t ({@code gameAtStep(0)} is the fixed-batch game);</li>
 *   <li><b>minibatch, recorded once</b>, {@link #minibatchGame()}: the same losses with the batch
 *       read from a third block of ω, the {@linkplain #minibatch(long) minibatch of step t}
 *       written there before step t, so that one recorded and compiled program serves every
 *       step (a game per step records and compiles its program again, which costs several
 *       times the step itself); for training, with
 *       {@code MinibatchTraining.run(spec, gan.minibatchGame(), gan::minibatch, ...)} of the
 *       momentum module.</li>
 * </ul>
 * Everything random derives from one seed: the batch of step t from stream t, the initial
 * parameters ({@link #initialPoint()}, LeCun normal weights, zero biases) from a separate stream.
 *
 * <pre>{@code
 * SmallGan gan = SmallGan.builder().data(GaussianMixture.ring()).seed(3).build();
 * Game g = gan.game();
 * double[] w = gan.initialPoint();
 * GaussianMixture.SampleQuality q = gan.quality(w, 2000, 1);
 * }</pre>
 */
public final class SmallGan {
    /** Dimension of the generator's noise. */
    public static final int NOISE_DIMENSION = 2;

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("small-gan",
            "small GAN (MLPs with 2 tanh hidden layers) on a mixture of Gaussians, fixed batch; "
                    + "default point: the seeded initialisation",
            List.of(new GameParameter("data", "ring", "ring (8 Gaussians on a circle of radius "
                            + "2, σ = 0.05, in ℝ²), line (4 Gaussians at −3, −1, 1, 3, σ = 0.05) or "
                            + "digits (8×8 digit-like images, in ℝ⁶⁴)"),
                    new GameParameter("width", "16", "hidden width of both networks (≥ 1)"),
                    new GameParameter("batch", "256", "data and noise samples in the batch (≥ 1)"),
                    new GameParameter("seed", "0", "seed of the batch and of the initialisation"),
                    new GameParameter("step", "0", "which seeded batch: 0 is the fixed batch, "
                            + "t the minibatch of training step t")),
            spec -> {
                GanData data = switch (spec.choice("data", List.of("ring", "line", "digits"))) {
                    case "ring" -> GaussianMixture.ring();
                    case "line" -> GaussianMixture.line();
                    default -> new DigitImages();
                };
                int width = spec.integer("width", 1);
                int batch = spec.integer("batch", 1);
                requireFits("width = " + width + ", batch = " + batch, data.dimension(), width,
                        width, batch);
                return builder().data(data).generatorWidth(width).discriminatorWidth(width)
                        .batch(batch).seed(spec.seed("seed")).build()
                        .gameAtStep(spec.integer("step", 0));
            });

    /** The name of the third player of {@link #minibatchGame()}. */
    public static final String MINIBATCH = "minibatch";

    /** Generator samples and their seed of the game's {@link ModeCoverage} behaviour. */
    static final int BEHAVIOUR_SAMPLES = 1000;
    static final long BEHAVIOUR_SEED = 7;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final GanData data;
    private final Mlp generator;
    private final Mlp discriminator;
    private final int batch;
    private final long seed;

    private SmallGan(Builder b) {
        requireFits("generatorWidth = " + b.generatorWidth + ", discriminatorWidth = "
                + b.discriminatorWidth + ", batch = " + b.batch, b.data.dimension(),
                b.generatorWidth, b.discriminatorWidth, b.batch);
        this.data = b.data;
        this.generator = new Mlp(NOISE_DIMENSION, b.generatorWidth, b.generatorWidth,
                b.data.dimension());
        this.discriminator = new Mlp(b.data.dimension(), b.discriminatorWidth,
                b.discriminatorWidth, 1);
        this.batch = b.batch;
        this.seed = b.seed;
    }

    /**
     * Checks that the networks and one evaluation of the losses fit: ω (every weight and bias)
     * in one array, and ω with its tape copies, the batch and the hidden activations with their
     * adjoints (about 24 per sample and hidden unit) in the free heap.
     */
    static void requireFits(String subject, int dataDimension, int generatorWidth,
            int discriminatorWidth, int batch) {
        // generator 2 → w → w → dim, discriminator dim → w → w → 1: weights and biases
        long g = SizeGuard.sum(SizeGuard.product(generatorWidth,
                (long) NOISE_DIMENSION + 2 + generatorWidth + dataDimension), dataDimension);
        long d = SizeGuard.sum(SizeGuard.product(discriminatorWidth,
                (long) dataDimension + 3 + discriminatorWidth), 1);
        long parameters = SizeGuard.sum(g, d);
        long layer = SizeGuard.product(batch, Math.max(generatorWidth, discriminatorWidth));
        long doubles = SizeGuard.sum(SizeGuard.product(3, parameters), SizeGuard.product(24, layer),
                SizeGuard.product(2, batch, (long) dataDimension + NOISE_DIMENSION));
        SizeGuard.require(subject, "the networks (" + parameters + " parameters) and one "
                + "evaluation of the losses", Math.max(parameters, layer),
                SizeGuard.product(doubles, Double.BYTES));
    }

    /** Starts a configuration: ring data, widths 16, batch 256, seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** The data distribution. */
    public GanData data() {
        return data;
    }

    /** The data as a Gaussian mixture, for mode coverage and sample quality. */
    GaussianMixture mixture() {
        if (data instanceof GaussianMixture mixture) {
            return mixture;
        }
        throw new IllegalStateException("the data of this GAN, " + data.label()
                + ", is not a Gaussian mixture; modes and sample quality are defined for Gaussian mixtures");
    }

    /** The number of generator parameters (the first block of ω). */
    public int generatorSize() {
        return generator.size();
    }

    /** The number of discriminator parameters (the second block of ω). */
    public int discriminatorSize() {
        return discriminator.size();
    }

    /** The batch size n. */
    public int batch() {
        return batch;
    }

    /** The fixed-batch game: deterministic, for Jacobian, spectrum and Lyapunov analysis. */
    public Game game() {
        return gameAtStep(0);
    }

    /**
     * The game on the seeded batch of training step {@code t}: minibatch training calls this with
     * t = 0, 1, 2, ... and takes one step on each.
     *
     * @param t the step, ≥ 0
     */
    public Game gameAtStep(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("t = " + t + "; allowed: ≥ 0");
        }
        Batch b = batch(t);
        int n = batch;
        int dim = data.dimension();
        Game.Builder game = Game.builder("small-gan(" + data.label() + ", n=" + n
                        + ", seed=" + seed + (t == 0 ? ")" : ", step " + t + ")"))
                .player("generator", generator.size())
                .player("discriminator", discriminator.size())
                .losses(tape -> losses(tape.block(0), tape.block(1),
                        tape.constant(n, NOISE_DIMENSION, b.noise), tape.constant(n, dim, b.data)))
                .defaultPoint(initialPoint());
        if (data instanceof GaussianMixture) {
            game.behaviour(new ModeCoverage(this, BEHAVIOUR_SAMPLES, BEHAVIOUR_SEED));
        }
        return game.build();
    }

    /**
     * The minibatch game recorded once: players generator, discriminator and
     * {@value #MINIBATCH}, whose block is a batch as {@link #minibatch(long)} lays it out and
     * whose loss is identically 0, so that ξ vanishes on it. At \((\theta, \psi,
     * \text{minibatch}(t))\) its losses and ξ are those of {@link #gameAtStep(long) gameAtStep(t)}
     * at \((\theta, \psi)\), bit for bit, for every t and every seed. Rules that move each
     * coordinate by its own component of ξ (gradient descent, heavy ball, complex momentum, Adam,
     * complex Adam) never move the minibatch block; the momentum module's
     * {@code MinibatchTraining} writes step t's batch there before step t. For training only:
     * analyse the {@link #game() fixed-batch game}.
     */
    public Game minibatchGame() {
        int n = batch;
        int dim = data.dimension();
        double[] start = Arrays.copyOf(initialPoint(),
                generator.size() + discriminator.size() + minibatchSize());
        System.arraycopy(minibatch(0), 0, start, generator.size() + discriminator.size(),
                minibatchSize());
        return Game.builder("small-gan(" + data.label() + ", n=" + n + ", seed=" + seed
                        + ", minibatch as parameters)")
                .player("generator", generator.size())
                .player("discriminator", discriminator.size())
                .player(MINIBATCH, minibatchSize())
                .losses(tape -> {
                    Var b = tape.block(2);
                    Var[] gd = losses(tape.block(0), tape.block(1),
                            b.slice(n * dim, n, NOISE_DIMENSION), b.slice(0, n, dim));
                    return new Var[] {gd[0], gd[1], tape.constant(0)};
                })
                .defaultPoint(start)
                .build();
    }

    /**
     * The batch of step t as the {@value #MINIBATCH} block of {@link #minibatchGame()}: the n
     * data points (n × data dimension, row-major), then the n noise samples (n × 2).
     *
     * @param t the step, ≥ 0
     */
    public double[] minibatch(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("t = " + t + "; allowed: ≥ 0");
        }
        Batch b = batch(t);
        double[] block = Arrays.copyOf(b.data, minibatchSize());
        System.arraycopy(b.noise, 0, block, b.data.length, b.noise.length);
        return block;
    }

    /** n (data dimension + noise dimension), the length of {@link #minibatch(long)}. */
    private int minibatchSize() {
        return batch * (data.dimension() + NOISE_DIMENSION);
    }

    /** \((L_G, L_D)\) on noise z (n × 2) and data x (n × dim). */
    private Var[] losses(Var theta, Var psi, Var z, Var x) {
        Var fake = generator.forward(theta, z);
        Var realLogits = discriminator.forward(psi, x);
        Var fakeLogits = discriminator.forward(psi, fake);
        Var lossD = realLogits.logSigmoid().mean()
                .plus(fakeLogits.negate().logSigmoid().mean()).negate();
        Var lossG = fakeLogits.logSigmoid().mean().negate();
        return new Var[] {lossG, lossD};
    }

    /** The seeded initial parameters ω₀ (generator block, then discriminator block). */
    public double[] initialPoint() {
        return initialPoint(seed);
    }

    /** Initial parameters from another seed, for restarts. */
    public double[] initialPoint(long initSeed) {
        double[] w = new double[generator.size() + discriminator.size()];
        SplittableRandom rng = new SplittableRandom(streamSeed(initSeed, -1));
        generator.initialise(w, 0, rng);
        discriminator.initialise(w, generator.size(), rng);
        return w;
    }

    /**
     * {@code n} generator samples \(G(z)\), \(z \sim N(0, I_2)\) seeded.
     *
     * @param w the joint parameters. Not modified.
     * @return n × data dimension, row-major
     */
    public double[] generate(double[] w, int n, long sampleSeed) {
        checkPoint(w);
        checkCount(n);
        SplittableRandom rng = new SplittableRandom(sampleSeed);
        double[] z = new double[n * NOISE_DIMENSION];
        for (int i = 0; i < z.length; i++) {
            z[i] = GaussianSampler.next(rng);
        }
        return generator.forward(w, 0, z, n);
    }

    /** {@code n} seeded samples of the data, n × data dimension, row-major. */
    public double[] sampleData(int n, long sampleSeed) {
        checkCount(n);
        return data.sample(n, new SplittableRandom(sampleSeed));
    }

    /**
     * The discriminator's logits \(D(x)\) at given points.
     *
     * @param w the joint parameters. Not modified.
     * @param points n × data dimension, row-major. Not modified.
     */
    public double[] discriminate(double[] w, double[] points) {
        checkPoint(w);
        int dim = data.dimension();
        if (points.length == 0 || points.length % dim != 0) {
            throw new IllegalArgumentException("points has length " + points.length
                    + "; allowed: a positive multiple of the data dimension " + dim);
        }
        return discriminator.forward(w, generator.size(), points, points.length / dim);
    }

    /**
     * Modes covered and high-quality share of {@code n} generator samples.
     *
     * @throws IllegalStateException if the data is not a {@link GaussianMixture}
     */
    public GaussianMixture.SampleQuality quality(double[] w, int n, long sampleSeed) {
        return mixture().quality(generate(w, n, sampleSeed));
    }

    /** The data and noise of step t. */
    Batch batch(long t) {
        SplittableRandom rng = new SplittableRandom(streamSeed(seed, t));
        double[] x = data.sample(batch, rng);
        double[] z = new double[batch * NOISE_DIMENSION];
        for (int i = 0; i < z.length; i++) {
            z[i] = GaussianSampler.next(rng);
        }
        return new Batch(x, z);
    }

    /** One batch: data (n × dim) and noise (n × 2), row-major. */
    record Batch(double[] data, double[] noise) {
    }

    /**
     * Seed of stream {@code stream} of a base seed: the splitmix64 finaliser of
     * {@code seed + (stream + 1)·γ}, so that neighbouring seeds and streams do not share
     * {@link SplittableRandom} sequences.
     */
    private static long streamSeed(long base, long stream) {
        long z = base + (stream + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void checkPoint(double[] w) {
        int d = generator.size() + discriminator.size();
        if (w.length != d) {
            throw new IllegalArgumentException("w has length " + w.length
                    + "; this small GAN has dimension " + d);
        }
    }

    private static void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; allowed: ≥ 1");
        }
    }

    /** Configuration of a {@link SmallGan}. */
    public static final class Builder {
        private GanData data = GaussianMixture.ring();
        private int generatorWidth = 16;
        private int discriminatorWidth = 16;
        private int batch = 256;
        private long seed;

        private Builder() {
        }

        /** The data distribution (default {@link GaussianMixture#ring()}). */
        public Builder data(GanData distribution) {
            this.data = Objects.requireNonNull(distribution, "distribution");
            return this;
        }

        /** Width of the generator's two hidden layers (default 16). */
        public Builder generatorWidth(int width) {
            this.generatorWidth = checkWidth("generatorWidth", width);
            return this;
        }

        /** Width of the discriminator's two hidden layers (default 16). */
        public Builder discriminatorWidth(int width) {
            this.discriminatorWidth = checkWidth("discriminatorWidth", width);
            return this;
        }

        /** Data and noise samples per batch (default 256). */
        public Builder batch(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batch = " + n + "; allowed: ≥ 1");
            }
            this.batch = n;
            return this;
        }

        /** The seed of every batch and of the initialisation (default 0). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The configuration. */
        public SmallGan build() {
            return new SmallGan(this);
        }

        private static int checkWidth(String name, int width) {
            if (width < 1) {
                throw new IllegalArgumentException(name + " = " + width + "; allowed: ≥ 1");
            }
            return width;
        }
    }
}
