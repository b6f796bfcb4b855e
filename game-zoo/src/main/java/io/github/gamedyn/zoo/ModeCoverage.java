package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The behaviour of a {@link SmallGan} generator: which modes of the data mixture it covers. The
 * features are one indicator per mode, 1 when at least {@link GaussianMixture#COVERAGE_SHARE} of
 * {@code samples} seeded generator samples lie within {@link GaussianMixture#QUALITY_RADIUS}
 * standard deviations of that mode's centre (the criterion of {@link GaussianMixture#quality}),
 * else 0. Two generators differ in behaviour when they cover different sets of modes; with a
 * cluster tolerance below 1 every cluster is one set of modes.
 */
public final class ModeCoverage implements BehaviourDescriptor {
    private final SmallGan gan;
    private final int samples;
    private final long sampleSeed;

    /**
     * @param gan the GAN whose parameters are described
     * @param samples generator samples per description, ≥ 100 (so that 1 % is at least one sample)
     * @param sampleSeed seed of the generator noise, the same for every description
     */
    public ModeCoverage(SmallGan gan, int samples, long sampleSeed) {
        if (samples < 100) {
            throw new IllegalArgumentException("samples = " + samples + "; allowed: ≥ 100");
        }
        this.gan = gan;
        this.samples = samples;
        this.sampleSeed = sampleSeed;
    }

    @Override
    public String name() {
        return "modes covered (" + samples + " samples, ≥ " + GaussianMixture.COVERAGE_SHARE
                + " of them within " + GaussianMixture.QUALITY_RADIUS + "σ)";
    }

    @Override
    public double[] describe(double[] w) {
        GaussianMixture data = gan.mixture();
        int dim = data.dimension();
        double[] x = gan.generate(w, samples, sampleSeed);
        double r2 = Math.pow(GaussianMixture.QUALITY_RADIUS * data.std(), 2);
        int[] hits = new int[data.modes()];
        for (int r = 0; r < samples; r++) {
            int nearest = -1;
            double best = r2;
            for (int k = 0; k < data.modes(); k++) {
                double[] c = data.centre(k);
                double d2 = 0;
                for (int j = 0; j < dim; j++) {
                    double e = x[r * dim + j] - c[j];
                    d2 += e * e;
                }
                if (d2 <= best) {
                    best = d2;
                    nearest = k;
                }
            }
            if (nearest >= 0) {
                hits[nearest]++;
            }
        }
        double[] covered = new double[hits.length];
        for (int k = 0; k < hits.length; k++) {
            covered[k] = hits[k] >= GaussianMixture.COVERAGE_SHARE * samples ? 1 : 0;
        }
        return covered;
    }

    /** E.g. {@code modes {0, 3, 5} (3 of 8)}. */
    @Override
    public String format(double[] features) {
        StringJoiner set = new StringJoiner(", ", "{", "}");
        int n = 0;
        for (int k = 0; k < features.length; k++) {
            if (features[k] > 0.5) {
                set.add(Integer.toString(k));
                n++;
            }
        }
        return "modes " + set + " (" + n + " of " + features.length + ")";
    }

    @Override
    public String detail(double[] w) {
        return String.format(Locale.ROOT, "high-quality share %.3f",
                gan.quality(w, samples, sampleSeed).highQualityShare());
    }
}
