package io.github.gamedyn.core.ad;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The reference engine, a test oracle for the traced one: every call records the game's losses
 * afresh and evaluates them eagerly in a truncated Taylor algebra (forward-over-reverse sweeps,
 * the algorithm of the engine before tracing), independent of the traced program's
 * transformations, simplifications and compiled kernels; only the recording of the losses is
 * shared.
 */
public final class TaylorReference {
    private final int[] blockSizes;
    private final int[] offsets;
    private final int dimension;
    private final LossFunction losses;

    /** The reference derivatives of {@code game}'s losses. */
    public TaylorReference(Game game) {
        this(game.players().stream().mapToInt(Player::size).toArray(), game.lossFunction());
    }

    TaylorReference(int[] blockSizes, LossFunction losses) {
        this.blockSizes = blockSizes.clone();
        this.offsets = new int[blockSizes.length + 1];
        for (int i = 0; i < blockSizes.length; i++) {
            offsets[i + 1] = offsets[i] + blockSizes[i];
        }
        this.dimension = offsets[blockSizes.length];
        this.losses = losses;
    }

    /** d, the length of ω. */
    public int dimension() {
        return dimension;
    }

    /** The players' losses \(L_i(\omega)\). */
    public double[] losses(double[] w) {
        Recording r = record(w, 0);
        double[] out = new double[r.losses.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.losses[i].value[0][0];
        }
        return out;
    }

