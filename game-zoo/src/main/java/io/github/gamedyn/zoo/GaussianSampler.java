package io.github.gamedyn.zoo;

import java.util.SplittableRandom;

/**
 * Standard normal samples from a {@link SplittableRandom} by the Box–Muller transform, so that a
 * seed fixes every bit of the result on every JVM (unlike {@code Random.nextGaussian}, whose
 * algorithm is not part of the specification of {@code RandomGenerator}).
 */
final class GaussianSampler {

    private GaussianSampler() {
    }

    /** One N(0, 1) sample (uses two uniforms). */
    public static double next(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
