package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * A dense real tensor (a matrix; vectors are columns, scalars 1×1) recorded on a {@link Tape}.
 * Losses are written with its operations; every operation returns a new {@code Var} and records
 * how to differentiate it.
 *
 * <p>Elementwise binary operations accept equal shapes, or broadcast a 1×1 operand to any shape
 * and a 1×c row to r×c (a bias added to every row of a batch).
 */
public final class Var {
    final Tape tape;
    final int rows;
    final int cols;
    /** Algebra components; {@code value[0]} is the value, {@code null} components are zero. */
    final double[][] value;
    /** Adjoint components, allocated when first reached by a sweep. */
    final double[][] adjoint;
    /** Bit set of the parameter blocks this node depends on. */
    final long blocks;
    final Op op;
    final Var[] inputs;
    /** Position on the tape. */
    final int index;

    Var(Tape tape, int index, int rows, int cols, long blocks, Op op, Var[] inputs) {
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

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** The value of a 1×1 tensor. */
    public double value() {
        requireShape(1, 1, "value()");
        return value[0][0];
    }

    /** A copy of the values, row-major. */
    public double[] values() {
        return value[0].clone();
    }

    /** {@code this + other}. */
    public Var plus(Var other) {
        return elementwise(new LinearOps.Add(1), other);
    }

    /** {@code this − other}. */
    public Var minus(Var other) {
        return elementwise(new LinearOps.Add(-1), other);
    }

    /** {@code this ∘ other} (elementwise). */
    public Var times(Var other) {
        return elementwise(new BilinearOp.Multiply(), other);
    }

    /** {@code this / other} (elementwise). */
    public Var div(Var other) {
        return times(other.apply(UnaryFunction.RECIPROCAL));
    }

    /** {@code this + c}. */
    public Var plus(double c) {
        return affine(1, c);
    }

    /** {@code this − c}. */
    public Var minus(double c) {
        return affine(1, -c);
    }

    /** {@code c · this}. */
    public Var times(double c) {
        return affine(c, 0);
    }

    /** {@code this / c}. */
    public Var div(double c) {
        return affine(1 / c, 0);
    }

    /** {@code −this}. */
    public Var negate() {
        return affine(-1, 0);
    }

    /** {@code c − this}. */
    public Var subtractedFrom(double c) {
        return affine(-1, c);
    }

    /** Matrix product {@code this · other}. */
    public Var matmul(Var other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("matmul: inconsistent dimensions " + shape() + " · "
                    + other.shape() + ": columns of the left must equal rows of the right");
        }
        return tape.record(rows, other.cols, new BilinearOp.MatMul(), this, other);
    }

    /**
     * A dense layer {@code this · weights + bias}: the matrix product with the 1×c row
     * {@code bias} added to every row (one operation; the bias is not copied per row).
     */
    public Var dense(Var weights, Var bias) {
        if (cols != weights.rows || bias.rows != 1 || bias.cols != weights.cols) {
            throw new IllegalArgumentException("dense: inconsistent dimensions " + shape() + " · "
                    + weights.shape() + " + " + bias.shape() + ": need X n×k, W k×m, b 1×m");
        }
        return tape.record(rows, weights.cols, new BilinearOp.Dense(), this, weights, bias);
    }

    /** The transpose. */
    public Var transpose() {
        return tape.record(cols, rows, new LinearOps.Transpose(), this);
    }

    /** The sum of all entries, 1×1. */
    public Var sum() {
        return tape.record(1, 1, new LinearOps.Sum(), this);
    }

    /** The mean of all entries, 1×1. */
    public Var mean() {
        return sum().div(size());
    }

    /** The logistic sigmoid \(1/(1+e^{-x})\) elementwise. */
    public Var sigmoid() {
        return apply(UnaryFunction.SIGMOID);
    }

    /** \(\log\sigma(x)\) elementwise, accurate for large |x|. */
    public Var logSigmoid() {
        return apply(UnaryFunction.LOG_SIGMOID);
    }

    /** \(\log(1+e^x)\) elementwise, accurate for large |x|. */
    public Var softplus() {
        return apply(UnaryFunction.SOFTPLUS);
    }

    /** tanh elementwise. */
    public Var tanh() {
        return apply(UnaryFunction.TANH);
    }

    /** exp elementwise. */
    public Var exp() {
        return apply(UnaryFunction.EXP);
    }

    /** Natural logarithm elementwise. */
    public Var log() {
        return apply(UnaryFunction.LOG);
    }

