package io.github.gamedyn.core.ad;

import java.util.Arrays;

/**
 * Rewrites the small tensors of a program as scalars, into a fresh simplifying {@link Graph}.
 *
 * <p>Games like the iterated prisoner's dilemma are built from many small vectors and matrices:
 * policies of five probabilities, a 4×4 transition matrix, concatenations and slices of them. As
 * tensors, every concatenation, slice, transpose and broadcast is an instruction that moves data,
 * and repeated or constant entries (a policy that plays the same probability in two states, a
 * fixed probability times a fixed probability) are computed again and again. As scalars, data
 * movement is renaming, every repeated product is shared and every constant one folded, and the
 * program is what a symbolic derivation (sympy) would give. Linear solves stay tensor operations
 * on their assembled operands, and tensors larger than the threshold stay as they are, so that
 * network-sized games keep their matrix products.
 */
final class Scalarizer {
    private final Graph from;
    private final Graph to = Graph.simplifying();
    private final int threshold;
    /** Per node of {@code from}: its scalars in {@code to}, or null if it stays a tensor. */
    private final int[][] scalars;
    /** Per node of {@code from}: its tensor in {@code to}, or −1 if not made yet. */
    private final int[] tensor;
    private int zero = -1;

    private Scalarizer(Graph from, int threshold) {
        this.from = from;
        this.threshold = threshold;
        this.scalars = new int[from.size()][];
        this.tensor = new int[from.size()];
        Arrays.fill(tensor, -1);
    }

    /** The rewritten graph and where the outputs went. */
    record Result(Graph graph, int[] outputs) {
    }

    /**
     * Rewrites what {@code outputs} need, tensors of at most {@code threshold} entries as scalars.
     *
     * @param outputs nodes of {@code g} ({@link Graph#ZERO} allowed). Not modified.
     */
    static Result rewrite(Graph g, int[] outputs, int threshold) {
        Scalarizer s = new Scalarizer(g, threshold);
        boolean[] live = new boolean[g.size()];
        for (int o : outputs) {
            if (o != Graph.ZERO) {
                live[o] = true;
            }
        }
        for (int id = g.size() - 1; id >= 0; id--) {
            if (live[id]) {
                for (int x : g.node(id).inputs) {
                    live[x] = true;
                }
            }
        }
        for (int id = 0; id < g.size(); id++) {
            if (live[id]) {
                s.rewrite(id);
            }
        }
        int[] out = new int[outputs.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = outputs[k] == Graph.ZERO ? Graph.ZERO : s.tensorOf(outputs[k]);
        }
        return new Result(s.to, out);
    }

    private boolean small(Node n) {
        return n.size() <= threshold && n.op != Primitive.LU;
    }

    /** Node {@code id} as a tensor of {@code to}, assembled from its scalars if need be. */
    private int tensorOf(int id) {
        if (tensor[id] < 0) {
            Node n = from.node(id);
            int[] e = scalars[id];
            int[] offsets = new int[e.length];
            for (int k = 0; k < e.length; k++) {
                offsets[k] = k;
                if (e[k] == Graph.ZERO) {
                    e = e.clone();
                    e[k] = zero();
                }
            }
            tensor[id] = to.assemble(n.rows, n.cols, e, offsets);
        }
        return tensor[id];
    }

    /** Node {@code id} as scalars of {@code to}, sliced from its tensor if need be. */
    private int[] scalarsOf(int id) {
        if (scalars[id] == null) {
            Node n = from.node(id);
            int t = tensor[id];
            int[] e = new int[n.size()];
            for (int k = 0; k < e.length; k++) {
                e[k] = to.slice(t, k, 1, 1);
            }
            scalars[id] = e;
        }
        return scalars[id];
    }

    /** A materialised scalar zero, for entries a partial assembly leaves empty. */
    private int zero() {
        if (zero < 0) {
            zero = to.filled(1, 1, 0);
        }
        return zero;
    }

    private int scalar(int[] e, int k) {
        return e[k] == Graph.ZERO ? zero() : e[k];
    }

