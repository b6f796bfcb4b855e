package io.github.gamedyn.core.dynamics;

import java.util.function.BiConsumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A discrete dynamical system \( x_{t+1} = F(x_t) \) on \( \mathbb{R}^d \) with its exact Jacobian
 * \( J(x) = \partial F / \partial x \), \( J_{ij} = \partial F_i / \partial x_j \).
 *
 * <p>The state may be any real vector: the parameters \( \omega \) of a game under simultaneous gradient
 * descent \( F(\omega) = \omega - \alpha \xi(\omega) \) with \( J = I - \alpha \hat H \), or an augmented
 * state (parameters followed by momentum buffers) of an optimiser with memory.
 *
 * <p>Implementations used by {@code io.github.gamedyn.core.lyapunov.Landscape} are called from several
 * threads at once and must therefore hold no mutable state.
 *
 * <p>Example, the logistic map \( F(x) = 4x(1-x) \):
 * <pre>{@code
 * DifferentiableMap logistic = DifferentiableMap.of(1,
 *     (x, out) -> out[0] = 4 * x[0] * (1 - x[0]),
 *     (x, jac) -> jac.set(0, 0, 4 - 8 * x[0]));
 * }</pre>
 */
public interface DifferentiableMap {

    /** @return the dimension \( d \) of the state */
    int dimension();

    /**
     * Computes \( F(x) \).
     *
     * @param x   state of length \( d \). Not modified.
     * @param out receives \( F(x) \), length \( d \), distinct from {@code x}. Modified.
     */
    void apply(double[] x, double[] out);

    /**
     * Computes the Jacobian \( J(x) \).
     *
     * @param x   state of length \( d \). Not modified.
     * @param out reshaped to \( d \times d \) and overwritten with \( J(x) \). Modified.
     */
    void jacobian(double[] x, DMatrixRMaj out);

    /**
     * Computes \( F(x) \) and \( J(x) V \) together. The default calls {@link #apply} and
     * {@link #jacobianTimes}; maps whose evaluation yields both in one pass override it.
     *
     * @param x   state of length \( d \). Not modified.
     * @param out receives \( F(x) \), length \( d \), distinct from {@code x}. Modified.
     * @param v   tangent vectors, \( d \times m \). Not modified.
     * @param jv  receives \( J(x) V \), \( d \times m \). Modified.
     */
    default void applyAndJacobianTimes(double[] x, double[] out, DMatrixRMaj v, DMatrixRMaj jv) {
        apply(x, out);
        jacobianTimes(x, v, jv);
    }

    /**
     * Computes \( F(x_b) \) and \( J(x_b) u_b \) for {@code count} states and tangents at once,
     * each a row of a row-major {@code count × d} array. The default runs the states one by one;
     * maps that can evaluate a batch in one pass (a game's traced program over lanes) override it.
     * A state whose evaluation is not finite gets non-finite rows rather than an exception, so that
     * one diverging state does not stop the batch.
     *
     * @param x   states, {@code count × d}. Not modified.
     * @param out receives \( F(x_b) \), {@code count × d}, distinct from {@code x}. Modified.
     * @param u   tangents, {@code count × d}. Not modified.
     * @param ju  receives \( J(x_b) u_b \), {@code count × d}, distinct from {@code u}. Modified.
     */
    default void applyAndJacobianTimes(int count, double[] x, double[] out, double[] u, double[] ju) {
        int d = dimension();
        double[] state = new double[d];
        double[] next = new double[d];
        DMatrixRMaj tangent = new DMatrixRMaj(d, 1);
        DMatrixRMaj product = new DMatrixRMaj(d, 1);
        for (int b = 0; b < count; b++) {
            System.arraycopy(x, b * d, state, 0, d);
            System.arraycopy(u, b * d, tangent.data, 0, d);
            try {
                applyAndJacobianTimes(state, next, tangent, product);
            } catch (ArithmeticException e) {
                java.util.Arrays.fill(next, Double.NaN);
                java.util.Arrays.fill(product.data, Double.NaN);
            }
            System.arraycopy(next, 0, out, b * d, d);
            System.arraycopy(product.data, 0, ju, b * d, d);
        }
    }

    /**
     * Computes \( J(x) V \) for a block of tangent vectors \( V \in \mathbb{R}^{d \times m} \). The default
     * forms \( J(x) \) and multiplies; override it when products are cheaper than the full Jacobian
     * (Jacobian-vector products of automatic differentiation, variational equations of a flow).
     *
     * @param x   state of length \( d \). Not modified.
     * @param v   tangent vectors as the columns of a \( d \times m \) matrix. Not modified.
     * @param out reshaped to \( d \times m \) and overwritten with \( J(x) V \); must not be {@code v}.
     *            Modified.
     */
    default void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        DMatrixRMaj j = new DMatrixRMaj(dimension(), dimension());
        jacobian(x, j);
        out.reshape(dimension(), v.numCols);
        CommonOps_DDRM.mult(j, v, out);
    }

    /**
     * Iterates the map: returns \( x_n = F^n(x_0) \).
     *
     * @param x0    start state of length \( d \). Not modified.
     * @param steps number of applications \( n \ge 0 \)
     * @return a new array holding \( x_n \)
     * @throws DivergenceException if some \( x_t \) has a non-finite entry
     */
    default double[] iterate(double[] x0, int steps) {
        if (x0.length != dimension()) {
            throw new IllegalArgumentException("x0 has length " + x0.length + "; the map has dimension "
                    + dimension());
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: steps >= 0");
        }
        double[] x = x0.clone();
        double[] next = new double[x.length];
        for (int t = 0; t < steps; t++) {
            apply(x, next);
            DivergenceException.requireFinite(next, t + 1, x);
            double[] swap = x;
            x = next;
            next = swap;
        }
        return x;
    }

    /**
     * Builds a map from two functions. Before {@code jacobian} is called the output matrix is reshaped to
     * \( d \times d \) and zeroed, so the function only needs to set the non-zero entries.
     *
     * @param dimension the dimension \( d \ge 1 \)
     * @param map       writes \( F(x) \) into its second argument
     * @param jacobian  writes \( J(x) \) into its second argument
     * @return the map; stateless if the functions are
     */
    static DifferentiableMap of(int dimension, BiConsumer<double[], double[]> map,
                                BiConsumer<double[], DMatrixRMaj> jacobian) {
        return new FunctionalMap(dimension, map, jacobian);
    }
}
