package io.github.gamedyn.zoo;

import java.util.SplittableRandom;

/**
 * A mixture of equally weighted isotropic Gaussians with a common standard deviation: the data of
 * the {@link SmallGan}, and the yardstick of its sample quality.
 *
 * <p>Quality of a set of samples (Metz et al., "Unrolled generative adversarial networks", ICLR
 * 2017; Srivastava et al., VEEGAN, NeurIPS 2017): a sample is <em>high quality</em> when it lies
 * within 3 standard deviations (Euclidean distance ≤ 3σ) of some centre; a mode is <em>covered</em>
 * when at least 1 % of all samples are high-quality samples of it. Exact samples of the mixture are
 * high quality with probability \(1 - e^{-9/2} \approx 0.989\) in two dimensions and
 * 0.9973 in one.
 */
public final class GaussianMixture implements GanData {
    /** Share of the samples a mode needs to count as covered. */
    public static final double COVERAGE_SHARE = 0.01;
    /** Radius of a mode, in standard deviations. */
    public static final double QUALITY_RADIUS = 3;

    private final double[][] centres;
    private final double std;

    private GaussianMixture(double[][] centres, double std) {
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("std = " + std + "; allowed: finite and > 0");
        }
        this.centres = centres;
        this.std = std;
    }

    /**
     * {@code modes} Gaussians at angles \(2\pi k/\text{modes}\) on a circle of {@code radius}, in
     * \(\mathbb{R}^2\).
     */
    public static GaussianMixture ring(int modes, double radius, double std) {
        checkModes(modes);
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("radius = " + radius + "; allowed: finite and > 0");
        }
        double[][] c = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double a = 2 * Math.PI * k / modes;
            c[k] = new double[] {radius * Math.cos(a), radius * Math.sin(a)};
        }
        return new GaussianMixture(c, std);
    }

    /** The ring of the complex momentum and GRR papers: 8 modes, radius 2, σ = 0.05. */
    public static GaussianMixture ring() {
        return ring(8, 2, 0.05);
    }

    /**
     * {@code modes} Gaussians on the real line at \((k - \frac{\text{modes}-1}{2})\cdot\)
     * {@code spacing}, centred on 0.
     */
    public static GaussianMixture line(int modes, double spacing, double std) {
        checkModes(modes);
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            throw new IllegalArgumentException("spacing = " + spacing
                    + "; allowed: finite and > 0");
        }
        double[][] c = new double[modes][];
        for (int k = 0; k < modes; k++) {
            c[k] = new double[] {(k - (modes - 1) / 2.0) * spacing};
        }
        return new GaussianMixture(c, std);
    }

    /** The 1-D variant: 4 modes at −3, −1, 1, 3, σ = 0.05. */
    public static GaussianMixture line() {
        return line(4, 2, 0.05);
    }

    /** A single Gaussian (one mode). */
    public static GaussianMixture single(double[] centre, double std) {
        if (centre.length < 1) {
            throw new IllegalArgumentException("centre has length 0; allowed: ≥ 1");
        }
        return new GaussianMixture(new double[][] {centre.clone()}, std);
    }

    /** The dimension of the data. */
    @Override
    public int dimension() {
        return centres[0].length;
    }

    /** {@code D-D, K modes}. */
    @Override
    public String label() {
        return dimension() + "-D, " + modes() + " modes";
    }

    /** The number of modes. */
    public int modes() {
        return centres.length;
    }

    /** The common standard deviation σ. */
    public double std() {
        return std;
    }

    /** Centre {@code k}, a new array. */
    public double[] centre(int k) {
        return centres[k].clone();
    }

    /**
     * {@code n} samples: a uniformly chosen mode plus σ·N(0, I).
     *
     * @param rng the source of randomness. Modified (advanced).
     * @return n × dimension, row-major
     */
    @Override
    public double[] sample(int n, SplittableRandom rng) {
        int dim = dimension();
        double[] out = new double[n * dim];
        for (int r = 0; r < n; r++) {
            double[] c = centres[rng.nextInt(centres.length)];
            for (int j = 0; j < dim; j++) {
                out[r * dim + j] = c[j] + std * GaussianSampler.next(rng);
            }
        }
        return out;
    }

    /**
     * Modes covered and share of high-quality samples (see the class documentation).
     *
     * @param samples n × dimension, row-major, n ≥ 1. Not modified.
     */
    public SampleQuality quality(double[] samples) {
        int dim = dimension();
        if (samples.length == 0 || samples.length % dim != 0) {
            throw new IllegalArgumentException("samples has length " + samples.length
                    + "; allowed: a positive multiple of the dimension " + dim);
        }
        int n = samples.length / dim;
        int[] hits = new int[centres.length];
        int good = 0;
        double r2 = QUALITY_RADIUS * QUALITY_RADIUS * std * std;
        for (int r = 0; r < n; r++) {
            int nearest = -1;
            double best = r2;
            for (int k = 0; k < centres.length; k++) {
                double d2 = 0;
                for (int j = 0; j < dim; j++) {
                    double e = samples[r * dim + j] - centres[k][j];
                    d2 += e * e;
                }
                if (d2 <= best) {
                    best = d2;
                    nearest = k;
                }
            }
            if (nearest >= 0) {
                hits[nearest]++;
                good++;
            }
        }
        int covered = 0;
        for (int h : hits) {
            if (h >= COVERAGE_SHARE * n) {
                covered++;
            }
        }
        return new SampleQuality(covered, centres.length, (double) good / n);
    }

    private static void checkModes(int modes) {
        if (modes < 1) {
            throw new IllegalArgumentException("modes = " + modes + "; allowed: ≥ 1");
        }
    }

    /**
     * The quality of a set of samples with respect to a mixture.
     *
     * @param modesCovered modes with at least 1 % of the samples within 3σ
     * @param modes the number of modes of the mixture
     * @param highQualityShare share of the samples within 3σ of some centre
     */
    public record SampleQuality(int modesCovered, int modes, double highQualityShare) {
    }
}
