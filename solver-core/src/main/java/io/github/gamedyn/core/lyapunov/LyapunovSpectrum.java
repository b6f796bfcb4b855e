package io.github.gamedyn.core.lyapunov;

/**
 * The top \( m \) Lyapunov exponents \( \lambda_1 \ge \dots \ge \lambda_m \) estimated over \( k \) steps,
 * each with its {@link Convergence} diagnostic.
 */
public final class LyapunovSpectrum {

    private final double[] exponents;
    private final Convergence[] convergence;

    /** @param exponents descending; @param convergence one per exponent, same order; both kept */
    LyapunovSpectrum(double[] exponents, Convergence[] convergence) {
        this.exponents = exponents;
        this.convergence = convergence;
    }

    /** @return \( m \), the number of exponents */
    public int count() {
        return exponents.length;
    }

    /** @return a copy of \( (\lambda_1, \dots, \lambda_m) \), descending, in units of 1/step */
    public double[] exponents() {
        return exponents.clone();
    }

    /**
     * @param i index in \( 0..m-1 \)
     * @return \( \lambda_{i+1} \)
     */
    public double exponent(int i) {
        return exponents[checkIndex(i)];
    }

    /**
     * @param i index in \( 0..m-1 \)
     * @return the running estimate of \( \lambda_{i+1} \) and its spread
     */
    public Convergence convergence(int i) {
        return convergence[checkIndex(i)];
    }

    /**
     * @return \( \sum_i \lambda_i \); for \( m = d \) this is the mean of \( \log|\det J_t| \), the
     *         exponential rate of phase-space volume change
     */
    public double sum() {
        double s = 0;
        for (double l : exponents) {
            s += l;
        }
        return s;
    }

    /** @return \( \sum_i \max(\lambda_i, 0) \) */
    public double positiveSum() {
        double s = 0;
        for (double l : exponents) {
            s += Math.max(l, 0);
        }
        return s;
    }

    /**
     * Converts from 1/step to 1/time when one step lasts \( \tau \) time units, e.g. for a {@code FlowMap}.
     *
     * @param stepDuration \( \tau \gt 0 \)
     * @return this spectrum with exponents and running estimates divided by \( \tau \)
     */
    public LyapunovSpectrum perUnitTime(double stepDuration) {
        Arguments.requirePositive("stepDuration", stepDuration);
        double[] scaled = new double[exponents.length];
        Convergence[] scaledConvergence = new Convergence[exponents.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = exponents[i] / stepDuration;
            scaledConvergence[i] = convergence[i].scaled(1 / stepDuration);
        }
        return new LyapunovSpectrum(scaled, scaledConvergence);
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= exponents.length) {
            throw new IllegalArgumentException("i = " + i + "; allowed: 0 <= i < " + exponents.length);
        }
        return i;
    }
}
