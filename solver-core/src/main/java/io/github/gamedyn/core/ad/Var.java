package io.github.gamedyn.core.ad;

/**
 * A dense real tensor (a matrix; vectors are columns, scalars 1×1) of a game's losses, recorded
 * on a {@link Tape}. Losses are written with its operations; every operation returns a new
 * {@code Var}. Nothing is computed while recording: the operations build the program that every
 * derivative then runs.
 *
 * <p>Elementwise binary operations accept equal shapes, or broadcast a 1×1 operand to any shape
 * and a 1×c row to r×c (a bias added to every row of a batch).
 */
public final class Var {
    final Tape tape;
    final int id;
    private final int rows;
    private final int cols;

    Var(Tape tape, int id, int rows, int cols) {
        this.tape = tape;
        this.id = id;
        this.rows = rows;
        this.cols = cols;
    }

    private int size() {
        return rows * cols;
    }

    private Graph graph() {
        return tape.graph();
    }

    private Var make(int node, int r, int c) {
        return new Var(tape, node, r, c);
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /**
     * The value of a 1×1 tensor at the point the game is traced at. Losses should not need it:
     * reading values makes the engine trace twice to check that the program does not depend on
     * them (see {@link Tape}).
     */
    public double value() {
        if (rows != 1 || cols != 1) {
            throw new IllegalStateException("value() needs a 1×1 tensor, this is " + shape());
        }
        return tape.valueOf(this)[0];
    }

    /** A copy of the values, row-major, at the point the game is traced at (see {@link #value()}). */
    public double[] values() {
        return tape.valueOf(this);
    }

    /** {@code this + other}. */
    public Var plus(Var other) {
        Var[] ab = broadcast(other);
        return make(graph().add(ab[0].id, ab[1].id), ab[0].rows, ab[0].cols);
    }

    /** {@code this − other}. */
    public Var minus(Var other) {
        Var[] ab = broadcast(other);
        return make(graph().sub(ab[0].id, ab[1].id), ab[0].rows, ab[0].cols);
    }

    /** {@code this ∘ other} (elementwise). */
    public Var times(Var other) {
        Var[] ab = broadcast(other);
        return make(graph().mul(ab[0].id, ab[1].id), ab[0].rows, ab[0].cols);
    }

    /** {@code this / other} (elementwise). */
    public Var div(Var other) {
        return times(other.reciprocal());
    }

    /** {@code 1 / this} (elementwise). */
    public Var reciprocal() {
        return apply(UnaryFunction.RECIPROCAL);
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
        requireSameTape(other);
        if (cols != other.rows) {
            throw new IllegalArgumentException("matmul: inconsistent dimensions " + shape() + " · "
                    + other.shape() + ": columns of the left must equal rows of the right");
        }
        return make(graph().matmul(id, other.id, false, false), rows, other.cols);
    }

    /**
     * A dense layer {@code this · weights + bias}: the matrix product with the 1×c row
     * {@code bias} added to every row (one operation; the bias is not copied per row).
     */
    public Var dense(Var weights, Var bias) {
        requireSameTape(weights);
        requireSameTape(bias);
        if (cols != weights.rows || bias.rows != 1 || bias.cols != weights.cols) {
            throw new IllegalArgumentException("dense: inconsistent dimensions " + shape() + " · "
                    + weights.shape() + " + " + bias.shape() + ": need X n×k, W k×m, b 1×m");
        }
        return make(graph().dense(id, weights.id, bias.id), rows, weights.cols);
    }

    /** The transpose. */
    public Var transpose() {
        return make(graph().transpose(id), cols, rows);
    }

    /** The sum of all entries, 1×1. */
    public Var sum() {
        return make(graph().sum(id), 1, 1);
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
     * The softmax \(e^{x_i}/\sum_j e^{x_j}\) over all entries. The largest entry is subtracted
     * first, as a constant of differentiation (softmax is invariant to shifts, so the derivatives
     * are unchanged), so that large logits do not overflow.
     */
    public Var softmax() {
        Var max = make(graph().max(id), 1, 1);
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
        if (from < 0 || rows < 1 || cols < 1 || from + (long) rows * cols > size()) {
            throw new IllegalArgumentException("slice: from=" + from + ", shape " + rows + "×" + cols
                    + " does not fit in " + shape() + " (" + size() + " entries)");
        }
        return make(graph().slice(id, from, rows, cols), rows, cols);
    }

    /** A column vector of entries {@code from .. from+length-1}. */
    public Var slice(int from, int length) {
        return slice(from, length, 1);
    }

    /** The same data with another shape of the same size. */
    public Var reshape(int rows, int cols) {
        if ((long) rows * cols != size()) {
            throw new IllegalArgumentException("reshape: " + shape() + " cannot become " + rows + "×"
                    + cols);
        }
        return slice(0, rows, cols);
    }

    /** {@code this⁻¹ · b} for a square {@code this}, by LU with partial pivoting. */
    public Var solve(Var b) {
        requireSameTape(b);
        if (rows != cols || b.rows != rows) {
            throw new IllegalArgumentException("solve: A is " + shape() + ", b is " + b.shape()
                    + ": A must be square with as many rows as b");
        }
        return make(graph().solve(id, b.id, false), rows, b.cols);
    }

    /** Stacks tensors with equal column counts vertically. */
    public static Var concatRows(Var... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concatRows: needs at least one part");
        }
        int r = 0;
        int[] nodes = new int[parts.length];
        int[] offsets = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            Var p = parts[k];
            if (p.cols != parts[0].cols || p.tape != parts[0].tape) {
                throw new IllegalArgumentException("concatRows: part " + p.shape()
                        + " does not match " + parts[0].shape() + " (columns must agree)");
            }
            nodes[k] = p.id;
            offsets[k] = r * p.cols;
            r += p.rows;
        }
        Var first = parts[0];
        return first.make(first.graph().assemble(r, first.cols, nodes, offsets), r, first.cols);
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

    /** The shape and the operation that made this tensor (values are not computed). */
    @Override
    public String toString() {
        return "Var" + shape() + " " + graph().node(id).op.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Var apply(UnaryFunction f) {
        return make(graph().unary(f, id), rows, cols);
    }

    private Var affine(double scale, double shift) {
        return make(graph().affine(scale, shift, id), rows, cols);
    }

    private void requireSameTape(Var other) {
        if (other.tape != tape) {
            throw new IllegalArgumentException("operands are recorded on different tapes");
        }
    }

    /** The two operands of an elementwise operation, the smaller one broadcast. */
    private Var[] broadcast(Var other) {
        requireSameTape(other);
        int r = Math.max(rows, other.rows);
        int c = Math.max(cols, other.cols);
        return new Var[] {expandTo(r, c, other), other.expandTo(r, c, this)};
    }

    private Var expandTo(int r, int c, Var other) {
        if (rows == r && cols == c) {
            return this;
        }
        boolean scalar = rows == 1 && cols == 1;
        boolean row = rows == 1 && cols == c;
        if (!scalar && !row) {
            throw new IllegalArgumentException("inconsistent shapes " + shape() + " and "
                    + other.shape() + ": need equal shapes, a 1×1 operand or a 1×c row");
        }
        return make(graph().expand(id, r, c), r, c);
    }
}
