package io.github.gamedyn.core.linalg;

import java.util.Arrays;

/**
 * How a run of {@link ArnoldiEigenSolver} went: the work it did and how good its answer is.
 *
 * <p>Residuals are relative: \( \|Av - \lambda v\|_2 / \nu \) for the unit eigenvector v, where
 * \( \nu = \max_j \|A v_j\|_2 \) over the unit Krylov vectors \( v_j \) the run multiplied
 * ({@link #normEstimate()}). Since \( \nu \le \|A\|_2 \), a relative residual bounds
 * \( \|Av - \lambda v\|_2 / \|A\|_2 \) from above. They are computed from fresh products with the
 * returned vectors, not from the Krylov relation.
 *
 * @param subspaceSize m, the largest dimension of the Krylov subspace
 * @param restarts Krylov–Schur restarts (0 if the first subspace sufficed)
 * @param products products \( v \mapsto Av \), including those of the final residual check
 * @param transposedProducts products \( v \mapsto A^{\mathsf T}v \) (left eigenvectors), likewise
 * @param normEstimate \( \nu \), a lower bound of \( \|A\|_2 \) (0 for the zero operator)
 * @param residuals relative residual of each right eigenpair, in the order of
 *     {@link PartialEigendecomposition#eigenpairs()}. Not modified (copied).
 * @param leftResiduals relative residual \( \|A^{\mathsf T}u - \lambda u\| / \nu \) of each left eigenpair,
 *     empty if none were asked for. Not modified (copied).
 * @param relationDefect the largest part of the Krylov relation dropped at a restart, relative to
 *     \( \nu \): about the rounding unit when the kept Ritz vectors are well conditioned, larger when
 *     they are nearly parallel (a defective or tightly clustered spectrum)
 * @param tolerance the convergence tolerance τ the run was asked for
 * @param converged whether every requested eigenpair (and left eigenpair) met its residual bar
 */
public record ArnoldiReport(int subspaceSize, int restarts, long products, long transposedProducts,
        double normEstimate, double[] residuals, double[] leftResiduals, double relationDefect, double tolerance,
        boolean converged) {

    /** Copies the arrays. */
    public ArnoldiReport {
        residuals = residuals.clone();
        leftResiduals = leftResiduals.clone();
    }

    /** @return a copy of the right residuals */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /** @return a copy of the left residuals */
    @Override
    public double[] leftResiduals() {
        return leftResiduals.clone();
    }

    /** @return the largest relative residual over right and left eigenpairs (0 if there are none) */
    public double maxResidual() {
        double max = 0;
        for (double r : residuals) {
            max = Math.max(max, r);
        }
        for (double r : leftResiduals) {
            max = Math.max(max, r);
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArnoldiReport r && subspaceSize == r.subspaceSize && restarts == r.restarts
                && products == r.products && transposedProducts == r.transposedProducts
                && Double.compare(normEstimate, r.normEstimate) == 0 && Arrays.equals(residuals, r.residuals)
                && Arrays.equals(leftResiduals, r.leftResiduals)
                && Double.compare(relationDefect, r.relationDefect) == 0
                && Double.compare(tolerance, r.tolerance) == 0 && converged == r.converged;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {subspaceSize, restarts, products, transposedProducts, normEstimate,
            Arrays.hashCode(residuals), Arrays.hashCode(leftResiduals), relationDefect, tolerance,
            converged ? 1 : 0});
    }

    @Override
    public String toString() {
        return "ArnoldiReport[subspaceSize=" + subspaceSize + ", restarts=" + restarts + ", products=" + products
                + ", transposedProducts=" + transposedProducts + ", normEstimate=" + normEstimate + ", residuals="
                + Arrays.toString(residuals) + ", leftResiduals=" + Arrays.toString(leftResiduals)
                + ", relationDefect=" + relationDefect + ", tolerance=" + tolerance + ", converged=" + converged
                + "]";
    }
}
