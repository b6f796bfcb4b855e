package io.github.gamedyn.momentum;

/** A step of an {@link Optimizer} produced a non-finite number; carries the {@link Divergence}. */
public final class OptimizerDivergenceException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final transient Divergence divergence;

    OptimizerDivergenceException(Divergence divergence) {
        super(divergence.toString());
        this.divergence = divergence;
    }

    /** Where and why. */
    public Divergence divergence() {
        return divergence;
    }
}
