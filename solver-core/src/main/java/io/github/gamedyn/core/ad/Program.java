package io.github.gamedyn.core.ad;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled program: the nodes a set of outputs needs, as a flat instruction list over
 * preallocated storage, run by a loop over an {@code int[]} without allocating (the JAX "jaxpr",
 * made executable).
 *
 * <p>Some input vectors may be <em>laned</em>: given for L lanes at once (L points of a batch, or
 * L directions at one point). Every node that depends on a laned input is laned; the others are
 * <em>uniform</em> and computed once, in a first phase. So one compilation serves three uses:
 * nothing laned (one point), everything laned (a batch of points), and only the directions laned
 * (a linearisation: the uniform phase once at ω, then the laned phase for as many batches of
 * directions as wanted).
 *
 * <p>Slices and reshapes are views of their input's storage; storage is reused once a value is
 * dead. A program is immutable and may be run from several threads, each with its own
 * {@link Workspace}.
 */
final class Program {
    private static final int NONE = -1;

    private final int[] code;
    private final int lanedStart;
    private final double[] reals;
    private final double[] uniformInitial;
    private final int lanedUnits;
    private final int[][] inputRefs;
    private final int[][] inputSizes;
    private final int[] outputRefs;
    private final int[] outputSizes;
    private final long uniformWork;
    private final long lanedWork;

    private Program(int[] code, int lanedStart, double[] reals, double[] uniformInitial,
            int lanedUnits, int[][] inputRefs, int[][] inputSizes, int[] outputRefs,
            int[] outputSizes, long uniformWork, long lanedWork) {
        this.code = code;
        this.lanedStart = lanedStart;
        this.reals = reals;
        this.uniformInitial = uniformInitial;
        this.lanedUnits = lanedUnits;
        this.inputRefs = inputRefs;
        this.inputSizes = inputSizes;
        this.outputRefs = outputRefs;
        this.outputSizes = outputSizes;
        this.uniformWork = uniformWork;
        this.lanedWork = lanedWork;
    }

    /**
     * Storage for running a program: uniform values in one flat array, and laned values as one
     * array of lanes per entry.
     */
    static final class Workspace {
        final double[] uniform;
        /** Laned values for two lanes or more: an array of lanes per entry. */
        double[][] laned = new double[0][];
        /** Laned values for one lane: a flat array. */
        double[] single = new double[0];
        int lanes;

        private Workspace(double[] uniform) {
            this.uniform = uniform;
        }
    }

    // ---- compilation --------------------------------------------------------------------------

    /**
     * Compiles the nodes {@code outputs} need.
     *
     * @param g the graph
     * @param outputs output nodes ({@link Graph#ZERO} allowed: a zero output). Not modified.
     * @param lanedVectors which input vectors are laned, by index. Not modified.
     * @param vectors the number of input vectors (0 .. vectors−1)
     * @param blocks the number of blocks per input vector
     */
    static Program compile(Graph g, int[] outputs, boolean[] lanedVectors, int vectors, int blocks) {
        return new Compiler(g, lanedVectors).compile(outputs, vectors, blocks);
    }

    /** The value of {@code node} of a graph without inputs (constant folding). */
    static double[] evaluate(Graph g, int node) {
        return evaluate(g, node, new double[0][], new int[0][]);
    }

    /**
     * The value of {@code node} with every input uniform: input vector k, block i is
     * {@code inputs[k][offsets[k][i] ..]}.
     *
     * @param inputs the input vectors. Not modified.
     * @param offsets the block offsets within each input vector. Not modified.
     */
    static double[] evaluate(Graph g, int node, double[][] inputs, int[][] offsets) {
        int blocks = offsets.length == 0 ? 0 : offsets[0].length;
        Program p = compile(g, new int[] {node}, new boolean[inputs.length], inputs.length, blocks);
        Workspace w = p.workspace();
        for (int k = 0; k < inputs.length; k++) {
            p.setInput(w, k, inputs[k], offsets[k]);
        }
        p.runUniform(w, false);
        double[] out = new double[p.outputSize(0)];
        p.output(w, 0, out, 0);
        return out;
    }