    /** Square elementwise. */
    public Var square() {
        return apply(UnaryFunction.SQUARE);
    }

    /** sin elementwise. */
    public Var sin() {
        return apply(UnaryFunction.SIN);
    }

    /** cos elementwise. */
    public Var cos() {
        return apply(UnaryFunction.COS);
    }

    /**
     * The softmax \(e^{x_i}/\sum_j e^{x_j}\) over all entries. The largest value is subtracted first
     * as a constant (softmax is invariant to shifts, so derivatives are unchanged).
     */
    public Var softmax() {
        double max = Arrays.stream(value[0]).max().orElse(0);
        Var e = minus(max).exp();
        return e.div(e.sum());
    }

    /** Entry {@code i} of the row-major data, 1×1. */
    public Var get(int i) {
        return slice(i, 1, 1);
    }

    /**
     * A contiguous run of the row-major data, reshaped.
     *
     * @param from first index (row-major)
     * @param rows rows of the result
     * @param cols columns of the result
     */
    public Var slice(int from, int rows, int cols) {
        if (from < 0 || rows < 1 || cols < 1 || from + rows * cols > size()) {
            throw new IllegalArgumentException("slice: from=" + from + ", shape " + rows + "×" + cols
                    + " does not fit in " + shape() + " (" + size() + " entries)");
        }
        return tape.record(rows, cols, new LinearOps.Slice(from), this);
    }

    /** A column vector of entries {@code from .. from+length-1}. */
    public Var slice(int from, int length) {
        return slice(from, length, 1);
    }

    /** The same data with another shape of the same size. */
    public Var reshape(int rows, int cols) {
        if (rows * cols != size()) {
            throw new IllegalArgumentException("reshape: " + shape() + " cannot become " + rows + "×"
                    + cols);
        }
        return slice(0, rows, cols);
    }

    /** {@code this⁻¹ · b} for a square {@code this}, by LU with partial pivoting. */
    public Var solve(Var b) {
        if (rows != cols || b.rows != rows) {
            throw new IllegalArgumentException("solve: A is " + shape() + ", b is " + b.shape()
                    + ": A must be square with as many rows as b");
        }
        return tape.record(rows, b.cols, new SolveOp(), this, b);
    }

    /** Stacks tensors with equal column counts vertically. */
    public static Var concatRows(Var... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concatRows: needs at least one part");
        }
        int r = 0;
        for (Var p : parts) {
            if (p.cols != parts[0].cols || p.tape != parts[0].tape) {
                throw new IllegalArgumentException("concatRows: part " + p.shape()
                        + " does not match " + parts[0].shape() + " (columns must agree)");
            }
            r += p.rows;
        }
        return parts[0].tape.record(r, parts[0].cols, new LinearOps.ConcatRows(), parts);
    }

    /** Places tensors with equal row counts side by side. */
    public static Var concatColumns(Var... parts) {
        Var[] t = new Var[parts.length];
        for (int i = 0; i < parts.length; i++) {
            t[i] = parts[i].transpose();
        }
        return concatRows(t).transpose();
    }

    /** "r×c". */
    public String shape() {
        return rows + "×" + cols;
    }

    @Override
    public String toString() {
        return "Var" + shape() + Arrays.toString(value[0]);
    }

    private Var apply(UnaryFunction f) {
        return tape.record(rows, cols, new UnaryOp(f), this);
    }

    private Var affine(double scale, double shift) {
        return tape.record(rows, cols, new LinearOps.Affine(scale, shift), this);
    }

    private Var elementwise(Op op, Var other) {
        if (other.tape != tape) {
            throw new IllegalArgumentException("operands are recorded on different tapes");
        }
        int r = Math.max(rows, other.rows);
        int c = Math.max(cols, other.cols);
        return tape.record(r, c, op, broadcast(r, c, other), other.broadcast(r, c, this));
    }

    private Var broadcast(int r, int c, Var other) {
        if (rows == r && cols == c) {
            return this;
        }
        boolean scalar = rows == 1 && cols == 1;
        boolean row = rows == 1 && cols == c;
        if (!scalar && !row) {
            throw new IllegalArgumentException("inconsistent shapes " + shape() + " and "
                    + other.shape() + ": need equal shapes, a 1×1 operand or a 1×c row");
        }
        return tape.record(r, c, new LinearOps.Expand(), this);
    }

    private void requireShape(int r, int c, String what) {
        if (rows != r || cols != c) {
            throw new IllegalStateException(what + " needs a " + r + "×" + c + " tensor, this is "
                    + shape());
        }
    }
}
