package io.github.gamedyn.core.ad;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Exact derivatives of the losses \(L_1, \dots, L_n\) of a game whose players own consecutive
 * parameter blocks \(\theta_i\) of \(\omega \in \mathbb{R}^d\), from one recording of the losses.
 *
 * <p>Conventions: the simultaneous gradient is
 * \(\xi = (\nabla_{\theta_1} L_1, \dots, \nabla_{\theta_n} L_n)\) and the game Jacobian
 * \(\hat H = \nabla_\omega \xi\), so block row {@code i} of \(\hat H\) is block row {@code i} of the
 * Hessian \(\nabla^2 L_i\).
 *
 * <p>The losses are recorded once, at construction, into a program; each derivative is a program
 * transformation of it ({@link Differentiation}), simplified and compiled once, on first use
 * ({@link Program}), and then run: at one point, over a batch of points at once, or linearised at
 * a point for many products. Instances are immutable and safe to share between threads (each
 * thread runs in its own workspace). Array arguments are not modified; results are new arrays
 * unless an output argument is given.
 *
 * <p>This is the engine behind {@code io.github.gamedyn.core.game.Game}; use the game.
 */
public final class Differentiator {
    /** Most lanes run at once by the batched and linearised paths. */
    static final int MAX_LANES = 256;
    /**
     * Laned storage per workspace, in entries (32 MB): long lane loops run fastest, so a program
     * takes as many lanes as fit, up to {@link #MAX_LANES}; one that is too large for even a few
     * lanes (a network with 10⁶ parameters) runs with fewer, down to one.
     */
    private static final int LANE_BUDGET = 1 << 22;
    /** Tensors of at most this many entries may be computed as scalars. */
    private static final int SCALAR_THRESHOLD = 16;
    /** Input vectors: ω, then directions. */
    static final int POINT = 0;
    static final int DIRECTION = 1;
    static final int SECOND_DIRECTION = 2;
    private static final int VECTORS = 3;

    private final String name;
    private final int[] blockSizes;
    private final int[] offsets;
    private final int dimension;
    private final Graph graph = Graph.simplifying();
    private final int[] losses;
    private static final int KINDS = Kind.values().length;
    /** The compiled programs by (mode, kind, loss), built on first use. */
    private final Compiled[] compiled;
    private int[] gradient;
    private int[] jvp;

    /** How a program's input vectors are given. */
    enum Mode {
        /** Every input at one point. */
        POINT,
        /** Every input laned: a batch of points. */
        BATCH,
        /** ω uniform, the directions laned: many products at one point. */
        LINEARISED
    }

    /** The derivative programs. */
    enum Kind {
        LOSSES, GRADIENT, JACOBIAN_PRODUCT, TRANSPOSED_PRODUCT, LOSS_GRADIENT, LOSS_HESSIAN_PRODUCT,
        DIRECTIONAL_DERIVATIVE, BILINEAR_GRADIENT
    }

    /** Which compilations {@link #compile} may choose from (tests force each). */
    enum Compilation {
        /** The cheaper of tensors and scalars, by {@link Program#cost}. */
        CHEAPER,
        /** Tensors as recorded. */
        TENSORS,
        /** Small tensors as scalars. */
        SCALARS
    }

    private Compilation compilation = Compilation.CHEAPER;

    /** A compiled program with one workspace per thread. */
    static final class Compiled {
        final Program program;
        /** Lanes per run: as many as fit the budget, 1 .. MAX_LANES. */
        final int lanes;
        private final ThreadLocal<Program.Workspace> workspaces;

        Compiled(Program program) {
            this.program = program;
            this.lanes = Math.max(1, Math.min(MAX_LANES,
                    LANE_BUDGET / Math.max(1, program.lanedEntries())));
            this.workspaces = ThreadLocal.withInitial(program::workspace);
        }

        Program.Workspace workspace() {
            return workspaces.get();
        }
    }

