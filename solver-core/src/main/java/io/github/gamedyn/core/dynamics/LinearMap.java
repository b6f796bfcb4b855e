package io.github.gamedyn.core.dynamics;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The linear map \( F(x) = A x \): Jacobian \( A \) everywhere, second derivative zero. Its Lyapunov
 * exponents are \( \log|\lambda_i(A)| \) and its finite-horizon maximal exponent is
 * \( \frac1k \log \sigma_{\max}(A^k) \).
 *
 * <p>Example, simultaneous gradient descent on the bilinear game \( x^\top A y \):
 * {@code new LinearMap(I - alpha * [[0, A], [-A^T, 0]])}.
 */
public final class LinearMap implements SecondOrderMap {

    private final DMatrixRMaj a;

    /**
     * @param a square matrix \( A \), copied. Not modified.
     */
    public LinearMap(DMatrixRMaj a) {
        if (a.numRows != a.numCols || a.numRows == 0) {
            throw new IllegalArgumentException("a is " + a.numRows + "x" + a.numCols
                    + "; allowed: a non-empty square matrix");
        }
        this.a = a.copy();
    }

    /** @return a copy of \( A \) */
    public DMatrixRMaj matrix() {
        return a.copy();
    }

    @Override
    public int dimension() {
        return a.numRows;
    }

    @Override
    public void apply(double[] x, double[] out) {
        CommonOps_DDRM.mult(a, DMatrixRMaj.wrap(x.length, 1, x), DMatrixRMaj.wrap(out.length, 1, out));
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        out.setTo(a);
    }

    @Override
    public void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        out.reshape(a.numRows, v.numCols);
        CommonOps_DDRM.mult(a, v, out);
    }

    @Override
    public void jacobianDirectionalDerivative(double[] x, double[] u, double[] w, double[] out) {
        Arrays.fill(out, 0, a.numRows, 0.0);
    }

    @Override
    public void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
        CommonOps_DDRM.multTransA(a, DMatrixRMaj.wrap(w.length, 1, w), DMatrixRMaj.wrap(out.length, 1, out));
    }
}
