package io.github.gamedyn.core.lyapunov;

/**
 * A scalar Lyapunov quantity estimated over a horizon of \( k \) steps, with its {@link Convergence}
 * diagnostic.
 */
public final class LyapunovEstimate {

    private final double value;
    private final Convergence convergence;

    LyapunovEstimate(double value, Convergence convergence) {
        this.value = value;
        this.convergence = convergence;
    }

    /** @return the estimate after all \( k \) steps, in units of 1/step */
    public double value() {
        return value;
    }

    /** @return the running estimate and its spread */
    public Convergence convergence() {
        return convergence;
    }

    /**
     * Converts from 1/step to 1/time when one step lasts \( \tau \) time units, e.g. for a {@code FlowMap}.
     *
     * @param stepDuration \( \tau \gt 0 \)
     * @return this estimate with value and running estimates divided by \( \tau \)
     */
    public LyapunovEstimate perUnitTime(double stepDuration) {
        Arguments.requirePositive("stepDuration", stepDuration);
        return new LyapunovEstimate(value / stepDuration, convergence.scaled(1 / stepDuration));
    }
}
