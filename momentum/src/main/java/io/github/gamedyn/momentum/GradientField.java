package io.github.gamedyn.momentum;

/**
 * An update direction \(g(\omega) \in \mathbb{R}^d\) built from a game: the simultaneous gradient
 * ξ ({@link #SIMULTANEOUS_GRADIENT}) or an adjusted field (extragradient, consensus, SGA,
 * LookAhead, LOLA, SOS, CGD), which a {@link BaseRule} turns into a step. Written once over
 * {@link Dual} numbers and the game's products on them, so that its Jacobian comes with it.
 * Implementations are immutable and thread-safe.
 */
public interface GradientField {

    /** ξ itself. */
    GradientField SIMULTANEOUS_GRADIENT = DualGame::simultaneousGradient;

    /**
     * Evaluations of ξ per evaluation of the field: 1 unless overridden (extragradient: 2).
     * Second-order products (Ĥv, vᵀĤ, mixed products) are not counted.
     */
    default int evaluations() {
        return 1;
    }

    /**
     * g(ω).
     *
     * @param game the game over duals
     * @param w ω, of the game's dimension
     * @return g(ω), of the same size
     */
    Dual direction(DualGame game, Dual w);
}