    /**
     * Records the losses.
     *
     * @param name the game's name, for messages
     * @param blockSizes the size of each player's block (each ≥ 1, at most 64 players). Not modified.
     * @param lossFunction the losses, written once
     * @param tracePoint where values are read if a loss reads any (the game's default point).
     *     Not modified.
     * @throws IllegalStateException if the losses are not one 1×1 loss per player, or if they read
     *     values and record a different program at a second point (they branch on values)
     */
    public Differentiator(String name, int[] blockSizes, LossFunction lossFunction,
            double[] tracePoint) {
        if (blockSizes.length < 1 || blockSizes.length > Long.SIZE) {
            throw new IllegalArgumentException("number of players = " + blockSizes.length
                    + "; allowed: 1 to " + Long.SIZE);
        }
        this.name = name;
        this.blockSizes = blockSizes.clone();
        this.offsets = new int[blockSizes.length];
        long d = 0;
        for (int i = 0; i < blockSizes.length; i++) {
            if (blockSizes[i] < 1) {
                throw new IllegalArgumentException("size of block " + i + " = " + blockSizes[i]
                        + "; allowed: ≥ 1");
            }
            offsets[i] = (int) d;
            d += blockSizes[i];
        }
        if (d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("dimension = " + d + "; allowed: at most "
                    + (Integer.MAX_VALUE - 8));
        }
        this.dimension = (int) d;
        checkLength("tracePoint", tracePoint);
        Recording first = record(lossFunction, tracePoint);
        if (first.tape.valuesRead()) {
            Recording second = record(lossFunction, otherPoint(tracePoint));
            int differs = firstDifference(first.tape.graph(), second.tape.graph());
            if (differs >= 0 || !Arrays.equals(first.losses, second.losses)) {
                throw new IllegalStateException("the losses of game " + name + " branch on values: "
                        + "recorded at two points they give different programs (first difference "
                        + "at node " + differs + "); losses must not depend on Var.value()");
            }
        }
        Graph raw = first.tape.graph();
        int[] map = new int[raw.size()];
        for (int id = 0; id < raw.size(); id++) {
            Node n = raw.node(id);
            int[] in = new int[n.inputs.length];
            for (int k = 0; k < in.length; k++) {
                in[k] = map[n.inputs[k]];
            }
            map[id] = graph.copy(n, in);
        }
        this.compiled = new Compiled[Mode.values().length * KINDS * first.losses.length];
        this.losses = new int[first.losses.length];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = map[first.losses[i]];
        }
    }

    private record Recording(Tape tape, int[] losses) {
    }

    private Recording record(LossFunction lossFunction, double[] point) {
        Tape tape = new Tape(blockSizes, point);
        Var[] l = lossFunction.evaluate(tape);
        if (l == null || l.length != blockSizes.length) {
            throw new IllegalStateException("game " + name + ": the loss function returned "
                    + (l == null ? "null" : l.length + " losses") + " for " + blockSizes.length
                    + " players; it must return one 1×1 loss per player");
        }
        int[] ids = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            if (l[i] == null || l[i].tape != tape || l[i].rows() != 1 || l[i].cols() != 1) {
                throw new IllegalStateException("game " + name + ": loss " + i + " is "
                        + (l[i] == null ? "null" : l[i].shape()
                        + (l[i].tape != tape ? " from another tape" : ""))
                        + "; each loss must be a 1×1 Var of the tape passed in");
            }
            ids[i] = l[i].id;
        }
        return new Recording(tape, ids);
    }

    /** A second, seeded point near the first, to see whether values steer the recording. */
    private static double[] otherPoint(double[] point) {
        SplittableRandom rng = new SplittableRandom(0x5eed);
        double[] p = point.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.5 + rng.nextDouble();
        }
        return p;
    }

    private static int firstDifference(Graph a, Graph b) {
        int n = Math.min(a.size(), b.size());
        for (int id = 0; id < n; id++) {
            if (!a.node(id).equals(b.node(id))) {
                return id;
            }
        }
        return a.size() == b.size() ? -1 : n;
    }

    /** d, the length of ω. */
    public int dimension() {
        return dimension;
    }

    // ---- building the programs ----------------------------------------------------------------

    private int input(int vector, int block) {
        return graph.input(vector, block, blockSizes[block]);
    }

    private boolean isInput(int id, int vector) {
        Node n = graph.node(id);
        return n.op == Primitive.INPUT && n.ints[0] == vector;
    }

    /** ξ_i: the adjoint of θ_i in reverse mode from L_i. */
    private int[] gradient() {
        if (gradient == null) {
            gradient = new int[losses.length];
            for (int i = 0; i < losses.length; i++) {
                int own = input(POINT, i);
                gradient[i] = Differentiation.vjp(graph, losses[i], graph.filled(1, 1, 1),
                        id -> id == own)[own];
            }
        }
        return gradient;
    }

    /** Ĥv: the tangent of ξ with ω moving along v. */
    private int[] jacobianProduct() {
        if (jvp == null) {
            jvp = Differentiation.jvp(graph, gradient(), this::directionOf);
        }
        return jvp;
    }

    private int directionOf(int id) {
        Node n = graph.node(id);
        return n.ints[0] == POINT ? input(DIRECTION, n.ints[1]) : Graph.ZERO;
    }

    /** The adjoints of ω of the scalar \(\sum_i u_i \cdot x_i\), u the given input vector. */
    private int[] gradientOfPairing(int vector, int[] x) {
        int s = Graph.ZERO;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != Graph.ZERO) {
                s = graph.add(s, graph.sum(graph.mul(input(vector, i), x[i])));
            }
        }
        return pointAdjoints(s);
    }

    private int[] pointAdjoints(int s) {
        int[] bar = Differentiation.vjp(graph, s, s == Graph.ZERO ? Graph.ZERO : graph.filled(1, 1, 1),
                id -> isInput(id, POINT));
        int[] out = new int[losses.length];
        for (int i = 0; i < out.length; i++) {
            int in = input(POINT, i);
            out[i] = in < bar.length ? bar[in] : Graph.ZERO;
        }
        return out;
    }

    /** The outputs of a program kind. */
    private int[] outputs(Kind kind, int k) {
        return switch (kind) {
            case LOSSES -> losses.clone();
            case GRADIENT -> concat(gradient(), losses);
            case JACOBIAN_PRODUCT -> concat(gradient(), jacobianProduct());
            case TRANSPOSED_PRODUCT -> gradientOfPairing(DIRECTION, gradient());
            case LOSS_GRADIENT -> pointAdjoints(losses[k]);
            case LOSS_HESSIAN_PRODUCT -> Differentiation.jvp(graph, pointAdjoints(losses[k]),
                    this::directionOf);
            case DIRECTIONAL_DERIVATIVE -> Differentiation.jvp(graph, jacobianProduct(),
                    id -> graph.node(id).ints[0] == POINT
                            ? input(SECOND_DIRECTION, graph.node(id).ints[1]) : Graph.ZERO);
            case BILINEAR_GRADIENT -> gradientOfPairing(SECOND_DIRECTION, jacobianProduct());
        };
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The compiled program of a kind, for loss {@code k} where the kind has one per loss. */
    Compiled compiled(Kind kind, int k, Mode mode) {
        int slot = (mode.ordinal() * KINDS + kind.ordinal()) * losses.length + k;
        // a racy read is safe: Compiled publishes only final fields
        Compiled c = compiled[slot];
        return c != null ? c : compile(kind, k, mode, slot);
    }

    private synchronized Compiled compile(Kind kind, int k, Mode mode, int slot) {
        Compiled c = compiled[slot];
        if (c == null) {
            boolean[] laned = new boolean[VECTORS];
            if (mode == Mode.BATCH) {
                Arrays.fill(laned, true);
            } else if (mode == Mode.LINEARISED) {
                laned[DIRECTION] = true;
                laned[SECOND_DIRECTION] = true;
            }
            c = new Compiled(compile(outputs(kind, k), laned, mode));
            compiled[slot] = c;
        }
        return c;
    }

    /**
     * Compiles the outputs as they are and with their small tensors as scalars
     * ({@link Scalarizer}), and keeps the one estimated to run faster in this mode.
     */
    private Program compile(int[] outputs, boolean[] laned, Mode mode) {
        Program tensors = compilation == Compilation.SCALARS ? null
                : Program.compile(graph, outputs, laned, VECTORS, losses.length);
        if (compilation == Compilation.TENSORS) {
            return tensors;
        }
        Scalarizer.Result s = Scalarizer.rewrite(graph, outputs, SCALAR_THRESHOLD);
        Program scalars = Program.compile(s.graph(), s.outputs(), laned, VECTORS, losses.length);
        int lanes = mode == Mode.POINT ? 1 : MAX_LANES;
        return tensors == null || scalars.cost(lanes) < tensors.cost(lanes) ? scalars : tensors;
    }

    /** This engine compiling only as {@code c} says, for tests of each compilation. */
    synchronized Differentiator compiling(Compilation c) {
        compilation = c;
        Arrays.fill(compiled, null);
        return this;
    }

    // ---- one point ----------------------------------------------------------------------------

    /** Runs a program at one point; the vectors are ω, then the directions it reads. */
    private Program.Workspace runAt(Compiled c, double[]... vectors) {
        Program.Workspace w = c.workspace();
        for (int k = 0; k < vectors.length; k++) {
            c.program.setInput(w, k, vectors[k], offsets);
        }
        c.program.runUniform(w, true);
        return w;
    }

    /** Outputs {@code from .. from+n−1} of a program, one per block, into a d-vector. */
    private double[] blocks(Compiled c, Program.Workspace w, int from, double[] out) {
        Arrays.fill(out, 0);
        for (int i = 0; i < losses.length; i++) {
            c.program.output(w, from + i, out, offsets[i]);
        }
        return out;
    }

    /** The players' losses \(L_i(\omega)\). */
    public double[] losses(double[] w) {
        checkLength("w", w);
        Compiled c = compiled(Kind.LOSSES, 0, Mode.POINT);
        Program.Workspace ws = runAt(c, w);
        double[] out = new double[losses.length];
        for (int i = 0; i < out.length; i++) {
            c.program.output(ws, i, out, i);
        }
        return out;
    }

    /** The simultaneous gradient \(\xi(\omega)\). */
    public double[] simultaneousGradient(double[] w) {
        checkLength("w", w);
        Compiled c = compiled(Kind.GRADIENT, 0, Mode.POINT);
        return blocks(c, runAt(c, w), 0, new double[dimension]);
    }

    /** The full gradient \(\nabla_\omega L_k\) of one player's loss. */
    public double[] lossGradient(double[] w, int k) {
        checkLength("w", w);
        Compiled c = compiled(Kind.LOSS_GRADIENT, checkPlayer(k), Mode.POINT);
        return blocks(c, runAt(c, w), 0, new double[dimension]);
    }

    /** The Jacobian-vector product \(\hat H(\omega)\, v\). */
    public double[] jacobianVectorProduct(double[] w, double[] v) {
        return jacobianVectorProduct(w, v, null);
    }

    /**
     * The Jacobian-vector product \(\hat H(\omega)\, v\) and, from the same run, the simultaneous
     * gradient \(\xi(\omega)\).
     *
     * @param gradient receives \(\xi(\omega)\) when not {@code null}, length d. Modified.
     */
    public double[] jacobianVectorProduct(double[] w, double[] v, double[] gradient) {
        checkLength("w", w);
        checkLength("v", v);
        if (gradient != null) {
            checkLength("gradient", gradient);
        }
        Compiled c = compiled(Kind.JACOBIAN_PRODUCT, 0, Mode.POINT);
        Program.Workspace ws = runAt(c, w, v);
        if (gradient != null) {
            blocks(c, ws, 0, gradient);
        }
        return blocks(c, ws, losses.length, new double[dimension]);
    }

    /**
     * The vector-Jacobian product \(v^{\mathsf T} \hat H(\omega)\), as a column: the gradient of
     * \(v \cdot \xi(\omega)\).
     */
    public double[] vectorJacobianProduct(double[] w, double[] v) {
        checkLength("w", w);
        checkLength("v", v);
        Compiled c = compiled(Kind.TRANSPOSED_PRODUCT, 0, Mode.POINT);
        return blocks(c, runAt(c, w, v), 0, new double[dimension]);
    }

    /** The Hessian-vector product \(\nabla^2_\omega L_k\, v\) of one player's loss. */
    public double[] lossHessianVectorProduct(double[] w, int k, double[] v) {
        checkLength("w", w);
        checkLength("v", v);
        Compiled c = compiled(Kind.LOSS_HESSIAN_PRODUCT, checkPlayer(k), Mode.POINT);
        return blocks(c, runAt(c, w, v), 0, new double[dimension]);
    }

    /**
     * The dense game Jacobian \(\hat H(\omega)\): the uniform phase of the linearised
     * Jacobian-vector program once, then its laned phase for the unit vectors.
     */
    public DMatrixRMaj jacobian(double[] w) {
        checkLength("w", w);
        Compiled c = compiled(Kind.JACOBIAN_PRODUCT, 0, Mode.LINEARISED);
        Program.Workspace ws = c.workspace();
        c.program.setInput(ws, POINT, w, offsets);
        c.program.runUniform(ws, true);
        return jacobian(c, ws);
    }

    /**
     * The dense Ĥ from a linearised Jacobian-vector program whose uniform phase has run: its laned
     * phase for the unit vectors, as many columns at a time as the program's lanes.
     */
    DMatrixRMaj jacobian(Compiled c, Program.Workspace ws) {
        DMatrixRMaj h = new DMatrixRMaj(dimension, dimension);
        double[] column = new double[dimension];
        double[] e = new double[dimension];
        for (int first = 0; first < dimension; first += c.lanes) {
            int lanes = Math.min(c.lanes, dimension - first);
            c.program.reserve(ws, lanes);
            for (int l = 0; l < lanes; l++) {
                e[first + l] = 1;
                c.program.setInputLane(ws, DIRECTION, l, e, offsets);
                e[first + l] = 0;
            }
            c.program.runLaned(ws, true);
            for (int l = 0; l < lanes; l++) {
                Arrays.fill(column, 0);
                for (int i = 0; i < losses.length; i++) {
                    c.program.outputLane(ws, losses.length + i, l, column, offsets[i]);
                }
                for (int r = 0; r < dimension; r++) {
                    h.unsafe_set(r, first + l, column[r]);
                }
            }
        }
        return h;
    }

    /**
     * The directional derivative of the Jacobian applied to a vector,
     * \(\frac{d}{d\varepsilon}\hat H(\omega + \varepsilon u)\, v\): block {@code i} is
     * \(D^3 L_i[u, v, \cdot]\) restricted to \(\theta_i\).
     */
    public double[] jacobianDirectionalDerivative(double[] w, double[] u, double[] v) {
        checkLength("w", w);
        checkLength("u", u);
        checkLength("v", v);
        Compiled c = compiled(Kind.DIRECTIONAL_DERIVATIVE, 0, Mode.POINT);
        return blocks(c, runAt(c, w, v, u), 0, new double[dimension]);
    }

    /**
     * The gradient of a bilinear form of the Jacobian, \(\nabla_\omega\, a^{\mathsf T}\hat H(\omega)
     * v\), what gradients of Lyapunov exponents with respect to the starting point need.
     */
    public double[] jacobianBilinearGradient(double[] w, double[] a, double[] v) {
        checkLength("w", w);
        checkLength("a", a);
        checkLength("v", v);
        Compiled c = compiled(Kind.BILINEAR_GRADIENT, 0, Mode.POINT);
        return blocks(c, runAt(c, w, v, a), 0, new double[dimension]);
    }

    // ---- batches --------------------------------------------------------------------------------

    /**
     * Runs a program over a batch: {@code count} points (and directions), row-major
     * {@code count × d} arrays, as many at a time as the program's lanes; a lane whose linear solve is
     * singular gets NaN instead of failing the batch.
     *
     * @param vectors ω, then the directions, each {@code count × d}. Not modified.
     * @param outputs where outputs {@code outputBlocks[j] .. + n − 1} go, each {@code count × d},
     *     or {@code null} to skip. Modified.
     */
    void runBatch(Kind kind, int k, int count, double[][] vectors, int[] outputBlocks,
            double[][] outputs) {
        Compiled c = compiled(kind, k, Mode.BATCH);
        Program.Workspace ws = c.workspace();
        for (int first = 0; first < count; first += c.lanes) {
            int lanes = Math.min(c.lanes, count - first);
            c.program.reserve(ws, lanes);
            for (int v = 0; v < vectors.length; v++) {
                c.program.setInputBatch(ws, v, vectors[v], first, dimension, offsets);
            }
            c.program.runUniform(ws, false);
            c.program.runLaned(ws, false);
            for (int j = 0; j < outputs.length; j++) {
                if (outputs[j] == null) {
                    continue;
                }
                for (int i = 0; i < losses.length; i++) {
                    if (c.program.outputSize(outputBlocks[j] + i) == 0) {
                        zeroColumns(outputs[j], first, lanes, offsets[i], blockSizes[i]);
                    } else {
                        c.program.outputBatch(ws, outputBlocks[j] + i, outputs[j], first, dimension,
                                offsets[i]);
                    }
                }
            }
        }
    }

    /** Zeros columns {@code from .. from+width−1} of rows {@code first .. first+rows−1}. */
    private void zeroColumns(double[] x, int first, int rows, int from, int width) {
        for (int l = 0; l < rows; l++) {
            Arrays.fill(x, (first + l) * dimension + from, (first + l) * dimension + from + width, 0);
        }
    }

    /**
     * ξ at {@code count} points at once.
     *
     * @param points {@code count × d}, row-major. Not modified.
     * @param gradients receives the gradients, {@code count × d}. Modified.
     */
    public void simultaneousGradients(int count, double[] points, double[] gradients) {
        checkBatch("points", count, points);
        checkBatch("gradients", count, gradients);
        runBatch(Kind.GRADIENT, 0, count, new double[][] {points}, new int[] {0},
                new double[][] {gradients});
    }

    /**
     * Ĥv and ξ at {@code count} points at once: row b of {@code products} is
     * \(\hat H(\omega_b) v_b\).
     *
     * @param points {@code count × d}, row-major. Not modified.
     * @param directions {@code count × d}. Not modified.
     * @param products receives the products, {@code count × d}. Modified.
     * @param gradients receives ξ when not {@code null}, {@code count × d}. Modified.
     */
    public void jacobianVectorProducts(int count, double[] points, double[] directions,
            double[] products, double[] gradients) {
        checkBatch("points", count, points);
        checkBatch("directions", count, directions);
        checkBatch("products", count, products);
        if (gradients != null) {
            checkBatch("gradients", count, gradients);
        }
        runBatch(Kind.JACOBIAN_PRODUCT, 0, count, new double[][] {points, directions},
                new int[] {0, losses.length}, new double[][] {gradients, products});
    }

    /**
     * The dense Ĥ at {@code count} points at once: the batched Jacobian-vector program once per
     * column, every lane along the same unit vector.
     *
     * @param points {@code count × d}, row-major. Not modified.
     * @param jacobians receives Ĥ at point b, row-major, in entries {@code b·d² .. (b+1)·d² − 1}.
     *     Modified.
     */
    public void jacobians(int count, double[] points, double[] jacobians) {
        checkBatch("points", count, points);
        if (jacobians == null || jacobians.length != (long) count * dimension * dimension) {
            throw new IllegalArgumentException("jacobians has length "
                    + (jacobians == null ? "null" : String.valueOf(jacobians.length))
                    + "; allowed: count × d × d = " + count + " × " + dimension + " × " + dimension);
        }
        Compiled c = compiled(Kind.JACOBIAN_PRODUCT, 0, Mode.BATCH);
        Program.Workspace ws = c.workspace();
        int dd = dimension * dimension;
        double[] column = new double[c.lanes * dimension];
        for (int first = 0; first < count; first += c.lanes) {
            int lanes = Math.min(c.lanes, count - first);
            c.program.reserve(ws, lanes);
            double[] e = new double[lanes * dimension];
            for (int j = 0; j < dimension; j++) {
                // storage is reused within a run, so the points are written again every time
                c.program.setInputBatch(ws, POINT, points, first, dimension, offsets);
                for (int l = 0; l < lanes; l++) {
                    e[l * dimension + j] = 1;
                    if (j > 0) {
                        e[l * dimension + j - 1] = 0;
                    }
                }
                c.program.setInputBatch(ws, DIRECTION, e, 0, dimension, offsets);
                c.program.runUniform(ws, false);
                c.program.runLaned(ws, false);
                for (int i = 0; i < losses.length; i++) {
                    if (c.program.outputSize(losses.length + i) == 0) {
                        zeroColumns(column, 0, lanes, offsets[i], blockSizes[i]);
                    } else {
                        c.program.outputBatch(ws, losses.length + i, column, 0, dimension,
                                offsets[i]);
                    }
                }
                for (int l = 0; l < lanes; l++) {
                    for (int r = 0; r < dimension; r++) {
                        jacobians[(first + l) * dd + r * dimension + j] = column[l * dimension + r];
                    }
                }
            }
        }
    }

    /**
     * \(\hat H(\omega) v_b\) for {@code count} directions at one point: the uniform phase of the
     * linearised program once, its laned phase with the directions as lanes (in this thread's
     * workspace: nothing allocated per call).
     *
     * @param directions {@code count × d}, one direction per row. Not modified.
     * @param products receives the products, {@code count × d}. Modified.
     * @param gradient receives ξ(ω) when not {@code null}, length d. Modified.
     */
    public void jacobianVectorProducts(double[] w, int count, double[] directions,
            double[] products, double[] gradient) {
        checkLength("w", w);
        if (gradient != null) {
            checkLength("gradient", gradient);
        }
        Compiled c = compiled(Kind.JACOBIAN_PRODUCT, 0, Mode.LINEARISED);
        Program.Workspace ws = c.workspace();
        c.program.setInput(ws, POINT, w, offsets);
        c.program.runUniform(ws, true);
        if (gradient != null) {
            blocks(c, ws, 0, gradient);
        }
        products(c, ws, count, directions, products, losses.length);
    }

    // ---- linearisation ------------------------------------------------------------------------

    /**
     * The derivatives at ω for many products without recomputing the primal pass: each program
     * a {@link Linearization} uses runs its uniform phase once, at ω.
     */
    public Linearization linearize(double[] w) {
        checkLength("w", w);
        return new Linearization(this, w.clone());
    }

    /** A linearised program's workspace with its uniform phase run at ω (for {@link Linearization}). */
    Program.Workspace linearised(Compiled c, double[] w) {
        Program.Workspace ws = c.program.workspace();
        c.program.setInput(ws, POINT, w, offsets);
        c.program.runUniform(ws, true);
        return ws;
    }

    /**
     * One product of a linearised program: lane 0 with direction {@code v}, outputs
     * {@code from .. from+n−1} into a new d-vector.
     */
    double[] product(Compiled c, Program.Workspace ws, double[] v, int from) {
        checkLength("v", v);
        c.program.reserve(ws, 1);
        c.program.setInputLane(ws, DIRECTION, 0, v, offsets);
        c.program.runLaned(ws, true);
        double[] out = new double[dimension];
        for (int i = 0; i < losses.length; i++) {
            c.program.outputLane(ws, from + i, 0, out, offsets[i]);
        }
        return out;
    }

    /**
     * Products of a linearised program for {@code count} directions (rows of a row-major
     * {@code count × d} array), as many per run as the program's lanes, outputs
     * {@code from .. from+n−1} into the rows of {@code products}.
     */
    void products(Compiled c, Program.Workspace ws, int count, double[] directions,
            double[] products, int from) {
        checkBatch("directions", count, directions);
        checkBatch("products", count, products);
        for (int first = 0; first < count; first += c.lanes) {
            int lanes = Math.min(c.lanes, count - first);
            c.program.reserve(ws, lanes);
            c.program.setInputBatch(ws, DIRECTION, directions, first, dimension, offsets);
            c.program.runLaned(ws, true);
            for (int i = 0; i < losses.length; i++) {
                if (c.program.outputSize(from + i) == 0) {
                    zeroColumns(products, first, lanes, offsets[i], blockSizes[i]);
                } else {
                    c.program.outputBatch(ws, from + i, products, first, dimension, offsets[i]);
                }
            }
        }
    }

    int players() {
        return losses.length;
    }

    int offset(int player) {
        return offsets[player];
    }

    int blockSize(int player) {
        return blockSizes[player];
    }

    /** The number of instructions of a compiled program (for tests and benchmarks). */
    int instructions(Kind kind, int k, Mode mode) {
        return compiled(kind, k, mode).program.instructions();
    }

    int checkPlayer(int k) {
        if (k < 0 || k >= blockSizes.length) {
            throw new IllegalArgumentException("player = " + k + "; allowed: 0 to "
                    + (blockSizes.length - 1));
        }
        return k;
    }

    void checkLength(String argument, double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException(argument + " has length "
                    + (x == null ? "null" : String.valueOf(x.length)) + "; the game has dimension "
                    + dimension);
        }
    }

    private void checkBatch(String argument, int count, double[] x) {
        if (count < 1) {
            throw new IllegalArgumentException("count = " + count + "; allowed: ≥ 1");
        }
        if (x == null || x.length != (long) count * dimension) {
            throw new IllegalArgumentException(argument + " has length "
                    + (x == null ? "null" : String.valueOf(x.length)) + "; allowed: count × d = "
                    + count + " × " + dimension);
        }
    }
}
