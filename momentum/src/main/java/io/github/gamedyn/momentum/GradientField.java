package io.github.gamedyn.momentum;

import org.ejml.data.DMatrixRMaj;

/**
 * An update direction \(g(\omega) \in \mathbb{R}^d\) built from a game: the simultaneous gradient
 * ξ, or an adjusted field (extragradient, consensus, SGA, LookAhead, LOLA, SOS, CGD). A
 * {@link BaseRule} turns it into a step. Implementations are immutable and thread-safe.
 */
interface GradientField {

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
     * @param w ω. Not modified.
     * @return a new array
     */
    double[] value(double[] w);

    /**
     * g(ω) in a run, which may reuse the previous direction (CGD warm-starts its solve from it);
     * the default ignores it.
     *
     * @param w ω. Not modified.
     * @param previous the direction of the previous step, or null. Not modified.
     * @return a new array
     */
    default double[] value(double[] w, double[] previous) {
        return value(w);
    }

    /**
     * The exact Jacobian \(\partial g/\partial\omega\).
     *
     * @param w ω. Not modified.
     * @return a new d×d matrix
     */
    DMatrixRMaj jacobian(double[] w);
}