    /** Builds the instruction list and the storage layout. */
    private static final class Compiler {
        private final Graph g;
        private final boolean[] lanedVectors;
        private final int[] root;
        private final int[] offset;
        private final boolean[] laned;
        private final int[] storage;
        private final List<Integer> code = new ArrayList<>();
        private final List<Double> reals = new ArrayList<>();
        private final Allocator uniform = new Allocator();
        private final Allocator lanedStorage = new Allocator();
        private final List<double[]> constants = new ArrayList<>();
        private long uniformWork;
        private long lanedWork;
        private final List<Integer> constantOffsets = new ArrayList<>();

        Compiler(Graph g, boolean[] lanedVectors) {
            this.g = g;
            this.lanedVectors = lanedVectors;
            int n = g.size();
            root = new int[n];
            offset = new int[n];
            laned = new boolean[n];
            storage = new int[n];
            Arrays.fill(storage, NONE);
        }

        Program compile(int[] outputs, int vectors, int blocks) {
            int n = g.size();
            boolean[] live = new boolean[n];
            for (int o : outputs) {
                if (o != Graph.ZERO) {
                    live[o] = true;
                }
            }
            for (int id = n - 1; id >= 0; id--) {
                if (live[id]) {
                    for (int x : g.node(id).inputs) {
                        live[x] = true;
                    }
                }
            }
            List<Integer> uniformOrder = new ArrayList<>();
            List<Integer> lanedOrder = new ArrayList<>();
            for (int id = 0; id < n; id++) {
                if (!live[id]) {
                    continue;
                }
                Node node = g.node(id);
                root[id] = id;
                if (node.op == Primitive.INPUT) {
                    laned[id] = node.ints[0] < lanedVectors.length && lanedVectors[node.ints[0]];
                } else {
                    for (int x : node.inputs) {
                        laned[id] |= laned[x];
                    }
                }
                if (node.op == Primitive.SLICE) {
                    int x = node.input(0);
                    root[id] = root[x];
                    offset[id] = offset[x] + node.ints[0];
                } else if (node.op != Primitive.INPUT && node.op != Primitive.CONST) {
                    (laned[id] ? lanedOrder : uniformOrder).add(id);
                }
            }
            List<Integer> order = new ArrayList<>(uniformOrder);
            order.addAll(lanedOrder);
            int[] lastUse = new int[n];
            Arrays.fill(lastUse, -1);
            for (int p = 0; p < order.size(); p++) {
                for (int x : g.node(order.get(p)).inputs) {
                    lastUse[root[x]] = p;
                }
            }
            for (int o : outputs) {
                if (o != Graph.ZERO) {
                    lastUse[root[o]] = Integer.MAX_VALUE;
                }
            }
            int[][] inputRefs = new int[vectors][blocks];
            int[][] inputSizes = new int[vectors][blocks];
            for (int[] r : inputRefs) {
                Arrays.fill(r, NONE);
            }
            for (int id = 0; id < n; id++) {
                Node node = g.node(id);
                if (!live[id] || root[id] != id) {
                    continue;
                }
                if (node.op == Primitive.CONST) {
                    storage[id] = uniform.allocate(node.size());
                    constants.add(node.reals);
                    constantOffsets.add(storage[id]);
                } else if (node.op == Primitive.INPUT) {
                    storage[id] = (laned[id] ? lanedStorage : uniform).allocate(node.size());
                    inputRefs[node.ints[0]][node.ints[1]] = ref(id);
                    inputSizes[node.ints[0]][node.ints[1]] = node.size();
                }
            }
            int lanedStart = 0;
            for (int p = 0; p < order.size(); p++) {
                if (p == uniformOrder.size()) {
                    lanedStart = code.size();
                }
                int id = order.get(p);
                Node node = g.node(id);
                storage[id] = (laned[id] ? lanedStorage : uniform).allocate(node.size());
                emit(id, node);
                if (laned[id]) {
                    lanedWork += work(node);
                } else {
                    uniformWork += work(node);
                }
                for (int x : node.inputs) {
                    int r = root[x];
                    if (lastUse[r] == p && g.node(r).op != Primitive.CONST) {
                        lastUse[r] = -1;
                        (laned[r] ? lanedStorage : uniform).release(storage[r], g.node(r).size());
                    }
                }
            }
            if (lanedOrder.isEmpty()) {
                lanedStart = code.size();
            }
            int[] outputRefs = new int[outputs.length];
            int[] outputSizes = new int[outputs.length];
            for (int k = 0; k < outputs.length; k++) {
                outputRefs[k] = outputs[k] == Graph.ZERO ? NONE : ref(outputs[k]);
                outputSizes[k] = outputs[k] == Graph.ZERO ? 0 : g.node(outputs[k]).size();
            }
            double[] initial = new double[uniform.top];
            for (int k = 0; k < constants.size(); k++) {
                double[] c = constants.get(k);
                System.arraycopy(c, 0, initial, constantOffsets.get(k), c.length);
            }
            double[] r = new double[reals.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = reals.get(k);
            }
            return new Program(code.stream().mapToInt(Integer::intValue).toArray(), lanedStart, r,
                    initial, lanedStorage.top, inputRefs, inputSizes, outputRefs, outputSizes,
                    uniformWork, lanedWork);
        }

