package io.github.gamedyn.ridge.grr;

import java.util.Locale;

/**
 * How often an outcome occurred in independent trials, with its 95 % Wilson score interval
 * (Wilson 1927; no continuity correction): with \(\hat p = k/n\) and \(z = \Phi^{-1}(0.975)\),
 * \[ \frac{\hat p + \frac{z^2}{2n} \pm z\sqrt{\frac{\hat p(1-\hat p)}{n} + \frac{z^2}{4n^2}}}{1 + \frac{z^2}{n}}. \]
 * Unlike the normal approximation it stays inside [0, 1] and is not empty at k = 0 or k = n
 * (e.g. 0 of 20 gives [0, 0.161]).
 *
 * @param count k, the trials with the outcome, 0 ≤ k ≤ n
 * @param trials n ≥ 1
 */
public record Share(int count, int trials) {
    /** \(\Phi^{-1}(0.975)\). */
    static final double Z = 1.959963984540054;

    /** Validates. */
    public Share {
        if (trials < 1 || count < 0 || count > trials) {
            throw new IllegalArgumentException("count = " + count + ", trials = " + trials
                    + "; allowed: trials ≥ 1, 0 ≤ count ≤ trials");
        }
    }

    /** \(\hat p = k/n\). */
    public double estimate() {
        return (double) count / trials;
    }

    /** The lower end of the 95 % Wilson interval. */
    public double lower() {
        return count == 0 ? 0 : centre() - halfWidth();
    }

    /** The upper end of the 95 % Wilson interval. */
    public double upper() {
        return count == trials ? 1 : centre() + halfWidth();
    }

    private double centre() {
        double n = trials;
        return (estimate() + Z * Z / (2 * n)) / (1 + Z * Z / n);
    }

    private double halfWidth() {
        double n = trials;
        double p = estimate();
        return Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
    }

    /** E.g. {@code 31.2 % [28.4, 34.1]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * estimate(), 100 * lower(),
                100 * upper());
    }
}
