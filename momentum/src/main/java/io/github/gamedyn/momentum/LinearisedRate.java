package io.github.gamedyn.momentum;

import org.ejml.data.DMatrixRMaj;

/**
 * The linearised convergence rate of an optimiser at a fixed point: the Jacobian J of its
 * augmented update there, the spectral radius ρ(J) (locally convergent iff ρ &lt; 1, the error
 * shrinking like ρ^t), and ρ per gradient evaluation, \(\rho^{1/k}\) for k evaluations per step
 * (so that methods of different cost per step compare per gradient evaluation).
 *
 * @param jacobian J, a copy
 * @param spectralRadius ρ(J)
 * @param gradientEvaluationsPerStep k
 */
public record LinearisedRate(DMatrixRMaj jacobian, double spectralRadius,
        int gradientEvaluationsPerStep) {

    /** Copies the Jacobian. */
    public LinearisedRate {
        jacobian = jacobian.copy();
    }

    /** A copy of J. */
    @Override
    public DMatrixRMaj jacobian() {
        return jacobian.copy();
    }

    /** \(\rho^{1/k}\). */
    public double radiusPerEvaluation() {
        return Math.pow(spectralRadius, 1.0 / gradientEvaluationsPerStep);
    }
}
