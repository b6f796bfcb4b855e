package io.github.gamedyn.core.ad;

/**
 * A node of the reference engine ({@link TaylorReference}): the recorded tensor with all its
 * algebra components, as the engine before tracing kept them (test oracle only).
 */
final class TaylorVar {
    final TaylorTape tape;
    final int rows;
    final int cols;
    /** Algebra components; {@code value[0]} is the value, {@code null} components are zero. */
    final double[][] value;
    /** Adjoint components, allocated when first reached by a sweep. */
    final double[][] adjoint;
    /** Bit set of the parameter blocks this node depends on. */
    final long blocks;
    final TaylorOp op;
    final TaylorVar[] inputs;
    /** Position on the tape. */
    final int index;

    TaylorVar(TaylorTape tape, int index, int rows, int cols, long blocks, TaylorOp op,
            TaylorVar[] inputs) {
        this.tape = tape;
        this.index = index;
        this.rows = rows;
        this.cols = cols;
        this.blocks = blocks;
        this.op = op;
        this.inputs = inputs;
        this.value = new double[tape.components()][];
        this.adjoint = new double[tape.components()][];
    }

    int size() {
        return rows * cols;
    }

    double[] adjoint(int m) {
        if (adjoint[m] == null) {
            adjoint[m] = new double[size()];
        }
        return adjoint[m];
    }
}
