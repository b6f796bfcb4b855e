package io.github.gamedyn.core.ad;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * A game's derivatives linearised at one point ω: the forward values and primal adjoints at ω are
 * computed once (per kind of product, on first use) and every further product \(\hat H v\),
 * \(v^{\mathsf T}\hat H\), \(\nabla^2 L_k v\) or mixed product costs only the part of the program
 * that is linear in v (JAX's {@code linearize}). Conjugate-gradient iterations, the columns of the
 * dense Ĥ and eigenvector rides all ask many products at one point.
 *
 * <pre>{@code
 * Linearization at = game.linearize(w);
 * double[] hv = at.jacobianVectorProduct(v);
 * double[] vh = at.vectorJacobianProduct(v);
 * }</pre>
 *
 * Confined to one thread. Array arguments are not modified; results are new arrays.
 */
public final class Linearization {
    private final Differentiator engine;
    private final double[] point;
    private final Map<Differentiator.Kind, Program.Workspace> jacobianSide =
            new EnumMap<>(Differentiator.Kind.class);
    private final Program.Workspace[] hessians;

    Linearization(Differentiator engine, double[] point) {
        this.engine = engine;
        this.point = point;
        this.hessians = new Program.Workspace[engine.players()];
    }

    /** ω, the point of linearisation. */
    public double[] point() {
        return point.clone();
    }

    private Differentiator.Compiled program(Differentiator.Kind kind, int k) {
        return engine.compiled(kind, k, Differentiator.Mode.LINEARISED);
    }

    private Program.Workspace workspace(Differentiator.Kind kind) {
        return jacobianSide.computeIfAbsent(kind, k -> engine.linearised(program(k, 0), point));
    }

    /** \(\xi(\omega)\). */
    public double[] simultaneousGradient() {
        Differentiator.Compiled c = program(Differentiator.Kind.JACOBIAN_PRODUCT, 0);
        Program.Workspace ws = workspace(Differentiator.Kind.JACOBIAN_PRODUCT);
        double[] xi = new double[engine.dimension()];
        for (int i = 0; i < engine.players(); i++) {
            c.program.output(ws, i, xi, engine.offset(i));
        }
        return xi;
    }

    /** \(\hat H(\omega) v\). */
    public double[] jacobianVectorProduct(double[] v) {
        Differentiator.Kind kind = Differentiator.Kind.JACOBIAN_PRODUCT;
        return engine.product(program(kind, 0), workspace(kind), v, engine.players());
    }

    /**
     * \(\hat H(\omega) v_b\) for {@code count} directions at once (the linear part of the
     * program run over lanes).
     *
     * @param directions {@code count × d}, one direction per row, row-major. Not modified.
     * @param products receives \(\hat H v_b\) per row, {@code count × d}. Modified.
     */
    public void jacobianVectorProducts(int count, double[] directions, double[] products) {
        Differentiator.Kind kind = Differentiator.Kind.JACOBIAN_PRODUCT;
        engine.products(program(kind, 0), workspace(kind), count, directions, products,
                engine.players());
    }

    /** \(v^{\mathsf T}\hat H(\omega)\), as a column. */
    public double[] vectorJacobianProduct(double[] v) {
        Differentiator.Kind kind = Differentiator.Kind.TRANSPOSED_PRODUCT;
        return engine.product(program(kind, 0), workspace(kind), v, 0);
    }

    /** \(\nabla^2_\omega L_k\, v\), a Hessian-vector product of player {@code k}'s loss. */
    public double[] lossHessianVectorProduct(int k, double[] v) {
        engine.checkPlayer(k);
        Differentiator.Compiled c = program(Differentiator.Kind.LOSS_HESSIAN_PRODUCT, k);
        if (hessians[k] == null) {
            hessians[k] = engine.linearised(c, point);
        }
        return engine.product(c, hessians[k], v, 0);
    }

    /**
     * The mixed product \(\nabla_{\theta_i}(\nabla_{\theta_j} L_k \cdot v_j)\) of LOLA, SOS and
     * CGD: the block-(i, j) part of \(\nabla^2 L_k\) applied to {@code vj}.
     *
     * @param vj a vector of player j's block size. Not modified.
     * @return a vector of player i's block size
     */
    public double[] mixedProduct(int i, int j, int k, double[] vj) {
        engine.checkPlayer(i);
        engine.checkPlayer(j);
        if (vj == null || vj.length != engine.blockSize(j)) {
            throw new IllegalArgumentException("vj has length "
                    + (vj == null ? "null" : String.valueOf(vj.length)) + "; player " + j
                    + " has a block of size " + engine.blockSize(j));
        }
        double[] v = new double[engine.dimension()];
        System.arraycopy(vj, 0, v, engine.offset(j), vj.length);
        double[] hv = lossHessianVectorProduct(k, v);
        return Arrays.copyOfRange(hv, engine.offset(i), engine.offset(i) + engine.blockSize(i));
    }

    /** The dense \(\hat H(\omega)\). */
    public DMatrixRMaj jacobian() {
        Differentiator.Kind kind = Differentiator.Kind.JACOBIAN_PRODUCT;
        return engine.jacobian(program(kind, 0), workspace(kind));
    }
}