    private void rewrite(int id) {
        Node n = from.node(id);
        if (!small(n) || !allSmall(n)) {
            int[] in = new int[n.inputs.length];
            for (int k = 0; k < in.length; k++) {
                in[k] = from.node(n.input(k)).op == Primitive.LU ? tensor[n.input(k)]
                        : tensorOf(n.input(k));
            }
            tensor[id] = n.op == Primitive.INPUT ? to.input(n.ints[0], n.ints[1], n.rows)
                    : to.copy(n, in);
            return;
        }
        int size = n.size();
        int[] e = new int[size];
        int[] in = n.inputs;
        switch (n.op) {
            case INPUT -> {
                tensor[id] = to.input(n.ints[0], n.ints[1], n.rows);
                e = null;
            }
            case CONST -> {
                for (int k = 0; k < size; k++) {
                    e[k] = to.filled(1, 1, n.reals[k]);
                }
            }
            case ADD, SUB, MUL -> {
                int[] a = scalarsOf(in[0]);
                int[] b = scalarsOf(in[1]);
                for (int k = 0; k < size; k++) {
                    e[k] = switch (n.op) {
                        case ADD -> to.add(a[k], b[k]);
                        case SUB -> to.sub(scalar(a, k), b[k]);
                        default -> to.mul(a[k], b[k]);
                    };
                }
            }
            case SECH2 -> {
                int[] a = scalarsOf(in[0]);
                int[] t = scalarsOf(in[1]);
                for (int k = 0; k < size; k++) {
                    e[k] = to.sech2(scalar(a, k), scalar(t, k));
                }
            }
            case AFFINE -> {
                int[] a = scalarsOf(in[0]);
                for (int k = 0; k < size; k++) {
                    e[k] = n.reals[1] == 0 ? to.affine(n.reals[0], 0, a[k])
                            : to.affine(n.reals[0], n.reals[1], scalar(a, k));
                }
            }
            case UNARY -> {
                int[] a = scalarsOf(in[0]);
                for (int k = 0; k < size; k++) {
                    e[k] = to.unary(UnaryFunction.values()[n.ints[0]], scalar(a, k));
                }
            }
            case SUM -> {
                int[] a = scalarsOf(in[0]);
                int s = Graph.ZERO;
                for (int x : a) {
                    s = to.add(s, x);
                }
                e[0] = s;
            }
            case COLSUM -> {
                int[] a = scalarsOf(in[0]);
                for (int j = 0; j < n.cols; j++) {
                    int s = Graph.ZERO;
                    for (int i = 0; i < from.node(in[0]).rows; i++) {
                        s = to.add(s, a[i * n.cols + j]);
                    }
                    e[j] = s;
                }
            }
            case EXPAND -> {
                int[] a = scalarsOf(in[0]);
                for (int k = 0; k < size; k++) {
                    e[k] = a[k % a.length];
                }
            }
            case SLICE -> {
                int[] a = scalarsOf(in[0]);
                System.arraycopy(a, n.ints[0], e, 0, size);
            }
            case ASSEMBLE -> {
                Arrays.fill(e, Graph.ZERO);
                for (int p = 0; p < in.length; p++) {
                    int[] a = scalarsOf(in[p]);
                    for (int k = 0; k < a.length; k++) {
                        e[n.ints[p] + k] = to.add(e[n.ints[p] + k], a[k]);
                    }
                }
            }
            case TRANSPOSE -> {
                int[] a = scalarsOf(in[0]);
                for (int i = 0; i < n.cols; i++) {
                    for (int j = 0; j < n.rows; j++) {
                        e[j * n.cols + i] = a[i * n.rows + j];
                    }
                }
            }
            case MATMUL, DENSE -> product(n, e);
            default -> {
                // SOLVE, MAX: tensor operations on assembled operands
                int[] t = new int[in.length];
                for (int k = 0; k < t.length; k++) {
                    t[k] = from.node(in[k]).op == Primitive.LU ? tensor[in[k]] : tensorOf(in[k]);
                }
                tensor[id] = to.copy(n, t);
                e = null;
            }
        }
        scalars[id] = e;
    }

    /** The entries of a small product (and bias) as sums of scalar products. */
    private void product(Node n, int[] e) {
        int[] a = scalarsOf(n.input(0));
        int[] b = scalarsOf(n.input(1));
        Node an = from.node(n.input(0));
        boolean ta = n.op == Primitive.MATMUL && n.ints[0] == 1;
        boolean tb = n.op == Primitive.MATMUL && n.ints[1] == 1;
        int k = ta ? an.rows : an.cols;
        int[] bias = n.op == Primitive.DENSE ? scalarsOf(n.input(2)) : null;
        for (int i = 0; i < n.rows; i++) {
            for (int j = 0; j < n.cols; j++) {
                int s = bias == null ? Graph.ZERO : bias[j];
                for (int p = 0; p < k; p++) {
                    int x = a[ta ? p * n.rows + i : i * k + p];
                    int y = b[tb ? j * k + p : p * n.cols + j];
                    s = to.add(s, to.mul(x, y));
                }
                e[i * n.cols + j] = s;
            }
        }
    }

    /** Whether every input of {@code n} is small (LU factors count as small: solves take them). */
    private boolean allSmall(Node n) {
        for (int x : n.inputs) {
            Node in = from.node(x);
            if (in.op != Primitive.LU && !small(in)) {
                return false;
            }
        }
        return true;
    }
}
