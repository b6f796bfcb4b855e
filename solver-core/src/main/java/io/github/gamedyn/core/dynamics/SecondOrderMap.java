package io.github.gamedyn.core.dynamics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A {@link DifferentiableMap} that also supplies the contraction of its second derivative needed by
 * reverse-mode gradients of Lyapunov objectives with respect to the starting point.
 *
 * <p>For a game map \( F(\omega) = \omega - \alpha \xi(\omega) \) the contraction is
 * \( -\alpha \nabla_\omega (w^\top \hat H(\omega) u) \), a directional third derivative of the losses.
 */
public interface SecondOrderMap extends DifferentiableMap {

    /**
     * Computes \( \nabla_x \big(w^\top J(x)\, u\big) \), that is
     * \( \mathrm{out}_k = \sum_{i,j} w_i\, \frac{\partial^2 F_i}{\partial x_j \partial x_k}(x)\, u_j \),
     * with \( u \) and \( w \) held fixed.
     *
     * @param x   state of length \( d \). Not modified.
     * @param u   tangent vector of length \( d \). Not modified.
     * @param w   cotangent vector of length \( d \). Not modified.
     * @param out receives the gradient, length \( d \), distinct from the inputs. Modified.
     */
    void jacobianDirectionalDerivative(double[] x, double[] u, double[] w, double[] out);

    /**
     * Computes the vector-Jacobian product \( J(x)^\top w \). The default forms \( J(x) \); override it
     * when reverse mode gives the product more cheaply.
     *
     * @param x   state of length \( d \). Not modified.
     * @param w   cotangent vector of length \( d \). Not modified.
     * @param out receives \( J(x)^\top w \), length \( d \), distinct from {@code w}. Modified.
     */
    default void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
        DMatrixRMaj j = new DMatrixRMaj(dimension(), dimension());
        jacobian(x, j);
        CommonOps_DDRM.multTransA(j, DMatrixRMaj.wrap(w.length, 1, w), DMatrixRMaj.wrap(out.length, 1, out));
    }
}