        /** Arithmetic per lane of an instruction, roughly: entries, or multiply-adds. */
        private long work(Node n) {
            Node a = g.node(n.input(0));
            return switch (n.op) {
                case MATMUL, DENSE -> (long) n.size() * (n.op == Primitive.MATMUL && n.ints[0] == 1
                        ? a.rows : a.cols);
                case LU -> (long) n.rows * n.rows * n.rows;
                case SOLVE -> (long) n.rows * n.size();
                case SUM, MAX, COLSUM, EXPAND, TRANSPOSE -> a.size();
                default -> n.size();
            };
        }

        /** Storage reference of node {@code id}: offset (of its root, plus its own) and lane bit. */
        private int ref(int id) {
            return ((storage[root[id]] + offset[id]) << 1) | (laned[id] ? 1 : 0);
        }

        private void emit(int id, Node n) {
            int start = code.size();
            code.add(n.op.ordinal());
            code.add(0);
            code.add(ref(id));
            int[] in = n.inputs;
            switch (n.op) {
                case ADD, SUB, MUL -> add(ref(in[0]), ref(in[1]), n.size());
                case AFFINE -> {
                    add(ref(in[0]), n.size(), reals.size());
                    reals.add(n.reals[0]);
                    reals.add(n.reals[1]);
                }
                case UNARY -> add(ref(in[0]), n.size(), n.ints[0]);
                case SUM, MAX -> add(ref(in[0]), g.node(in[0]).size());
                case COLSUM -> add(ref(in[0]), g.node(in[0]).rows, n.cols);
                case EXPAND -> add(ref(in[0]), g.node(in[0]).size(), n.size());
                case ASSEMBLE -> {
                    add(n.size(), tiles(n) ? 1 : 0, in.length);
                    for (int k = 0; k < in.length; k++) {
                        add(ref(in[k]), n.ints[k], g.node(in[k]).size());
                    }
                }
                case TRANSPOSE -> add(ref(in[0]), g.node(in[0]).rows, g.node(in[0]).cols);
                case MATMUL -> {
                    Node a = g.node(in[0]);
                    boolean ta = n.ints[0] == 1;
                    add(ref(in[0]), ref(in[1]), n.rows, ta ? a.rows : a.cols, n.cols, n.ints[0],
                            n.ints[1]);
                }
                case DENSE -> add(ref(in[0]), ref(in[1]), ref(in[2]), n.rows, g.node(in[0]).cols,
                        n.cols);
                case LU -> add(ref(in[0]), n.rows);
                case SOLVE -> add(ref(in[1]), ref(in[2]), n.rows, n.cols, n.ints[0]);
                case SECH2 -> add(ref(in[0]), ref(in[1]), n.size());
                default -> throw new IllegalStateException("cannot compile " + n.op);
            }
            code.set(start + 1, code.size() - start);
        }

        private void add(int... words) {
            for (int w : words) {
                code.add(w);
            }
        }

