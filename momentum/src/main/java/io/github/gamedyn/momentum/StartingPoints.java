package io.github.gamedyn.momentum;

import java.util.SplittableRandom;

/**
 * Seeded random starting points: the same seed gives the same bits on every run and platform
 * (a {@link SplittableRandom}, whose algorithm is specified).
 */
public final class StartingPoints {

    private StartingPoints() {
    }

    /**
     * Independent normal coordinates N(mean, std²), drawn with the polar Box–Muller method.
     *
     * @param dimension d ≥ 1
     * @param mean the mean of every coordinate
     * @param std the standard deviation, ≥ 0
     * @param seed the seed
     */
    public static double[] gaussian(int dimension, double mean, double std, long seed) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension = " + dimension + "; allowed: >= 1");
        }
        if (!(std >= 0) || !Double.isFinite(std) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean = " + mean + ", std = " + std
                    + "; allowed: finite mean, finite std >= 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i += 2) {
            double u;
            double v;
            double s;
            do {
                u = 2 * random.nextDouble() - 1;
                v = 2 * random.nextDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            double f = Math.sqrt(-2 * Math.log(s) / s);
            x[i] = mean + std * u * f;
            if (i + 1 < dimension) {
                x[i + 1] = mean + std * v * f;
            }
        }
        return x;
    }
}
