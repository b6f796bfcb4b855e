package io.github.gamedyn.core.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only list of {@link Node}s in topological order: a traced program under construction.
 *
 * <p>A <em>recording</em> graph keeps every node exactly as the losses asked for it (what
 * {@link Tape} records, and what branch detection compares). A <em>simplifying</em> graph is where
 * programs are built and differentiated: its constructors fold constants, apply algebraic
 * identities (\(1\cdot x = x\), affine maps compose, transposes cancel or fold into products and
 * solves, slices of concatenations read the part they select) and share equal nodes, so that the
 * derivative programs come out as lean as hand-derived ones. {@link #ZERO} stands for a tensor
 * known to be zero (a tangent or adjoint that nothing feeds); it is never stored, and constructors
 * that receive it return the result without computing (JAX's symbolic zero).
 *
 * <p>Not thread-safe; {@link Differentiator} builds under a lock and compiles immutable
 * {@link Program}s from it.
 */
final class Graph {
    /** A tensor known to be zero. */
    static final int ZERO = -1;

    private static final int[] NONE = {};
    private static final double[] NO_REALS = {};
    /** Depth to which {@link #cheapTranspose} looks through elementwise operations. */
    private static final int TRANSPOSE_DEPTH = 4;

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> index;

    private Graph(boolean simplify) {
        this.index = simplify ? new HashMap<>() : null;
    }

    /** A graph that records nodes as given. */
    static Graph recording() {
        return new Graph(false);
    }

    /** A graph whose constructors simplify and share equal nodes. */
    static Graph simplifying() {
        return new Graph(true);
    }

    int size() {
        return nodes.size();
    }

    Node node(int id) {
        return nodes.get(id);
    }

    private boolean isSimplifying() {
        return index != null;
    }

    private boolean isConst(int id) {
        return id != ZERO && nodes.get(id).op == Primitive.CONST;
    }

    /** The value of the constant node {@code id} when all its entries are equal, else NaN. */
    private double uniformValue(int id) {
        double[] r = nodes.get(id).reals;
        for (double x : r) {
            if (Double.doubleToLongBits(x) != Double.doubleToLongBits(r[0])) {
                return Double.NaN;
            }
        }
        return r[0];
    }

    private int put(Primitive op, int rows, int cols, int[] inputs, int[] ints, double[] reals) {
        Node n = new Node(op, rows, cols, inputs, ints, reals);
        if (!isSimplifying()) {
            nodes.add(n);
            return nodes.size() - 1;
        }
        Integer known = index.get(n);
        if (known != null) {
            return known;
        }
        if (op != Primitive.INPUT && op != Primitive.CONST && allConstant(inputs)) {
            return fold(n);
        }
        nodes.add(n);
        index.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }

    private boolean allConstant(int[] inputs) {
        for (int x : inputs) {
            if (!isConst(x)) {
                return false;
            }
        }
        return true;
    }

    /** Evaluates a node whose inputs are all constants into a constant. */
    private int fold(Node n) {
        Graph g = recording();
        int[] in = new int[n.inputs.length];
        for (int k = 0; k < in.length; k++) {
            Node c = nodes.get(n.inputs[k]);
            in[k] = g.put(Primitive.CONST, c.rows, c.cols, NONE, NONE, c.reals);
        }
        int y = g.put(n.op, n.rows, n.cols, in, n.ints, n.reals);
        double[] value = Program.evaluate(g, y);
        return constant(n.rows, n.cols, value);
    }

    // ---- leaves -------------------------------------------------------------------------------

    /** Block {@code block} (of {@code rows} entries) of input vector {@code vector}. */
    int input(int vector, int block, int rows) {
        return put(Primitive.INPUT, rows, 1, NONE, new int[] {vector, block}, NO_REALS);
    }

    /** A constant. Not modified; the graph keeps a copy. */
    int constant(int rows, int cols, double[] data) {
        return put(Primitive.CONST, rows, cols, NONE, NONE, data.clone());
    }

    /** A constant with every entry {@code c}. */
    int filled(int rows, int cols, double c) {
        double[] data = new double[rows * cols];
        Arrays.fill(data, c);
        return put(Primitive.CONST, rows, cols, NONE, NONE, data);
    }

    // ---- elementwise ----------------------------------------------------------------------------

    int add(int a, int b) {
        if (isSimplifying()) {
            if (a == ZERO) {
                return b;
            }
            if (b == ZERO) {
                return a;
            }
            if (isNegation(b)) {
                return sub(a, nodes.get(b).input(0));
            }
            if (isNegation(a)) {
                return sub(b, nodes.get(a).input(0));
            }
            if (isScalarConstant(a) && !isConst(b)) {
                return affine(1, nodes.get(a).reals[0], b);
            }
            if (isScalarConstant(b) && !isConst(a)) {
                return affine(1, nodes.get(b).reals[0], a);
            }
            if (a > b) {
                int t = a;
                a = b;
                b = t;
            }
        }
        Node n = nodes.get(a);
        return put(Primitive.ADD, n.rows, n.cols, new int[] {a, b}, NONE, NO_REALS);
    }

    int sub(int a, int b) {
        if (isSimplifying()) {
            if (b == ZERO) {
                return a;
            }
            if (a == ZERO) {
                return affine(-1, 0, b);
            }
            if (isNegation(b)) {
                return add(a, nodes.get(b).input(0));
            }
            if (isScalarConstant(a) && !isConst(b)) {
                return affine(-1, nodes.get(a).reals[0], b);
            }
            if (isScalarConstant(b) && !isConst(a)) {
                return affine(1, -nodes.get(b).reals[0], a);
            }
        }
        Node n = nodes.get(a);
        return put(Primitive.SUB, n.rows, n.cols, new int[] {a, b}, NONE, NO_REALS);
    }

    /** Whether node {@code id} is \(-x\) for some x. */
    private boolean isNegation(int id) {
        Node n = nodes.get(id);
        return n.op == Primitive.AFFINE && n.reals[0] == -1 && n.reals[1] == 0;
    }

    /** Whether node {@code id} is a 1×1 constant (of a scalar program). */
    private boolean isScalarConstant(int id) {
        return isConst(id) && nodes.get(id).size() == 1;
    }

    int mul(int a, int b) {
        if (isSimplifying()) {
            if (a == ZERO || b == ZERO) {
                return ZERO;
            }
            if (isConst(a) && !isConst(b)) {
                int t = a;
                a = b;
                b = t;
            }
            if (isConst(b) && !isConst(a)) {
                double c = uniformValue(b);
                if (!Double.isNaN(c)) {
                    return affine(c, 0, a);
                }
            }
            Node x = nodes.get(a);
            Node y = nodes.get(b);
            if (x.op == Primitive.AFFINE && x.reals[1] == 0) {
                return affine(x.reals[0], 0, mul(x.input(0), b));
            }
            if (y.op == Primitive.AFFINE && y.reals[1] == 0) {
                return affine(y.reals[0], 0, mul(a, y.input(0)));
            }
            if (a > b) {
                int t = a;
                a = b;
                b = t;
            }
        }
        Node n = nodes.get(a);
        return put(Primitive.MUL, n.rows, n.cols, new int[] {a, b}, NONE, NO_REALS);
    }

    /** \(s\,a + c\). */
    int affine(double s, double c, int a) {
        if (isSimplifying()) {
            if (a == ZERO) {
                if (c != 0) {
                    throw new IllegalStateException("an affine map with shift " + c
                            + " of a symbolic zero has no shape");
                }
                return ZERO;
            }
            if (s == 1 && c == 0) {
                return a;
            }
            Node n = nodes.get(a);
            if (n.op == Primitive.AFFINE) {
                return affine(s * n.reals[0], s * n.reals[1] + c, n.input(0));
            }
        }
        Node n = nodes.get(a);
        return put(Primitive.AFFINE, n.rows, n.cols, new int[] {a}, NONE, new double[] {s, c});
    }

    int unary(UnaryFunction f, int a) {
        if (a == ZERO) {
            throw new IllegalStateException(f + " of a symbolic zero");
        }
        Node n = nodes.get(a);
        return put(Primitive.UNARY, n.rows, n.cols, new int[] {a}, new int[] {f.ordinal()},
                NO_REALS);
    }

    /** \(\operatorname{sech}^2 x\) given x and {@code t} = tanh(x) (see {@link Primitive#SECH2}). */
    int sech2(int x, int t) {
        Node n = nodes.get(x);
        return put(Primitive.SECH2, n.rows, n.cols, new int[] {x, t}, NONE, NO_REALS);
    }

    // ---- reductions and broadcasts --------------------------------------------------------------

    int sum(int a) {
        if (isSimplifying()) {
            if (a == ZERO) {
                return ZERO;
            }
            if (nodes.get(a).size() == 1) {
                return a;
            }
        }
        return put(Primitive.SUM, 1, 1, new int[] {a}, NONE, NO_REALS);
    }

    int colsum(int a) {
        if (isSimplifying()) {
            if (a == ZERO) {
                return ZERO;
            }
            if (nodes.get(a).rows == 1) {
                return a;
            }
        }
        return put(Primitive.COLSUM, 1, nodes.get(a).cols, new int[] {a}, NONE, NO_REALS);
    }

    /** A 1×1 or 1×c tensor repeated to r×c. */
    int expand(int a, int rows, int cols) {
        if (isSimplifying()) {
            if (a == ZERO) {
                return ZERO;
            }
            Node n = nodes.get(a);
            if (n.rows == rows && n.cols == cols) {
                return a;
            }
            if (n.op == Primitive.CONST && !Double.isNaN(uniformValue(a))) {
                return filled(rows, cols, uniformValue(a));
            }
        }
        return put(Primitive.EXPAND, rows, cols, new int[] {a}, NONE, NO_REALS);
    }

    // ---- data movement ----------------------------------------------------------------------------

    /** Entries {@code from .. from + rows·cols − 1} of {@code a}, reshaped. */
    int slice(int a, int from, int rows, int cols) {
        if (isSimplifying()) {
            if (a == ZERO) {
                return ZERO;
            }
            Node n = nodes.get(a);
            if (from == 0 && n.rows == rows && n.cols == cols) {
                return a;
            }
            if (n.op == Primitive.SLICE) {
                return slice(n.input(0), n.ints[0] + from, rows, cols);
            }
            if (n.op == Primitive.ASSEMBLE) {
                int inside = ZERO;
                int overlapping = 0;
                for (int k = 0; k < n.inputs.length; k++) {
                    int off = n.ints[k];
                    int size = nodes.get(n.input(k)).size();
                    if (off < from + rows * cols && from < off + size) {
                        overlapping++;
                        if (off <= from && from + rows * cols <= off + size) {
                            inside = k;
                        }
                    }
                }
                if (overlapping == 0) {
                    return ZERO;
                }
                if (overlapping == 1 && inside != ZERO) {
                    return slice(n.input(inside), from - n.ints[inside], rows, cols);
                }
            }
        }
        return put(Primitive.SLICE, rows, cols, new int[] {a}, new int[] {from}, NO_REALS);
    }

    /**
     * \(\sum_k \operatorname{pad}(a_k)\) with piece k at row-major offset {@code offsets[k]}.
     * Arrays not modified.
     */
    int assemble(int rows, int cols, int[] pieces, int[] offsets) {
        int[] p = pieces;
        int[] o = offsets;
        if (isSimplifying()) {
            int n = 0;
            for (int x : pieces) {
                n += x == ZERO ? 0 : 1;
            }
            if (n == 0) {
                return ZERO;
            }
            p = new int[n];
            o = new int[n];
            for (int k = 0, j = 0; k < pieces.length; k++) {
                if (pieces[k] != ZERO) {
                    p[j] = pieces[k];
                    o[j++] = offsets[k];
                }
            }
            if (n == 1 && o[0] == 0 && nodes.get(p[0]).size() == rows * cols) {
                return slice(p[0], 0, rows, cols);
            }
        }
        return put(Primitive.ASSEMBLE, rows, cols, p.clone(), o.clone(), NO_REALS);
    }

    int transpose(int a) {
        if (a == ZERO) {
            return ZERO;
        }
        Node n = nodes.get(a);
        if (isSimplifying()) {
            int t = cheapTranspose(a, TRANSPOSE_DEPTH);
            if (t != ZERO) {
                return t;
            }
        }
        return put(Primitive.TRANSPOSE, n.cols, n.rows, new int[] {a}, NONE, NO_REALS);
    }

    /**
     * The transpose of {@code a} without a transposition of its own where one can be avoided: a
     * vector is reshaped, a transpose cancels, a constant folds, and elementwise operations of
     * such operands are applied to their transposes. {@link #ZERO} when none of this applies.
     */
    private int cheapTranspose(int a, int depth) {
        Node n = nodes.get(a);
        if (n.rows == 1 || n.cols == 1) {
            return slice(a, 0, n.cols, n.rows);
        }
        switch (n.op) {
            case TRANSPOSE:
                return n.input(0);
            case CONST:
                return put(Primitive.TRANSPOSE, n.cols, n.rows, new int[] {a}, NONE, NO_REALS);
            case AFFINE:
            case ADD:
            case SUB:
            case MUL:
                if (depth == 0) {
                    return ZERO;
                }
                int[] t = new int[n.inputs.length];
                for (int k = 0; k < t.length; k++) {
                    t[k] = cheapTranspose(n.input(k), depth - 1);
                    if (t[k] == ZERO) {
                        return ZERO;
                    }
                }
                return switch (n.op) {
                    case AFFINE -> affine(n.reals[0], n.reals[1], t[0]);
                    case ADD -> add(t[0], t[1]);
                    case SUB -> sub(t[0], t[1]);
                    default -> mul(t[0], t[1]);
                };
            default:
                return ZERO;
        }
    }

    // ---- linear algebra ----------------------------------------------------------------------

    /** \(\operatorname{op}(a)\operatorname{op}(b)\) with op the transpose when the flag is set. */
    int matmul(int a, int b, boolean ta, boolean tb) {
        if (a == ZERO || b == ZERO) {
            return ZERO;
        }
        if (isSimplifying()) {
            if (nodes.get(a).op == Primitive.TRANSPOSE) {
                return matmul(nodes.get(a).input(0), b, !ta, tb);
            }
            if (nodes.get(b).op == Primitive.TRANSPOSE) {
                return matmul(a, nodes.get(b).input(0), ta, !tb);
            }
            if (isConst(a) && nodes.get(a).size() == 1) {
                return affine(nodes.get(a).reals[0], 0, tb ? transpose(b) : b);
            }
            if (isConst(b) && nodes.get(b).size() == 1) {
                return affine(nodes.get(b).reals[0], 0, ta ? transpose(a) : a);
            }
        }
        Node x = nodes.get(a);
        Node y = nodes.get(b);
        int rows = ta ? x.cols : x.rows;
        int cols = tb ? y.rows : y.cols;
        return put(Primitive.MATMUL, rows, cols, new int[] {a, b},
                new int[] {ta ? 1 : 0, tb ? 1 : 0}, NO_REALS);
    }

    /** \(xw + \mathbf 1 b\); x and w must not be {@link #ZERO}. */
    int dense(int x, int w, int b) {
        if (isSimplifying() && b == ZERO) {
            return matmul(x, w, false, false);
        }
        return put(Primitive.DENSE, nodes.get(x).rows, nodes.get(w).cols, new int[] {x, w, b},
                NONE, NO_REALS);
    }

    /** \(a^{-1}b\), or \(a^{-\mathsf T}b\) when {@code transpose}; a's factorisation is shared. */
    int solve(int a, int b, boolean transpose) {
        if (isSimplifying()) {
            if (b == ZERO) {
                return ZERO;
            }
            if (nodes.get(a).op == Primitive.TRANSPOSE) {
                return solve(nodes.get(a).input(0), b, !transpose);
            }
        }
        Node m = nodes.get(a);
        int lu = put(Primitive.LU, m.rows, m.rows + 1, new int[] {a}, NONE, NO_REALS);
        Node r = nodes.get(b);
        return put(Primitive.SOLVE, r.rows, r.cols, new int[] {a, lu, b},
                new int[] {transpose ? 1 : 0}, NO_REALS);
    }

    /** The largest entry, as a constant of differentiation. */
    int max(int a) {
        return put(Primitive.MAX, 1, 1, new int[] {a}, NONE, NO_REALS);
    }

    /**
     * Re-creates node {@code n} of another graph here, its inputs mapped to {@code inputs}
     * (through this graph's constructors, so a simplifying graph simplifies it).
     */
    int copy(Node n, int[] inputs) {
        return switch (n.op) {
            case INPUT -> input(n.ints[0], n.ints[1], n.rows);
            case CONST -> constant(n.rows, n.cols, n.reals);
            case ADD -> add(inputs[0], inputs[1]);
            case SUB -> sub(inputs[0], inputs[1]);
            case MUL -> mul(inputs[0], inputs[1]);
            case AFFINE -> affine(n.reals[0], n.reals[1], inputs[0]);
            case UNARY -> unary(UnaryFunction.values()[n.ints[0]], inputs[0]);
            case SUM -> sum(inputs[0]);
            case COLSUM -> colsum(inputs[0]);
            case EXPAND -> expand(inputs[0], n.rows, n.cols);
            case SLICE -> slice(inputs[0], n.ints[0], n.rows, n.cols);
            case ASSEMBLE -> assemble(n.rows, n.cols, inputs, n.ints);
            case TRANSPOSE -> transpose(inputs[0]);
            case MATMUL -> matmul(inputs[0], inputs[1], n.ints[0] == 1, n.ints[1] == 1);
            case DENSE -> dense(inputs[0], inputs[1], inputs[2]);
            case LU -> put(Primitive.LU, n.rows, n.cols, inputs.clone(), NONE, NO_REALS);
            case SOLVE -> solve(inputs[0], inputs[2], n.ints[0] == 1);
            case MAX -> max(inputs[0]);
            case SECH2 -> sech2(inputs[0], inputs[1]);
        };
    }
}