        /** Whether the pieces of an ASSEMBLE tile its output exactly (a concatenation). */
        private boolean tiles(Node n) {
            boolean[] covered = new boolean[n.size()];
            for (int k = 0; k < n.inputs.length; k++) {
                int size = g.node(n.input(k)).size();
                for (int e = n.ints[k]; e < n.ints[k] + size; e++) {
                    if (covered[e]) {
                        return false;
                    }
                    covered[e] = true;
                }
            }
            for (boolean c : covered) {
                if (!c) {
                    return false;
                }
            }
            return true;
        }
    }

    /** First-fit by exact size over released blocks, else the top of the area. */
    private static final class Allocator {
        private final Map<Integer, ArrayDeque<Integer>> free = new HashMap<>();
        int top;

        int allocate(int size) {
            ArrayDeque<Integer> f = free.get(size);
            if (f != null && !f.isEmpty()) {
                return f.pop();
            }
            top += size;
            return top - size;
        }

        void release(int offset, int size) {
            free.computeIfAbsent(size, s -> new ArrayDeque<>()).push(offset);
        }
    }

    // ---- running ------------------------------------------------------------------------------

    /** A new workspace: constants in place, no lanes yet. */
    Workspace workspace() {
        return new Workspace(uniformInitial.clone());
    }

    /**
     * Writes a uniform input vector.
     *
     * @param x the vector, blocks at {@code offsets}. Not modified.
     */
    void setInput(Workspace w, int vector, double[] x, int[] offsets) {
        for (int i = 0; i < inputRefs[vector].length; i++) {
            int r = inputRefs[vector][i];
            if (r != NONE) {
                System.arraycopy(x, offsets[i], w.uniform, r >>> 1, inputSizes[vector][i]);
            }
        }
    }

    /**
     * Writes lane {@code lane} of a laned input vector (the workspace must hold
     * {@link #reserve reserved} lanes).
     *
     * @param x the vector, blocks at {@code offsets}. Not modified.
     */
    void setInputLane(Workspace w, int vector, int lane, double[] x, int[] offsets) {
        for (int i = 0; i < inputRefs[vector].length; i++) {
            int r = inputRefs[vector][i];
            if (r != NONE) {
                int base = r >>> 1;
                if (w.lanes == 1) {
                    System.arraycopy(x, offsets[i], w.single, base, inputSizes[vector][i]);
                    continue;
                }
                for (int e = 0; e < inputSizes[vector][i]; e++) {
                    w.laned[base + e][lane] = x[offsets[i] + e];
                }
            }
        }
    }

    /**
     * Writes lanes {@code 0 .. lanes−1} of a laned input vector from rows
     * {@code first .. first+lanes−1} of a row-major batch {@code x} of d-vectors.
     *
     * @param x the batch. Not modified.
     */
    void setInputBatch(Workspace w, int vector, double[] x, int first, int d, int[] offsets) {
        int lanes = w.lanes;
        for (int i = 0; i < inputRefs[vector].length; i++) {
            int r = inputRefs[vector][i];
            if (r != NONE) {
                int base = r >>> 1;
                if (lanes == 1) {
                    System.arraycopy(x, first * d + offsets[i], w.single, base,
                            inputSizes[vector][i]);
                    continue;
                }
                for (int e = 0; e < inputSizes[vector][i]; e++) {
                    int src = first * d + offsets[i] + e;
                    double[] dst = w.laned[base + e];
                    for (int l = 0; l < lanes; l++) {
                        dst[l] = x[src + l * d];
                    }
                }
            }
        }
    }

    /**
     * Copies every lane of output {@code k} to rows {@code first ..} of a row-major batch of
     * d-vectors, at column {@code offset} (zero outputs write zeros). Modified: dest.
     */
    void outputBatch(Workspace w, int k, double[] dest, int first, int d, int offset) {
        int r = outputRefs[k];
        int lanes = w.lanes;
        for (int e = 0; e < outputSizes[k]; e++) {
            int dst = first * d + offset + e;
            if ((r & 1) == 0) {
                double y = w.uniform[(r >>> 1) + e];
                for (int l = 0; l < lanes; l++) {
                    dest[dst + l * d] = y;
                }
            } else if (lanes == 1) {
                dest[dst] = w.single[(r >>> 1) + e];
            } else {
                double[] src = w.laned[(r >>> 1) + e];
                for (int l = 0; l < lanes; l++) {
                    dest[dst + l * d] = src[l];
                }
            }
        }
    }

