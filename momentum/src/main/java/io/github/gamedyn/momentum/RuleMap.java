package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * An {@link UpdateRule} on a game as a map of augmented states, every derivative from one
 * evaluation of its update over {@link Dual} numbers: \(J V\) from tangents along the columns of
 * V (F(x) comes with it), the dense J from the unit directions, \(J^{\mathsf T}w\) from the dense
 * J, and \(\nabla_x(w^{\mathsf T}J(x)u)\) from a seed u with the unit directions. Where a field's
 * direction is not finite, F and its products are NaN. Stateless and thread-safe.
 */
final class RuleMap implements SecondOrderMap {
    private final UpdateRule rule;
    private final Game game;
    private final int dimension;

    RuleMap(UpdateRule rule, Game game) {
        this.rule = rule;
        this.game = game;
        this.dimension = rule.stateDimension(game.dimension());
    }

    /** Checks a starting point: the game's length, finite. */
    static void checkStart(Game game, double[] w0) {
        if (w0 == null || w0.length != game.dimension()) {
            throw new IllegalArgumentException("w0 has length "
                    + (w0 == null ? "null" : String.valueOf(w0.length)) + "; game "
                    + game.name() + " has dimension " + game.dimension());
        }
        for (int i = 0; i < w0.length; i++) {
            if (!Double.isFinite(w0[i])) {
                throw new IllegalArgumentException("w0[" + i + "] = " + w0[i]
                        + "; coordinates must be finite");
            }
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    private Dual evaluate(Dual state) {
        Dual next = rule.update(new DualGame(game), state);
        if (next.size() != dimension) {
            throw new IllegalStateException("update of " + rule + " returned a state of size "
                    + next.size() + "; allowed: " + dimension);
        }
        return next;
    }

    /**
     * Why a step failed: the augmented index of the first non-finite entry of the new state, or
     * the coordinate of ω whose direction was not finite.
     *
     * @param index that index or coordinate
     * @param reason {@code non-finite state} or {@code non-finite direction}
     */
    record Failure(int index, String reason) {
    }

    /**
     * The outcome of one step of a run.
     *
     * @param next F(x), owned by the caller (the update's own result, not copied: a run keeps
     *        it as its state); of no use after a failure
     * @param failure null, or where the step failed
     */
    record Step(double[] next, Failure failure) {
    }

    /**
     * F(x), for a run.
     *
     * @param x the state. Not modified.
     */
    Step step(double[] x) {
        Dual next;
        try {
            next = evaluate(Dual.wrap(checked(x)));
        } catch (NonFiniteDirectionException e) {
            return new Step(null, new Failure(e.coordinate, "non-finite direction"));
        }
        double[] out = next.valueArray();
        for (int i = 0; i < dimension; i++) {
            if (!Double.isFinite(out[i])) {
                return new Step(out, new Failure(i, "non-finite state"));
            }
        }
        return new Step(out, null);
    }

    /** F(x); NaN everywhere where a direction was not finite. */
    @Override
    public void apply(double[] x, double[] out) {
        try {
            System.arraycopy(evaluate(Dual.wrap(checked(x))).valueArray(), 0, out, 0, dimension);
        } catch (NonFiniteDirectionException e) {
            Arrays.fill(out, 0, dimension, Double.NaN);
        }
    }

    /** J(x) from the unit directions; NaN everywhere where a direction was not finite. */
    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        checked(x);
        double[][] t = new double[dimension][];
        for (int k = 0; k < dimension; k++) {
            t[k] = new double[dimension];
            t[k][k] = 1;
        }
        out.reshape(dimension, dimension);
        try {
            write(evaluate(Dual.variable(x, t)), out);
        } catch (NonFiniteDirectionException e) {
            Arrays.fill(out.data, 0, dimension * dimension, Double.NaN);
        }
    }

    /** The tangents of y as the columns of out (reshaped already). */
    private void write(Dual y, DMatrixRMaj out) {
        int m = out.numCols;
        out.zero();
        for (int k = 0; k < m; k++) {
            double[] col = y.tangent(k);
            if (col != null) {
                for (int i = 0; i < dimension; i++) {
                    out.data[i * m + k] = col[i];
                }
            }
        }
    }

    @Override
    public void jacobianTimes(double[] x, DMatrixRMaj v, DMatrixRMaj out) {
        applyAndJacobianTimes(x, null, v, out);
    }

    @Override
    public void applyAndJacobianTimes(double[] x, double[] next, DMatrixRMaj v, DMatrixRMaj jv) {
        checked(x);
        if (v.numRows != dimension) {
            throw new IllegalArgumentException("v has " + v.numRows + " rows; allowed: "
                    + dimension);
        }
        int m = v.numCols;
        double[][] t = new double[m][];
        for (int k = 0; k < m; k++) {
            t[k] = column(v, k);
        }
        jv.reshape(dimension, m);
        Dual y;
        try {
            y = evaluate(Dual.variable(x, t));
        } catch (NonFiniteDirectionException e) {
            if (next != null) {
                Arrays.fill(next, 0, dimension, Double.NaN);
            }
            Arrays.fill(jv.data, 0, dimension * m, Double.NaN);
            return;
        }
        if (next != null) {
            System.arraycopy(y.valueArray(), 0, next, 0, dimension);
        }
        write(y, jv);
    }

    @Override
    public void jacobianTransposeTimes(double[] x, double[] w, double[] out) {
        DMatrixRMaj j = new DMatrixRMaj(dimension, dimension);
        jacobian(x, j);
        CommonOps_DDRM.multTransA(j, DMatrixRMaj.wrap(w.length, 1, w),
                DMatrixRMaj.wrap(out.length, 1, out));
    }

    /**
     * \(\nabla_x(w^{\mathsf T}J(x)u)\): the update seeded with u and the unit directions \(e_k\);
     * entry k is \(w^{\mathsf T}\partial^2F[u, e_k]\).
     *
     * @throws UnsupportedOperationException if the rule reaches the game through more than ξ
     *         (its second derivatives would need fourth derivatives of the losses)
     */
    @Override
    public void jacobianDirectionalDerivative(double[] x, double[] u, double[] w, double[] out) {
        checked(x);
        double[][] t = new double[dimension][];
        for (int k = 0; k < dimension; k++) {
            t[k] = new double[dimension];
            t[k][k] = 1;
        }
        Dual y = evaluate(Dual.secondOrder(x, t, u.clone(), new double[dimension][]));
        for (int k = 0; k < dimension; k++) {
            double[] c = y.cross(k);
            double s = 0;
            if (c != null) {
                for (int i = 0; i < dimension; i++) {
                    s += w[i] * c[i];
                }
            }
            out[k] = s;
        }
    }

    private double[] checked(double[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("x has length " + x.length + "; the map of "
                    + rule + " on game " + game.name() + " has dimension " + dimension);
        }
        return x;
    }

    /** Column k of v, or null when it is zero. */
    private static double[] column(DMatrixRMaj v, int k) {
        double[] c = new double[v.numRows];
        boolean zero = true;
        for (int i = 0; i < c.length; i++) {
            c[i] = v.unsafe_get(i, k);
            zero &= c[i] == 0;
        }
        return zero ? null : c;
    }

    @Override
    public String toString() {
        return rule + " on " + game.name();
    }
}
