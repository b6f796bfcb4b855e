package io.github.gamedyn.core.ad;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of one evaluation of a game's losses: the players' parameter blocks, every operation
 * applied to them, and the algebra components of every value (see the package documentation).
 *
 * <p>A loss function sees a tape through {@link #block(int)} and the constant factories. The
 * differentiation itself is driven by {@link Differentiator}. A tape is confined to one thread.
 */
public final class Tape {
    private static final int MAX_DIRECTIONS = 2;

    private final int components;
    private final List<Var> nodes = new ArrayList<>();
    private final Var[] blocks;

    /**
     * @param directions number of tangent directions, 0 to 2
     * @param blockValues the players' parameter blocks. Not modified.
     */
    Tape(int directions, double[][] blockValues) {
        if (directions < 0 || directions > MAX_DIRECTIONS) {
            throw new IllegalArgumentException("directions = " + directions + "; allowed: 0 to "
                    + MAX_DIRECTIONS);
        }
        this.components = 1 << directions;
        this.blocks = new Var[blockValues.length];
        for (int i = 0; i < blockValues.length; i++) {
            Var b = leaf(blockValues[i].length, 1, 1L << i);
            b.value[0] = blockValues[i].clone();
            blocks[i] = b;
        }
    }

    int components() {
        return components;
    }

    /** Player {@code player}'s parameters as a column vector. */
    public Var block(int player) {
        if (player < 0 || player >= blocks.length) {
            throw new IllegalArgumentException("player = " + player + "; allowed: 0 to "
                    + (blocks.length - 1));
        }
        return blocks[player];
    }

    /** Number of parameter blocks (players). */
    public int players() {
        return blocks.length;
    }

    /** A 1×1 constant. */
    public Var constant(double value) {
        return constant(1, 1, value);
    }

    /** A column-vector constant. */
    public Var vector(double... values) {
        return constant(values.length, 1, values);
    }

    /**
     * A constant matrix.
     *
     * @param data row-major entries, {@code rows·cols} of them. Not modified.
     */
    public Var constant(int rows, int cols, double... data) {
        if (rows < 1 || cols < 1 || data.length != rows * cols) {
            throw new IllegalArgumentException("constant: shape " + rows + "×" + cols + " needs "
                    + rows * cols + " entries, got " + data.length);
        }
        Var c = leaf(rows, cols, 0);
        c.value[0] = data.clone();
        return c;
    }

    private Var leaf(int rows, int cols, long blockSet) {
        Var v = new Var(this, nodes.size(), rows, cols, blockSet, null, new Var[0]);
        nodes.add(v);
        return v;
    }

    Var record(int rows, int cols, Op op, Var... inputs) {
        long deps = 0;
        for (Var x : inputs) {
            deps |= x.blocks;
        }
        Var y = new Var(this, nodes.size(), rows, cols, deps, op, inputs);
        nodes.add(y);
        op.forward(y, 0);
        return y;
    }

    /**
     * Sets tangent component {@code m} of every parameter block and propagates it (and, for
     * {@code m = 3}, the mixed component) through the tape.
     *
     * @param m a single direction bit (1 or 2)
     * @param direction the tangent, concatenated over blocks. Not modified.
     */
    void setDirection(int m, double[] direction) {
        int offset = 0;
        for (Var b : blocks) {
            double[] part = null;
            for (int i = 0; i < b.rows; i++) {
                if (direction[offset + i] != 0) {
                    part = new double[b.rows];
                    System.arraycopy(direction, offset, part, 0, b.rows);
                    break;
                }
            }
            b.value[m] = part;
            offset += b.rows;
        }
        forward(m);
        if (components == 4) {
            forward(3);
        }
    }

    private void forward(int m) {
        for (Var y : nodes) {
            if (y.op != null) {
                y.value[m] = null;
                y.op.forward(y, m);
            }
        }
    }

    /** Forgets adjoint components {@code from} and higher of every node. */
    void clearAdjoints(int from) {
        for (Var y : nodes) {
            for (int m = from; m < components; m++) {
                y.adjoint[m] = null;
            }
        }
    }

    /**
     * Reverse sweep from {@code loss} for adjoint components {@code from..to}, reaching only nodes
     * that depend on the blocks in {@code blockSet}. Components below {@code from} must hold the
     * adjoints of an earlier sweep from the same loss; {@code from = 0} seeds \(\bar L = 1\).
     */
    void sweep(Var loss, long blockSet, int from, int to) {
        if (from == 0) {
            loss.adjoint(0)[0] = 1;
        }
        for (int i = loss.index; i >= 0; i--) {
            Var y = nodes.get(i);
            if (y.op == null || (y.blocks & blockSet) == 0) {
                continue;
            }
            for (int m = from; m <= to; m++) {
                if (hasAdjoint(y, m)) {
                    y.op.backward(y, m, blockSet);
                }
            }
        }
    }

    private static boolean hasAdjoint(Var y, int m) {
        for (int s = m; s >= 0; s = Op.nextSubset(s, m)) {
            if (y.adjoint[s] != null) {
                return true;
            }
        }
        return false;
    }

    /** Adjoint component {@code m} of block {@code i}, or zeros. */
    double[] blockAdjoint(int i, int m) {
        double[] a = blocks[i].adjoint[m];
        return a == null ? new double[blocks[i].rows] : a.clone();
    }
}
