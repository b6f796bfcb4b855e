package io.github.gamedyn.plots.figures;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of n independent measurements (one per seed, say) with its 95 % Student-t interval
 * \[ \bar x \pm t_{0.975,\,n-1}\,\frac{s}{\sqrt n},\qquad s^2 = \frac{1}{n-1}\sum_k (x_k - \bar x)^2 \]
 * (two passes, so a large common offset costs no digits). The interval is not clipped to the
 * range the measurements can take; with few seeds it may leave it.
 *
 * @param mean \(\bar x\)
 * @param lower the lower end
 * @param upper the upper end
 * @param count n ≥ 2
 */
record MeanInterval(double mean, double lower, double upper, int count) {

    /**
     * @param values the measurements, at least 2, finite. Not modified.
     * @throws IllegalArgumentException for fewer than 2 values or a value that is not finite
     */
    static MeanInterval of(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("values has " + values.length
                    + " entries; allowed: at least 2 (an interval needs a spread)");
        }
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("values[" + k + "] = " + values[k]
                        + "; allowed: finite");
            }
            sum += values[k];
        }
        int n = values.length;
        double mean = sum / n;
        double squares = 0;
        for (double x : values) {
            squares += (x - mean) * (x - mean);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(squares / (n - 1) / n);
        return new MeanInterval(mean, mean - half, mean + half, n);
    }

    /** E.g. {@code 7.05 [6.35, 7.75]}, with {@code digits} decimals. */
    String format(int digits) {
        String f = "%." + digits + "f";
        return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", mean, lower, upper);
    }
}
