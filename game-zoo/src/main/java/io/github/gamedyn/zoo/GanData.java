package io.github.gamedyn.zoo;

import java.util.SplittableRandom;

/**
 * A data distribution a GAN learns: seeded samples of vectors in \( \mathbb{R}^{\text{dimension}} \).
 * {@link GaussianMixture} (the 8-Gaussian ring) and {@link DigitImages} (8×8 digit-like images) are the
 * zoo's.
 */
public interface GanData {

    /** @return the dimension of one sample */
    int dimension();

    /**
     * @param n the number of samples, ≥ 1
     * @param rng the source of randomness. Modified (advanced).
     * @return n × dimension, row-major
     */
    double[] sample(int n, SplittableRandom rng);

    /** @return a short description for names and captions, e.g. {@code 2-D, 8 modes} */
    String label();
}