    /** Makes the workspace hold {@code lanes} lanes (the layout of laned values depends on it). */
    void reserve(Workspace w, int lanes) {
        if (lanes == 1) {
            if (w.single.length < lanedUnits) {
                w.single = new double[lanedUnits];
            }
        } else if (w.laned.length < lanedUnits || (lanedUnits > 0 && w.laned[0].length < lanes)) {
            w.laned = new double[lanedUnits][lanes];
        }
        w.lanes = lanes;
    }

    /** Runs the uniform phase. */
    void runUniform(Workspace w, boolean strict) {
        runFlat(0, lanedStart, w.uniform, w.single, strict);
    }

    /**
     * Runs instructions {@code from .. to} on flat storage: the uniform phase, or the laned phase
     * with one lane, whose laned values are then one flat array too (an array of one lane per
     * entry would cost an array per entry).
     *
     * @param u the uniform storage
     * @param v the flat laned storage, for one lane (unused by the uniform phase)
     */
    private void runFlat(int from, int to, double[] u, double[] v, boolean strict) {
        final int[] c = code;
        for (int pc = from; pc < to; pc += c[pc + 1]) {
            int op = c[pc];
            double[] o = arr(c[pc + 2], u, v);
            int oo = c[pc + 2] >>> 1;
            int ar = c[pc + 3];
            double[] x = arr(ar, u, v);
            int a = ar >>> 1;
            switch (op) {
                case 2, 3, 4 -> Kernels.binary(op - 2, o, oo, x, a, arr(c[pc + 4], u, v),
                        c[pc + 4] >>> 1, c[pc + 5]);
                case 5 -> Kernels.affine(o, oo, x, a, c[pc + 4], reals[c[pc + 5]],
                        reals[c[pc + 5] + 1]);
                case 6 -> Kernels.unary(FUNCTIONS[c[pc + 5]], o, oo, x, a, c[pc + 4]);
                case 7 -> Kernels.sum(o, oo, x, a, c[pc + 4]);
                case 8 -> Kernels.colsum(o, oo, x, a, c[pc + 4], c[pc + 5]);
                case 9 -> Kernels.expand(o, oo, x, a, c[pc + 4], c[pc + 5]);
                case 11 -> {
                    int size = c[pc + 3];
                    boolean tiles = c[pc + 4] == 1;
                    if (!tiles) {
                        Arrays.fill(o, oo, oo + size, 0);
                    }
                    for (int k = 0; k < c[pc + 5]; k++) {
                        int piece = c[pc + 6 + 3 * k];
                        Kernels.place(o, oo, arr(piece, u, v), piece >>> 1, c[pc + 8 + 3 * k],
                                c[pc + 7 + 3 * k], tiles);
                    }
                }
                case 12 -> Kernels.transpose(o, oo, x, a, c[pc + 4], c[pc + 5]);
                case 13 -> Kernels.matmul(o, oo, x, a, arr(c[pc + 4], u, v), c[pc + 4] >>> 1,
                        c[pc + 5], c[pc + 6], c[pc + 7], c[pc + 8] == 1, c[pc + 9] == 1);
                case 14 -> {
                    Kernels.matmul(o, oo, x, a, arr(c[pc + 4], u, v), c[pc + 4] >>> 1, c[pc + 6],
                            c[pc + 7], c[pc + 8], false, false);
                    Kernels.addRow(o, oo, arr(c[pc + 5], u, v), c[pc + 5] >>> 1, c[pc + 6],
                            c[pc + 8]);
                }
                case 15 -> Kernels.lu(o, oo, x, a, c[pc + 4], strict);
                case 16 -> Kernels.solve(o, oo, x, a, arr(c[pc + 4], u, v), c[pc + 4] >>> 1,
                        c[pc + 5], c[pc + 6], c[pc + 7] == 1);
                case 17 -> Kernels.max(o, oo, x, a, c[pc + 4]);
                case 18 -> Kernels.sech2(o, oo, x, a, arr(c[pc + 4], u, v), c[pc + 4] >>> 1,
                        c[pc + 5]);
                default -> throw new IllegalStateException("opcode " + op);
            }
        }
    }

