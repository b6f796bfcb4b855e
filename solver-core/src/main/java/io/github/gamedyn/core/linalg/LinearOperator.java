package io.github.gamedyn.core.linalg;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * A real linear map \( v \mapsto Av \) on \( \mathbb{R}^n \) known only through its products, and
 * optionally through the transposed products \( v \mapsto A^{\mathsf T}v \) (the row vector
 * \( v^{\mathsf T}A \) as a column): the game Jacobian \( \hat H v \), \( v^{\mathsf T}\hat H \) of a
 * network-sized game, or the Jacobian of an optimiser's augmented update.
 *
 * <p>{@link ArnoldiEigenSolver} finds a few eigenpairs of such a map from products alone. Products must
 * be deterministic functions of their argument; implementations used from several threads must be
 * thread-safe.
 *
 * <pre>{@code
 * LinearOperator h = LinearOperator.of(d, v -> game.jacobianVectorProduct(w, v),
 *         v -> game.vectorJacobianProduct(w, v));
 * }</pre>
 */
public interface LinearOperator {

    /** @return n, the dimension of the space A acts on */
    int dimension();

    /**
     * @param v a vector of length n. Not modified.
     * @return \( Av \), a new array of length n
     */
    double[] apply(double[] v);

    /** @return whether {@link #applyTransposed} is available */
    default boolean hasTranspose() {
        return false;
    }

    /**
     * @param v a vector of length n. Not modified.
     * @return \( A^{\mathsf T}v \), a new array of length n
     * @throws UnsupportedOperationException if {@link #hasTranspose()} is false
     */
    default double[] applyTransposed(double[] v) {
        throw new UnsupportedOperationException("this operator has no transposed product v ↦ Aᵀv");
    }

    /**
     * The operator of a dense square matrix, with both products.
     *
     * @param a the matrix. Not modified, not copied: later changes to {@code a} change the operator.
     * @throws IllegalArgumentException if {@code a} is null, not square, empty or not finite
     */
    static LinearOperator of(DMatrixRMaj a) {
        MatrixArguments.requireSquareFinite(a, "a", "a linear operator");
        int n = a.numRows;
        return of(n, v -> multiply(a, v, false), v -> multiply(a, v, true));
    }

    /**
     * An operator from its product alone.
     *
     * @param n the dimension, ≥ 1
     * @param product \( v \mapsto Av \)
     * @throws IllegalArgumentException if {@code n < 1} or {@code product} is null
     */
    static LinearOperator of(int n, UnaryOperator<double[]> product) {
        return new ProductOperator(n, product, null);
    }

    /**
     * An operator from its product and its transposed product.
     *
     * @param n the dimension, ≥ 1
     * @param product \( v \mapsto Av \)
     * @param transposedProduct \( v \mapsto A^{\mathsf T}v \)
     * @throws IllegalArgumentException if {@code n < 1} or a product is null
     */
    static LinearOperator of(int n, UnaryOperator<double[]> product, UnaryOperator<double[]> transposedProduct) {
        if (transposedProduct == null) {
            throw new IllegalArgumentException("transposedProduct is null; allowed: a function v ↦ Aᵀv");
        }
        return new ProductOperator(n, product, transposedProduct);
    }

    private static double[] multiply(DMatrixRMaj a, double[] v, boolean transposed) {
        int n = a.numRows;
        Objects.checkFromIndexSize(0, n, v.length);
        double[] out = new double[n];
        if (transposed) {
            for (int i = 0; i < n; i++) {
                DenseKernels.axpy(v[i], a.data, i * n, out, 0, n);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = DenseKernels.dot(a.data, i * n, v, 0, n);
            }
        }
        return out;
    }
}
