package io.github.gamedyn.core.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The derivative rules of every {@link Primitive}, written once as program transformations on a
 * simplifying {@link Graph} (JAX's {@code jvp} and {@code vjp}): forward mode appends the tangent
 * of each node, reverse mode the adjoint of each input. The rules are themselves built from
 * primitives, so transforming a derivative program again gives higher derivatives: Ĥv is the
 * tangent of ξ, the third-order products the tangent or adjoint of that.
 *
 * <p>Tangents and adjoints that are known to vanish are {@link Graph#ZERO} and cost nothing.
 */
final class Differentiation {

    private Differentiation() {
    }

    /**
     * Forward mode: the tangents of {@code targets} when every input node moves along its seed.
     *
     * @param g the graph, extended with the tangent nodes
     * @param targets nodes of g. Not modified.
     * @param seeds the tangent of an input node given its id, or {@link Graph#ZERO}
     * @return the tangent of each target
     */
    static int[] jvp(Graph g, int[] targets, IntUnaryOperator seeds) {
        int n = g.size();
        boolean[] needed = ancestors(g, targets);
        int[] t = new int[n];
        Arrays.fill(t, Graph.ZERO);
        for (int id = 0; id < n; id++) {
            if (needed[id]) {
                t[id] = tangent(g, id, t, seeds);
            }
        }
        int[] out = new int[targets.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = targets[k] == Graph.ZERO ? Graph.ZERO : t[targets[k]];
        }
        return out;
    }

    /**
     * Reverse mode: the adjoints \(\bar x = (\partial y/\partial x)^{\mathsf T}\bar y\) of the
     * wanted input nodes.
     *
     * @param g the graph, extended with the adjoint nodes
     * @param y the output node
     * @param yBar its cotangent, a node of y's shape
     * @param wanted which input nodes (by id) receive adjoints
     * @return per node id of g before the call, the adjoint of a wanted input, else {@link Graph#ZERO}
     */
    static int[] vjp(Graph g, int y, int yBar, IntPredicate wanted) {
        int n = g.size();
        int[] adjoint = new int[n];
        Arrays.fill(adjoint, Graph.ZERO);
        if (y == Graph.ZERO || yBar == Graph.ZERO) {
            return adjoint;
        }
        boolean[] depends = new boolean[n];
        for (int id = 0; id <= y; id++) {
            Node node = g.node(id);
            if (node.op == Primitive.INPUT) {
                depends[id] = wanted.test(id);
            } else if (node.op != Primitive.MAX) {
                for (int x : node.inputs) {
                    depends[id] |= depends[x];
                }
            }
        }
        Contributions c = new Contributions(n);
        c.add(y, yBar, -1);
        for (int id = y; id >= 0; id--) {
            if (!depends[id] || c.isEmpty(id)) {
                continue;
            }
            int bar = c.total(g, id);
            Node node = g.node(id);
            if (node.op == Primitive.INPUT) {
                adjoint[id] = bar;
            } else {
                adjoint(g, id, bar, depends, c);
            }
        }
        return adjoint;
    }

    /** The nodes that {@code targets} are computed from, targets included. */
    private static boolean[] ancestors(Graph g, int[] targets) {
        boolean[] needed = new boolean[g.size()];
        int top = -1;
        for (int t : targets) {
            if (t != Graph.ZERO) {
                needed[t] = true;
                top = Math.max(top, t);
            }
        }
        for (int id = top; id >= 0; id--) {
            if (needed[id]) {
                for (int x : g.node(id).inputs) {
                    needed[x] = true;
                }
            }
        }
        return needed;
    }

    /** The tangent of node {@code id} from the tangents {@code t} of earlier nodes. */
    private static int tangent(Graph g, int id, int[] t, IntUnaryOperator seeds) {
        Node n = g.node(id);
        int[] in = n.inputs;
        switch (n.op) {
            case INPUT:
                return seeds.applyAsInt(id);
            case CONST:
            case LU:
            case MAX:
                return Graph.ZERO;
            case ADD:
                return g.add(t[in[0]], t[in[1]]);
            case SUB:
                return g.sub(t[in[0]], t[in[1]]);
            case MUL:
                return g.add(g.mul(t[in[0]], in[1]), g.mul(in[0], t[in[1]]));
            case AFFINE:
                return g.affine(n.reals[0], 0, t[in[0]]);
            case UNARY:
                return t[in[0]] == Graph.ZERO ? Graph.ZERO
                        : g.mul(derivative(g, UnaryFunction.values()[n.ints[0]], in[0], id), t[in[0]]);
            case SUM:
                return g.sum(t[in[0]]);
            case COLSUM:
                return g.colsum(t[in[0]]);
            case EXPAND:
                return g.expand(t[in[0]], n.rows, n.cols);
            case SLICE:
                return g.slice(t[in[0]], n.ints[0], n.rows, n.cols);
            case ASSEMBLE: {
                int[] pieces = new int[in.length];
                for (int k = 0; k < in.length; k++) {
                    pieces[k] = t[in[k]];
                }
                return g.assemble(n.rows, n.cols, pieces, n.ints);
            }
            case TRANSPOSE:
                return g.transpose(t[in[0]]);
            case MATMUL: {
                boolean ta = n.ints[0] == 1;
                boolean tb = n.ints[1] == 1;
                return g.add(g.matmul(t[in[0]], in[1], ta, tb), g.matmul(in[0], t[in[1]], ta, tb));
            }
            case DENSE: {
                int dx = t[in[0]];
                int dw = t[in[1]];
                int db = t[in[2]];
                int first = dx != Graph.ZERO ? g.dense(dx, in[1], db) : g.expand(db, n.rows, n.cols);
                return g.add(first, g.matmul(in[0], dw, false, false));
            }
            case SECH2:
                return t[in[0]] == Graph.ZERO ? Graph.ZERO : g.mul(sech2Slope(g, n, id), t[in[0]]);
            case SOLVE: {
                boolean transpose = n.ints[0] == 1;
                int da = t[in[0]];
                int moved = da == Graph.ZERO ? Graph.ZERO : g.matmul(da, id, transpose, false);
                return g.solve(in[0], g.sub(t[in[2]], moved), transpose);
            }
            default:
                throw new IllegalStateException("no tangent rule for " + n.op);
        }
    }

    /** Adds the adjoint contributions of node {@code id}, whose adjoint is {@code bar}. */
    private static void adjoint(Graph g, int id, int bar, boolean[] depends, Contributions c) {
        Node n = g.node(id);
        int[] in = n.inputs;
        switch (n.op) {
            case ADD:
                c.add(in[0], bar, depends);
                c.add(in[1], bar, depends);
                break;
            case SUB:
                c.add(in[0], bar, depends);
                if (depends[in[1]]) {
                    c.add(in[1], g.affine(-1, 0, bar), -1);
                }
                break;
            case MUL:
                if (depends[in[0]]) {
                    c.add(in[0], g.mul(bar, in[1]), -1);
                }
                if (depends[in[1]]) {
                    c.add(in[1], g.mul(bar, in[0]), -1);
                }
                break;
            case AFFINE:
                c.add(in[0], g.affine(n.reals[0], 0, bar), -1);
                break;
            case UNARY:
                c.add(in[0], g.mul(bar, derivative(g, UnaryFunction.values()[n.ints[0]], in[0], id)),
                        -1);
                break;
            case SUM:
            case COLSUM: {
                Node x = g.node(in[0]);
                c.add(in[0], g.expand(bar, x.rows, x.cols), -1);
                break;
            }
            case EXPAND:
                c.add(in[0], g.node(in[0]).size() == 1 ? g.sum(bar) : g.colsum(bar), -1);
                break;
            case SLICE:
                c.add(in[0], bar, n.ints[0]);
                break;
            case ASSEMBLE:
                for (int k = 0; k < in.length; k++) {
                    if (depends[in[k]]) {
                        Node x = g.node(in[k]);
                        c.add(in[k], g.slice(bar, n.ints[k], x.rows, x.cols), -1);
                    }
                }
                break;
            case TRANSPOSE:
                c.add(in[0], g.transpose(bar), -1);
                break;
            case MATMUL:
                matmulAdjoint(g, n, bar, depends, c);
                break;
            case DENSE:
                if (depends[in[0]]) {
                    c.add(in[0], g.matmul(bar, in[1], false, true), -1);
                }
                if (depends[in[1]]) {
                    c.add(in[1], g.matmul(in[0], bar, true, false), -1);
                }
                if (depends[in[2]]) {
                    c.add(in[2], g.colsum(bar), -1);
                }
                break;
            case SECH2:
                c.add(in[0], g.mul(bar, sech2Slope(g, n, id)), -1);
                break;
            case SOLVE: {
                boolean transpose = n.ints[0] == 1;
                int z = g.solve(in[0], bar, !transpose);
                c.add(in[2], z, depends);
                if (depends[in[0]]) {
                    int outer = transpose ? g.matmul(id, z, false, true) : g.matmul(z, id, false, true);
                    c.add(in[0], g.affine(-1, 0, outer), -1);
                }
                break;
            }
            default:
                throw new IllegalStateException("no adjoint rule for " + n.op);
        }
    }

    /** \(C = \operatorname{op}(A)\operatorname{op}(B)\): \(\bar A\), \(\bar B\) for each pair of flags. */
    private static void matmulAdjoint(Graph g, Node n, int bar, boolean[] depends, Contributions c) {
        int a = n.input(0);
        int b = n.input(1);
        boolean ta = n.ints[0] == 1;
        boolean tb = n.ints[1] == 1;
        if (depends[a]) {
            c.add(a, ta ? g.matmul(b, bar, tb, true) : g.matmul(bar, b, false, !tb), -1);
        }
        if (depends[b]) {
            c.add(b, tb ? g.matmul(bar, a, true, ta) : g.matmul(a, bar, !ta, false), -1);
        }
    }

    /**
     * \((\operatorname{sech}^2)'(x) = -2\tanh x \operatorname{sech}^2 x\) of the SECH2 node
     * {@code id}, from its own inputs (t = tanh x) and value.
     */
    private static int sech2Slope(Graph g, Node n, int id) {
        return g.mul(g.affine(-2, 0, n.input(1)), id);
    }

    /**
     * \(f'(x)\) as a node, with {@code y} = f(x), in forms that keep full relative accuracy
     * (\(\sigma' = \sigma(x)\sigma(-x)\), \(\tanh' = \operatorname{sech}^2\)).
     */
    private static int derivative(Graph g, UnaryFunction f, int x, int y) {
        return switch (f) {
            case SIGMOID -> g.mul(y, g.unary(UnaryFunction.SIGMOID, g.affine(-1, 0, x)));
            case LOG_SIGMOID -> g.unary(UnaryFunction.SIGMOID, g.affine(-1, 0, x));
            case SOFTPLUS -> g.unary(UnaryFunction.SIGMOID, x);
            case TANH -> g.sech2(x, y);
            case EXP -> y;
            case LOG -> g.unary(UnaryFunction.RECIPROCAL, x);
            case RECIPROCAL -> g.affine(-1, 0, g.unary(UnaryFunction.SQUARE, y));
            case SQUARE -> g.affine(2, 0, x);
            case SIN -> g.unary(UnaryFunction.COS, x);
            case COS -> g.affine(-1, 0, g.unary(UnaryFunction.SIN, x));
        };
    }

    /**
     * Adjoint contributions per node, each a whole tensor or a piece at a row-major offset (a
     * slice's adjoint), summed once when the node is reached.
     */
    private static final class Contributions {
        private final List<List<int[]>> pieces;

        Contributions(int n) {
            pieces = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pieces.add(null);
            }
        }

        void add(int node, int value, boolean[] depends) {
            if (depends[node]) {
                add(node, value, -1);
            }
        }

        /** @param offset the row-major offset of a piece, or −1 for the whole tensor */
        void add(int node, int value, int offset) {
            if (value == Graph.ZERO) {
                return;
            }
            if (pieces.get(node) == null) {
                pieces.set(node, new ArrayList<>(2));
            }
            pieces.get(node).add(new int[] {value, offset});
        }

        boolean isEmpty(int node) {
            return pieces.get(node) == null;
        }

        /** The sum of the contributions to {@code node}. */
        int total(Graph g, int node) {
            List<int[]> p = pieces.get(node);
            boolean whole = p.stream().allMatch(x -> x[1] < 0);
            if (whole) {
                int sum = p.get(0)[0];
                for (int k = 1; k < p.size(); k++) {
                    sum = g.add(sum, p.get(k)[0]);
                }
                return sum;
            }
            Node shape = g.node(node);
            int[] values = new int[p.size()];
            int[] offsets = new int[p.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = p.get(k)[0];
                offsets[k] = Math.max(0, p.get(k)[1]);
            }
            return g.assemble(shape.rows, shape.cols, values, offsets);
        }
    }
}
