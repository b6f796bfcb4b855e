package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * One node of a traced program: a {@link Primitive} applied to earlier nodes, with its shape and
 * parameters. Immutable; equal nodes compute equal values, which {@link Graph} uses to share
 * common subexpressions.
 */
final class Node {
    final Primitive op;
    final int rows;
    final int cols;
    final int[] inputs;
    final int[] ints;
    final double[] reals;
    private final int hash;

    Node(Primitive op, int rows, int cols, int[] inputs, int[] ints, double[] reals) {
        this.op = op;
        this.rows = rows;
        this.cols = cols;
        this.inputs = inputs;
        this.ints = ints;
        this.reals = reals;
        int h = op.hashCode();
        h = 31 * h + rows;
        h = 31 * h + cols;
        h = 31 * h + Arrays.hashCode(inputs);
        h = 31 * h + Arrays.hashCode(ints);
        this.hash = 31 * h + Arrays.hashCode(reals);
    }

    int size() {
        return rows * cols;
    }

    int input(int k) {
        return inputs[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node n && n.hash == hash && n.op == op && n.rows == rows
                && n.cols == cols && Arrays.equals(n.inputs, inputs) && Arrays.equals(n.ints, ints)
                && Arrays.equals(n.reals, reals);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(op.name()).append(' ').append(rows).append('×').append(cols);
        s.append(' ').append(Arrays.toString(inputs));
        if (ints.length > 0) {
            s.append(" ints ").append(Arrays.toString(ints));
        }
        if (reals.length > 0) {
            s.append(reals.length <= 4 ? " reals " + Arrays.toString(reals)
                    : " reals[" + reals.length + "]");
        }
        return s.toString();
    }
}
