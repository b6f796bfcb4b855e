package io.github.gamedyn.core.dynamics;

import org.ejml.data.DMatrixRMaj;

/**
 * An autonomous flow \( \omega' = f(\omega) \) on \( \mathbb{R}^d \) with its Jacobian \( Df(\omega) \),
 * for instance continuous-time gradient play \( f = -\xi \), \( Df = -\hat H \). Its Lyapunov exponents
 * are those of the time-\( \tau \) map ({@link FlowMap}) divided by \( \tau \).
 *
 * <p>Implementations must hold no mutable state: they may be called from several threads at once.
 */
public interface Flow {

    /** @return the dimension \( d \) of the state */
    int dimension();

    /**
     * Computes the vector field \( f(\omega) \).
     *
     * @param x   state of length \( d \). Not modified.
     * @param out receives \( f(x) \), length \( d \), distinct from {@code x}. Modified.
     */
    void derivative(double[] x, double[] out);

    /**
     * Computes the Jacobian \( Df(\omega) \).
     *
     * @param x   state of length \( d \). Not modified.
     * @param out reshaped to \( d \times d \) and overwritten with \( Df(x) \). Modified.
     */
    void jacobian(double[] x, DMatrixRMaj out);
}