    private static double[] arr(int ref, double[] uniform, double[] flat) {
        return (ref & 1) != 0 ? flat : uniform;
    }

    /**
     * Runs the laned phase for the workspace's lanes (after the uniform phase). Storage is reused
     * within a run, so every laned input must be written again before each run (the uniform phase's
     * values, which laned instructions never overwrite, serve any number of laned runs). A lane
     * whose linear solve is singular gets NaN; with {@code strict} (one direction at a point) that
     * throws instead, like the uniform phase.
     */
    void runLaned(Workspace w, boolean strict) {
        if (w.lanes == 1) {
            runFlat(lanedStart, code.length, w.uniform, w.single, strict);
            return;
        }
        final int[] c = code;
        final double[] u = w.uniform;
        final double[][] v = w.laned;
        final int lanes = w.lanes;
        for (int pc = lanedStart; pc < c.length; pc += c[pc + 1]) {
            int op = c[pc];
            int o = c[pc + 2] >>> 1;
            int ar = c[pc + 3];
            int a = ar >>> 1;
            boolean al = (ar & 1) != 0;
            switch (op) {
                case 2, 3, 4 -> LanedKernels.binary(op - 2, v, o, u, a, al, c[pc + 4] >>> 1,
                        (c[pc + 4] & 1) != 0, c[pc + 5], lanes);
                case 5 -> LanedKernels.affine(v, o, a, c[pc + 4], reals[c[pc + 5]],
                        reals[c[pc + 5] + 1], lanes);
                case 6 -> LanedKernels.unary(FUNCTIONS[c[pc + 5]], v, o, a, c[pc + 4], lanes);
                case 7 -> LanedKernels.sum(v, o, a, c[pc + 4], lanes);
                case 8 -> LanedKernels.colsum(v, o, a, c[pc + 4], c[pc + 5], lanes);
                case 9 -> LanedKernels.expand(v, o, a, c[pc + 4], c[pc + 5], lanes);
                case 11 -> {
                    int size = c[pc + 3];
                    boolean tiles = c[pc + 4] == 1;
                    if (!tiles) {
                        LanedKernels.zero(v, o, size, lanes);
                    }
                    for (int k = 0; k < c[pc + 5]; k++) {
                        int p = c[pc + 6 + 3 * k];
                        LanedKernels.place(v, o, u, p >>> 1, (p & 1) != 0, c[pc + 8 + 3 * k],
                                c[pc + 7 + 3 * k], lanes, tiles);
                    }
                }
                case 12 -> LanedKernels.transpose(v, o, a, c[pc + 4], c[pc + 5], lanes);
                case 13 -> LanedKernels.matmul(v, o, u, a, al, c[pc + 4] >>> 1,
                        (c[pc + 4] & 1) != 0, c[pc + 5], c[pc + 6], c[pc + 7], c[pc + 8] == 1,
                        c[pc + 9] == 1, lanes);
                case 14 -> {
                    LanedKernels.matmul(v, o, u, a, al, c[pc + 4] >>> 1, (c[pc + 4] & 1) != 0,
                            c[pc + 6], c[pc + 7], c[pc + 8], false, false, lanes);
                    LanedKernels.addRow(v, o, u, c[pc + 5] >>> 1, (c[pc + 5] & 1) != 0, c[pc + 6],
                            c[pc + 8], lanes);
                }
                case 15 -> {
                    LanedKernels.lu(v, o, a, c[pc + 4], lanes);
                    if (strict) {
                        requireFactored(v, o, c[pc + 4], lanes);
                    }
                }
                case 16 -> LanedKernels.solve(v, o, u, a, al, c[pc + 4] >>> 1,
                        (c[pc + 4] & 1) != 0, c[pc + 5], c[pc + 6], c[pc + 7] == 1, lanes);
                case 17 -> LanedKernels.max(v, o, a, c[pc + 4], lanes);
                case 18 -> LanedKernels.sech2(v, o, a, c[pc + 4] >>> 1, c[pc + 5], lanes);
                default -> throw new IllegalStateException("opcode " + op);
            }
        }
    }

