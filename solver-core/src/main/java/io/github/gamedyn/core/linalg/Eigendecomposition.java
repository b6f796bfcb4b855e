package io.github.gamedyn.core.linalg;

import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;

/**
 * The eigenvalues and eigenvectors of a real n×n matrix \( H \): \( H v_k = \lambda_k v_k \).
 *
 * <p>Eigenvalues are ordered by decreasing real part, then decreasing imaginary part; a conjugate pair
 * \( a \pm ib \) therefore appears as \( a + ib \) before \( a - ib \) (unless another eigenvalue with real
 * part exactly \( a \) falls between them). {@link #eigenpairs()} has one entry per real eigenvalue and one
 * per conjugate pair (the member with \( \operatorname{Im}\lambda \gt 0 \)), in the same order, with
 * eigenvectors in the canonical phase described in {@link Eigenpair}.
 *
 * <p>For a repeated eigenvalue with fewer independent eigenvectors than its multiplicity (a defective
 * matrix) there is no basis of eigenvectors; the reported vectors are then the best the algorithm finds:
 * each still has a small residual, but vectors of the same eigenvalue may be nearly parallel.
 *
 * <p>Immutable: the matrix is copied on construction and getters return copies.
 *
 * <p>Example:
 * <pre>{@code
 * Eigendecomposition eig = Spectra.defaultSolver().decompose(jacobian);
 * for (Eigenpair p : eig.eigenpairs()) {
 *     Complex lambda = p.value();
 *     double[] direction = p.re();
 * }
 * }</pre>
 */
public final class Eigendecomposition {

    private final DMatrixRMaj matrix;
    private final Complex[] eigenvalues;
    private final List<Eigenpair> eigenpairs;

    /**
     * @param matrix the decomposed matrix. Not modified (copied).
     * @param eigenvalues all n eigenvalues in the order of this class. Not modified (copied).
     * @param eigenpairs one pair per real eigenvalue and conjugate pair, same order
     */
    Eigendecomposition(DMatrixRMaj matrix, Complex[] eigenvalues, List<Eigenpair> eigenpairs) {
        this.matrix = matrix.copy();
        this.eigenvalues = eigenvalues.clone();
        this.eigenpairs = List.copyOf(eigenpairs);
    }

    /** @return n, the order of the matrix */
    public int size() {
        return matrix.numRows;
    }

    /** @return all n eigenvalues, conjugates included, in the order of this class (a copy) */
    public Complex[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** @return one eigenpair per real eigenvalue and per conjugate pair, in the order of this class */
    public List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** @return the spectral radius \( \rho(H) = \max_k |\lambda_k| \) */
    public double spectralRadius() {
        return Spectra.maxModulus(eigenvalues);
    }

    /**
     * The largest relative residual \( \max_k \|H v_k - \lambda_k v_k\|_2 / \|H\|_F \) over the eigenpairs
     * (0 for the zero matrix). Backward-stable solvers give a few multiples of the machine epsilon
     * times \( \sqrt n \). Costs \( O(n^3) \); computed on each call.
     *
     * @return the largest relative residual
     */
    public double maxRelativeResidual() {
        int n = matrix.numRows;
        double scale = Spectra.powerOfTwoScale(matrix.data, n * n);
        double[] h = new double[n * n];
        double normSq = 0;
        for (int i = 0; i < n * n; i++) {
            h[i] = matrix.data[i] * scale;
            normSq += h[i] * h[i];
        }
        if (normSq == 0) {
            return 0;
        }
        double worst = 0;
        for (Eigenpair pair : eigenpairs) {
            double lr = pair.value().getReal() * scale;
            double li = pair.value().getImaginary() * scale;
            double[] x = pair.re();
            double[] y = pair.im();
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double rr = -(lr * x[i] - li * y[i]);
                double ri = -(lr * y[i] + li * x[i]);
                for (int j = 0; j < n; j++) {
                    rr += h[i * n + j] * x[j];
                    ri += h[i * n + j] * y[j];
                }
                sum += rr * rr + ri * ri;
            }
            worst = Math.max(worst, Math.sqrt(sum / normSq));
        }
        return worst;
    }
}