    /** The simultaneous gradient \(\xi(\omega)\). */
    public double[] simultaneousGradient(double[] w) {
        Recording r = record(w, 0);
        double[] xi = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], 1L << i, 0, 0);
            place(r.tape.blockAdjoint(i, 0), i, xi);
        }
        return xi;
    }

    /** The full gradient \(\nabla_\omega L_k\) of one player's loss. */
    public double[] lossGradient(double[] w, int k) {
        Recording r = record(w, 0);
        r.tape.sweep(r.losses[checkPlayer(k)], allBlocks(), 0, 0);
        return gather(r.tape, 0);
    }

    /** The Jacobian-vector product \(\hat H(\omega)\, v\). */
    public double[] jacobianVectorProduct(double[] w, double[] v) {
        return jacobianVectorProduct(w, v, null);
    }

    /**
     * The Jacobian-vector product \(\hat H(\omega)\, v\) and, from the same sweeps (their primal
     * components), the simultaneous gradient \(\xi(\omega)\).
     *
     * @param gradient receives \(\xi(\omega)\) when not {@code null}, length d. Modified.
     */
    public double[] jacobianVectorProduct(double[] w, double[] v, double[] gradient) {
        checkLength("v", v);
        if (gradient != null) {
            checkLength("gradient", gradient);
        }
        Recording r = record(w, 1);
        r.tape.setDirection(1, v);
        double[] out = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], 1L << i, 0, 1);
            place(r.tape.blockAdjoint(i, 1), i, out);
            if (gradient != null) {
                place(r.tape.blockAdjoint(i, 0), i, gradient);
            }
        }
        return out;
    }

    /**
     * The vector-Jacobian product \(v^{\mathsf T} \hat H(\omega)\), as a column. Since the Hessians
     * are symmetric, \(v^{\mathsf T}\hat H = \sum_i \nabla^2 L_i\, \tilde v_i\) with \(\tilde v_i\)
     * the block {@code i} of {@code v} embedded in zeros.
     */
    public double[] vectorJacobianProduct(double[] w, double[] v) {
        checkLength("v", v);
        Recording r = record(w, 1);
        double[] out = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.setDirection(1, embed(v, i));
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], allBlocks(), 0, 1);
            add(gather(r.tape, 1), out);
        }
        return out;
    }

    /** The Hessian-vector product \(\nabla^2_\omega L_k\, v\) of one player's loss. */
    public double[] lossHessianVectorProduct(double[] w, int k, double[] v) {
        checkLength("v", v);
        Recording r = record(w, 1);
        r.tape.setDirection(1, v);
        r.tape.sweep(r.losses[checkPlayer(k)], allBlocks(), 0, 1);
        return gather(r.tape, 1);
    }

    /**
     * The dense game Jacobian \(\hat H(\omega)\). One recording; per player one primal adjoint
     * sweep; per column only the tangent components are recomputed.
     */
    public DMatrixRMaj jacobian(double[] w) {
        Recording r = record(w, 1);
        DMatrixRMaj h = new DMatrixRMaj(dimension, dimension);
        double[] e = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], 1L << i, 0, 0);
            for (int j = 0; j < dimension; j++) {
                e[j] = 1;
                r.tape.setDirection(1, e);
                e[j] = 0;
                r.tape.clearAdjoints(1);
                r.tape.sweep(r.losses[i], 1L << i, 1, 1);
                double[] col = r.tape.blockAdjoint(i, 1);
                for (int a = 0; a < col.length; a++) {
                    h.unsafe_set(offsets[i] + a, j, col[a]);
                }
            }
        }
        return h;
    }

    /**
     * The directional derivative of the Jacobian applied to a vector,
     * \(\frac{d}{d\varepsilon}\hat H(\omega + \varepsilon u)\, v\): block {@code i} is
     * \(D^3 L_i[u, v, \cdot]\) restricted to \(\theta_i\). For small games (one third-order
     * recording).
     */
    public double[] jacobianDirectionalDerivative(double[] w, double[] u, double[] v) {
        checkLength("u", u);
        checkLength("v", v);
        Recording r = record(w, 2);
        r.tape.setDirection(2, v);
        r.tape.setDirection(1, u);
        double[] out = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], 1L << i, 0, 3);
            place(r.tape.blockAdjoint(i, 3), i, out);
        }
        return out;
    }

    /**
     * The gradient of a bilinear form of the Jacobian, \(\nabla_\omega\, a^{\mathsf T}\hat H(\omega)
     * v = \sum_i D^3 L_i[\tilde a_i, v, \cdot]\), with \(\tilde a_i\) the block {@code i} of
     * {@code a} embedded in zeros. This is what gradients of Lyapunov exponents with respect to
     * the starting point need. For small games.
     */
    public double[] jacobianBilinearGradient(double[] w, double[] a, double[] v) {
        checkLength("a", a);
        checkLength("v", v);
        Recording r = record(w, 2);
        r.tape.setDirection(2, v);
        double[] out = new double[dimension];
        for (int i = 0; i < r.losses.length; i++) {
            r.tape.setDirection(1, embed(a, i));
            r.tape.clearAdjoints(0);
            r.tape.sweep(r.losses[i], allBlocks(), 0, 3);
            add(gather(r.tape, 3), out);
        }
        return out;
    }

    private record Recording(TaylorTape tape, TaylorVar[] losses) {
    }

    /**
     * Records the losses at ω (the traced engine's recorder) and replays the recording eagerly
     * on a Taylor tape with {@code directions} tangent directions.
     */
    private Recording record(double[] w, int directions) {
        checkLength("w", w);
        Tape recorder = new Tape(blockSizes, w);
        Var[] l = losses.evaluate(recorder);
        Graph g = recorder.graph();
        double[][] parts = new double[blockSizes.length][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Arrays.copyOfRange(w, offsets[i], offsets[i + 1]);
        }
        TaylorTape tape = new TaylorTape(directions, parts);
        TaylorVar[] node = new TaylorVar[g.size()];
        for (int id = 0; id < g.size(); id++) {
            node[id] = replay(tape, g.node(id), node);
        }
        TaylorVar[] out = new TaylorVar[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = node[l[i].id];
        }
        return new Recording(tape, out);
    }

    private static TaylorVar replay(TaylorTape t, Node n, TaylorVar[] node) {
        TaylorVar[] in = new TaylorVar[n.inputs.length];
        for (int k = 0; k < in.length; k++) {
            in[k] = node[n.inputs[k]];
        }
        return switch (n.op) {
            case INPUT -> t.block(n.ints[1]);
            case CONST -> t.constant(n.rows, n.cols, n.reals);
            case ADD -> t.record(n.rows, n.cols, new TaylorLinearOps.Add(1), in);
            case SUB -> t.record(n.rows, n.cols, new TaylorLinearOps.Add(-1), in);
            case MUL -> t.record(n.rows, n.cols, new TaylorBilinearOp.Multiply(), in);
            case AFFINE -> t.record(n.rows, n.cols, new TaylorLinearOps.Affine(n.reals[0], n.reals[1]),
                    in);
            case UNARY -> t.record(n.rows, n.cols, new TaylorUnaryOp(
                    TaylorFunction.valueOf(UnaryFunction.values()[n.ints[0]].name())), in);
            case SUM -> t.record(1, 1, new TaylorLinearOps.Sum(), in);
            case EXPAND -> t.record(n.rows, n.cols, new TaylorLinearOps.Expand(), in);
            case SLICE -> t.record(n.rows, n.cols, new TaylorLinearOps.Slice(n.ints[0]), in);
            case ASSEMBLE -> t.record(n.rows, n.cols, new TaylorLinearOps.ConcatRows(), in);
            case TRANSPOSE -> t.record(n.rows, n.cols, new TaylorLinearOps.Transpose(), in);
            case MATMUL -> t.record(n.rows, n.cols, new TaylorBilinearOp.MatMul(), in);
            case DENSE -> t.record(n.rows, n.cols, new TaylorBilinearOp.Dense(), in);
            case LU -> null;
            case SOLVE -> t.record(n.rows, n.cols, new TaylorSolveOp(), in[0], in[2]);
            case MAX -> t.constant(1, 1, new double[] {
                Arrays.stream(in[0].value[0]).max().orElseThrow()});
            default -> throw new IllegalStateException("the reference cannot replay " + n.op);
        };
    }

    private long allBlocks() {
        return blockSizes.length == Long.SIZE ? -1L : (1L << blockSizes.length) - 1;
    }

    private double[] gather(TaylorTape tape, int m) {
        double[] out = new double[dimension];
        for (int i = 0; i < blockSizes.length; i++) {
            place(tape.blockAdjoint(i, m), i, out);
        }
        return out;
    }

    private void place(double[] part, int i, double[] out) {
        System.arraycopy(part, 0, out, offsets[i], part.length);
    }

    private double[] embed(double[] v, int i) {
        double[] e = new double[dimension];
        System.arraycopy(v, offsets[i], e, offsets[i], blockSizes[i]);
        return e;
    }

    private static void add(double[] x, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] += x[i];
        }
    }

    private int checkPlayer(int k) {
        if (k < 0 || k >= blockSizes.length) {
            throw new IllegalArgumentException("player = " + k + "; allowed: 0 to "
                    + (blockSizes.length - 1));
        }
        return k;
    }

    private void checkLength(String name, double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException(name + " has length "
                    + (x == null ? "null" : String.valueOf(x.length)) + "; the game has dimension "
                    + dimension);
        }
    }
}
