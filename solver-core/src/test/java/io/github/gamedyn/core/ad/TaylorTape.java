package io.github.gamedyn.core.ad;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference engine's tape: one eager evaluation of a recorded program in the truncated
 * Taylor algebra with up to two nilpotent directions (the engine before tracing, kept as a test
 * oracle for the traced one). Driven by {@link TaylorReference}.
 */
final class TaylorTape {
    private static final int MAX_DIRECTIONS = 2;

    private final int components;
    private final List<TaylorVar> nodes = new ArrayList<>();
    private final TaylorVar[] blocks;

    /**
     * @param directions number of tangent directions, 0 to 2
     * @param blockValues the players' parameter blocks. Not modified.
     */
    TaylorTape(int directions, double[][] blockValues) {
        if (directions < 0 || directions > MAX_DIRECTIONS) {
            throw new IllegalArgumentException("directions = " + directions + "; allowed: 0 to "
                    + MAX_DIRECTIONS);
        }
        this.components = 1 << directions;
        this.blocks = new TaylorVar[blockValues.length];
        for (int i = 0; i < blockValues.length; i++) {
            TaylorVar b = leaf(blockValues[i].length, 1, 1L << i);
            b.value[0] = blockValues[i].clone();
            blocks[i] = b;
        }
    }

    int components() {
        return components;
    }

    TaylorVar block(int player) {
        return blocks[player];
    }

    TaylorVar constant(int rows, int cols, double[] data) {
        TaylorVar c = leaf(rows, cols, 0);
        c.value[0] = data.clone();
        return c;
    }

    private TaylorVar leaf(int rows, int cols, long blockSet) {
        TaylorVar v = new TaylorVar(this, nodes.size(), rows, cols, blockSet, null, new TaylorVar[0]);
        nodes.add(v);
        return v;
    }

    TaylorVar record(int rows, int cols, TaylorOp op, TaylorVar... inputs) {
        long deps = 0;
        for (TaylorVar x : inputs) {
            deps |= x.blocks;
        }
        TaylorVar y = new TaylorVar(this, nodes.size(), rows, cols, deps, op, inputs);
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
        for (TaylorVar b : blocks) {
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
        for (TaylorVar y : nodes) {
            if (y.op != null) {
                y.value[m] = null;
                y.op.forward(y, m);
            }
        }
    }

    /** Forgets adjoint components {@code from} and higher of every node. */
    void clearAdjoints(int from) {
        for (TaylorVar y : nodes) {
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
    void sweep(TaylorVar loss, long blockSet, int from, int to) {
        if (from == 0) {
            loss.adjoint(0)[0] = 1;
        }
        for (int i = loss.index; i >= 0; i--) {
            TaylorVar y = nodes.get(i);
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

    private static boolean hasAdjoint(TaylorVar y, int m) {
        for (int s = m; s >= 0; s = TaylorOp.nextSubset(s, m)) {
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