    /** Throws like the uniform phase if a laned LU found a singular lane (NaN factors). */
    private static void requireFactored(double[][] rows, int lu, int n, int lanes) {
        for (int l = 0; l < lanes; l++) {
            if (Double.isNaN(rows[lu][l])) {
                throw new ArithmeticException("solve: matrix A (" + n + "×" + n
                        + ") is singular or not finite");
            }
        }
    }

    /** The number of entries of output {@code k} (0 for a zero output). */
    int outputSize(int k) {
        return outputSizes[k];
    }

    /** Copies uniform (or zero) output {@code k} to {@code dest[from ..]}. Modified: dest. */
    void output(Workspace w, int k, double[] dest, int from) {
        int r = outputRefs[k];
        if (r == NONE) {
            return;
        }
        if ((r & 1) != 0) {
            throw new IllegalStateException("output " + k + " is laned");
        }
        System.arraycopy(w.uniform, r >>> 1, dest, from, outputSizes[k]);
    }

    /**
     * Copies lane {@code lane} of output {@code k} (uniform outputs are the same in every lane,
     * zero outputs are skipped) to {@code dest[from ..]}. Modified: dest.
     */
    void outputLane(Workspace w, int k, int lane, double[] dest, int from) {
        int r = outputRefs[k];
        if (r == NONE) {
            return;
        }
        if ((r & 1) == 0) {
            System.arraycopy(w.uniform, r >>> 1, dest, from, outputSizes[k]);
            return;
        }
        int base = r >>> 1;
        if (w.lanes == 1) {
            System.arraycopy(w.single, base, dest, from, outputSizes[k]);
            return;
        }
        for (int e = 0; e < outputSizes[k]; e++) {
            dest[from + e] = w.laned[base + e][lane];
        }
    }

    private static final UnaryFunction[] FUNCTIONS = UnaryFunction.values();

    static {
        // run() dispatches on these ordinals as int constants
        Primitive[] expected = {Primitive.ADD, Primitive.SUB, Primitive.MUL, Primitive.AFFINE,
            Primitive.UNARY, Primitive.SUM, Primitive.COLSUM, Primitive.EXPAND, Primitive.SLICE,
            Primitive.ASSEMBLE, Primitive.TRANSPOSE, Primitive.MATMUL, Primitive.DENSE,
            Primitive.LU, Primitive.SOLVE, Primitive.MAX, Primitive.SECH2};
        for (int k = 0; k < expected.length; k++) {
            if (expected[k].ordinal() != k + 2) {
                throw new ExceptionInInitializerError("opcode of " + expected[k] + " moved");
            }
        }
    }

    /**
     * An estimate of the cost of one run over {@code lanes} lanes, in units of one arithmetic
     * operation on one lane: an overhead per instruction (decoding, loop set-up) plus the
     * arithmetic, used to choose between compilations of the same outputs.
     */
    double cost(int lanes) {
        int uniformInstructions = 0;
        int lanedInstructions = 0;
        for (int pc = 0; pc < code.length; pc += code[pc + 1]) {
            if (pc < lanedStart) {
                uniformInstructions++;
            } else {
                lanedInstructions++;
            }
        }
        double overhead = 12;
        return uniformInstructions * overhead + uniformWork
                + lanedInstructions * overhead + (double) lanedWork * lanes;
    }

    /** The storage a laned run needs per lane, in entries. */
    int lanedEntries() {
        return lanedUnits;
    }

    /** The number of instructions, for tests and diagnostics. */
    int instructions() {
        int count = 0;
        for (int pc = 0; pc < code.length; pc += code[pc + 1]) {
            count++;
        }
        return count;
    }
}
