package io.github.gamedyn.core.linalg;

import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;

/**
 * Spectral helpers for a game Jacobian \( \hat H \): its split into symmetric (potential) and antisymmetric
 * (Hamiltonian) parts, \( \hat H = S + A \), and its spectral radius.
 *
 * <p>Example:
 * <pre>{@code
 * double rho = Spectra.spectralRadius(updateJacobian);   // < 1: locally convergent
 * DMatrixRMaj s = Spectra.symmetricPart(jacobian);
 * }</pre>
 */
public final class Spectra {

    /** Set to {@code java} to use the pure-Java solver even where a native LAPACK is present. */
    static final String SOLVER_PROPERTY = "gamedyn.eigensolver";

    private static final EigenSolver DEFAULT = "java".equals(System.getProperty(SOLVER_PROPERTY))
            ? new FrancisQrEigenSolver() : LapackEigenSolver.available().orElseGet(FrancisQrEigenSolver::new);

    private Spectra() {
    }

    /**
     * The default solver, shared and thread-safe: the native {@link LapackEigenSolver} where a native
     * LAPACK ({@code liblapack.so.3}) loads, else the pure-Java {@link FrancisQrEigenSolver}; the system
     * property {@code -Dgamedyn.eigensolver=java} forces the latter. The two agree to rounding, so results
     * computed on machines with and without a native LAPACK may differ in their last bits.
     *
     * @return the default solver
     */
    public static EigenSolver defaultSolver() {
        return DEFAULT;
    }

    /**
     * The symmetric part \( S = (H + H^\top)/2 \).
     *
     * @param h a square matrix. Not modified.
     * @return a new matrix S
     * @throws IllegalArgumentException if {@code h} is null, not square, empty or not finite
     */
    public static DMatrixRMaj symmetricPart(DMatrixRMaj h) {
        return split(h, 1);
    }

    /**
     * The antisymmetric part \( A = (H - H^\top)/2 \).
     *
     * @param h a square matrix. Not modified.
     * @return a new matrix A
     * @throws IllegalArgumentException if {@code h} is null, not square, empty or not finite
     */
    public static DMatrixRMaj antisymmetricPart(DMatrixRMaj h) {
        return split(h, -1);
    }

    /**
     * The spectral radius \( \rho(H) = \max_k |\lambda_k(H)| \), from the eigenvalues-only path of the
     * default solver.
     *
     * @param h a square matrix. Not modified.
     * @return \( \rho(H) \)
     * @throws IllegalArgumentException if {@code h} is null, not square, empty or not finite
     * @throws ArithmeticException if the eigenvalue iteration does not converge
     */
    public static double spectralRadius(DMatrixRMaj h) {
        return maxModulus(DEFAULT.eigenvalues(h));
    }

    static double maxModulus(Complex[] values) {
        double max = 0;
        for (Complex z : values) {
            max = Math.max(max, z.abs());
        }
        return max;
    }

    /**
     * A power of two that brings the largest magnitude among the first {@code length} entries into [1, 2);
     * multiplying by it is exact and protects squares and products from overflow and underflow.
     *
     * @param data the entries. Not modified.
     * @param length how many entries to consider
     * @return the scale, 1 if all entries are zero
     */
    static double powerOfTwoScale(double[] data, int length) {
        double max = 0;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, Math.abs(data[i]));
        }
        return max == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(max));
    }

    private static DMatrixRMaj split(DMatrixRMaj h, double sign) {
        MatrixArguments.requireSquareFinite(h, "h", sign > 0 ? "the symmetric part" : "the antisymmetric part");
        int n = h.numRows;
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.data[i * n + j] = 0.5 * (h.data[i * n + j] + sign * h.data[j * n + i]);
            }
        }
        return out;
    }
}
