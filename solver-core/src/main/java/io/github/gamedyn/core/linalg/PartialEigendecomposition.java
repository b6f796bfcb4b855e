package io.github.gamedyn.core.linalg;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * A few eigenpairs of a {@link LinearOperator}, from {@link ArnoldiEigenSolver}: the k eigenvalues at one
 * end of the spectrum ({@link EigenvalueSelection}), their eigenvectors \( Av = \lambda v \) and, when
 * asked, their left eigenvectors \( u^{\mathsf T}A = \lambda u^{\mathsf T} \) (that is
 * \( A^{\mathsf T}u = \lambda u \)).
 *
 * <p>Order: most wanted first by the selection's key (\( |\lambda| \), \( \operatorname{Re}\lambda \),
 * \( -\operatorname{Re}\lambda \) or \( |\operatorname{Im}\lambda| \)), ties by decreasing real part, then
 * decreasing imaginary part; a conjugate pair counts as two eigenvalues and is never split, so k + 1 are
 * reported when the k-th would split one. {@link #eigenvalues()} lists a pair as \( a + ib \) then
 * \( a - ib \); {@link #eigenpairs()} has one entry per real eigenvalue and per pair (the member with
 * \( \operatorname{Im}\lambda \gt 0 \)), with vectors in the canonical phase of {@link Eigenpair}.
 *
 * <p>Check {@link #report()}: a run that did not converge within its restarts still returns its best
 * Ritz pairs, with {@code converged() == false} and their residuals; {@link #requireConverged()} turns
 * that into an exception. Immutable.
 */
public final class PartialEigendecomposition {

    private final EigenvalueSelection selection;
    private final List<Eigenpair> eigenpairs;
    private final List<Eigenpair> leftEigenpairs;
    private final ArnoldiReport report;

    PartialEigendecomposition(EigenvalueSelection selection, List<Eigenpair> eigenpairs,
            List<Eigenpair> leftEigenpairs, ArnoldiReport report) {
        this.selection = selection;
        this.eigenpairs = List.copyOf(eigenpairs);
        this.leftEigenpairs = List.copyOf(leftEigenpairs);
        this.report = report;
    }

    /** @return the end of the spectrum these eigenvalues come from */
    public EigenvalueSelection selection() {
        return selection;
    }

    /** @return the eigenvalues, conjugates included, in the order of this class (a new array) */
    public Complex[] eigenvalues() {
        return eigenpairs.stream()
                .flatMap(p -> p.isReal() ? java.util.stream.Stream.of(p.value())
                        : java.util.stream.Stream.of(p.value(), p.value().conjugate()))
                .toArray(Complex[]::new);
    }

    /** @return one right eigenpair per real eigenvalue and per conjugate pair, in the order of this class */
    public List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /**
     * @return the left eigenpairs \( (\lambda, u) \), \( A^{\mathsf T}u = \lambda u \), aligned with
     *     {@link #eigenpairs()} (entry i belongs to the same eigenvalue as right entry i, computed by a
     *     separate Arnoldi run on \( A^{\mathsf T} \)); empty unless they were asked for
     */
    public List<Eigenpair> leftEigenpairs() {
        return leftEigenpairs;
    }

    /** @return the work done and the residuals */
    public ArnoldiReport report() {
        return report;
    }

    /**
     * @return the largest modulus among the reported eigenvalues: the spectral radius when the selection
     *     is {@link EigenvalueSelection#LARGEST_MODULUS}
     */
    public double largestModulus() {
        return Spectra.maxModulus(eigenvalues());
    }

    /**
     * @return this decomposition
     * @throws ArithmeticException if the run did not converge, with its restarts, products and residuals
     */
    public PartialEigendecomposition requireConverged() {
        if (!report.converged()) {
            throw new ArithmeticException("Arnoldi did not converge: " + eigenpairs.size() + " eigenpairs ("
                    + selection.code() + ") after " + report.restarts() + " restarts and " + report.products()
                    + " products; largest relative residual " + report.maxResidual() + ", tolerance "
                    + report.tolerance());
        }
        return this;
    }
}
