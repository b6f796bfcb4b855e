package io.github.gamedyn.core.linalg;

import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;

/**
 * Computes the complex spectrum of a real square matrix \( H \), which need not be symmetric: the
 * eigenvalues \( \lambda \) and eigenvectors \( v \ne 0 \) with \( H v = \lambda v \). Complex eigenvalues
 * come in conjugate pairs.
 *
 * <p>Implementations are named after their algorithm and are thread-safe. Both methods reject a null,
 * non-square, empty or non-finite matrix with an {@link IllegalArgumentException} naming the problem.
 */
public interface EigenSolver {

    /**
     * Eigenvalues and eigenvectors, ordered and normalised as described in {@link Eigendecomposition}.
     *
     * @param a the square matrix \( H \). Not modified.
     * @return the decomposition
     * @throws IllegalArgumentException if {@code a} is null, not square, empty or has a NaN or infinite entry
     * @throws ArithmeticException if the iteration does not converge
     */
    Eigendecomposition decompose(DMatrixRMaj a);

    /**
     * Eigenvalues only, cheaper than {@link #decompose}: the same values in the same order as
     * {@code decompose(a).eigenvalues()}.
     *
     * @param a the square matrix \( H \). Not modified.
     * @return all n eigenvalues, conjugates included, by decreasing real part, then decreasing imaginary part
     * @throws IllegalArgumentException if {@code a} is null, not square, empty or has a NaN or infinite entry
     * @throws ArithmeticException if the iteration does not converge
     */
    Complex[] eigenvalues(DMatrixRMaj a);
}
