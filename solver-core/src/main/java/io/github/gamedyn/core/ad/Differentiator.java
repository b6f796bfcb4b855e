package io.github.gamedyn.core.ad;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Exact derivatives of the losses \(L_1, \dots, L_n\) of a game whose players own consecutive
 * parameter blocks \(\theta_i\) of \(\omega \in \mathbb{R}^d\).
 *
 * <p>Conventions of DESIGN §3: the simultaneous gradient is
 * \(\xi = (\nabla_{\theta_1} L_1, \dots, \nabla_{\theta_n} L_n)\) and the game Jacobian
 * \(\hat H = \nabla_\omega \xi\), so block row {@code i} of \(\hat H\) is block row {@code i} of the
 * Hessian \(\nabla^2 L_i\). Every method records a fresh {@link Tape}; instances are immutable and
 * safe to share between threads. All array arguments are not modified; results are new arrays.
 */
public final class Differentiator {
    private final int[] blockSizes;
    private final int[] offsets;
    private final int dimension;
    private final LossFunction losses;

    /**
     * @param blockSizes the size of each player's parameter block (each ≥ 1, at most 64 players).
     *                   Not modified.
     * @param losses the losses, written once
     */
    public Differentiator(int[] blockSizes, LossFunction losses) {
        if (blockSizes.length < 1 || blockSizes.length > Long.SIZE) {
            throw new IllegalArgumentException("number of players = " + blockSizes.length
                    + "; allowed: 1 to " + Long.SIZE);
        }
        this.blockSizes = blockSizes.clone();
        this.offsets = new int[blockSizes.length + 1];
        for (int i = 0; i < blockSizes.length; i++) {
            if (blockSizes[i] < 1) {
                throw new IllegalArgumentException("size of block " + i + " = " + blockSizes[i]
                        + "; allowed: ≥ 1");
            }
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

    private record Recording(Tape tape, Var[] losses) {
    }

    private Recording record(double[] w, int directions) {
        checkLength("w", w);
        double[][] parts = new double[blockSizes.length][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Arrays.copyOfRange(w, offsets[i], offsets[i + 1]);
        }
        Tape tape = new Tape(directions, parts);
        Var[] l = losses.evaluate(tape);
        if (l == null || l.length != blockSizes.length) {
            throw new IllegalStateException("the loss function returned "
                    + (l == null ? "null" : l.length + " losses") + " for " + blockSizes.length
                    + " players; it must return one 1×1 loss per player");
        }
        for (int i = 0; i < l.length; i++) {
            if (l[i].tape != tape || l[i].rows != 1 || l[i].cols != 1) {
                throw new IllegalStateException("loss " + i + " is " + l[i].shape()
                        + (l[i].tape != tape ? " from another tape" : "")
                        + "; each loss must be a 1×1 Var of the tape passed in");
            }
        }
        return new Recording(tape, l);
    }

    private long allBlocks() {
        return blockSizes.length == Long.SIZE ? -1L : (1L << blockSizes.length) - 1;
    }

    private double[] gather(Tape tape, int m) {
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
