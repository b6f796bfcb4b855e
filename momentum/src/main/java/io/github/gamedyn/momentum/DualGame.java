package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A game evaluated on {@link Dual} numbers: the products a learning rule needs (ξ, Ĥv, vᵀĤ,
 * player gradients, mixed products), each with its tangents from the game's next-higher
 * products, so that a rule written once over these gets the exact Jacobian-vector products of
 * its update. With a point ω carrying tangents \(\dot\omega\) and a vector v carrying \(\dot v\):
 * <table>
 *   <caption>products and their tangents</caption>
 *   <tr><th>product</th><th>tangent</th></tr>
 *   <tr><td>ξ(ω)</td><td>\(\hat H\dot\omega\)</td></tr>
 *   <tr><td>\(\hat H(\omega)v\)</td><td>\(\hat H\dot v + \partial\hat H[\dot\omega]\,v\)
 *       ({@link Game#jacobianDirectionalDerivative})</td></tr>
 *   <tr><td>\(\hat H(\omega)^{\mathsf T}v\)</td><td>\(\hat H^{\mathsf T}\dot v +
 *       \nabla_\omega(v^{\mathsf T}\hat H\dot\omega)\) ({@link Game#jacobianBilinearGradient}, by
 *       the symmetry of third derivatives)</td></tr>
 *   <tr><td>\(\nabla_\omega L_k\)</td><td>\(\nabla^2L_k\,\dot\omega\)</td></tr>
 *   <tr><td>\(\nabla_{\theta_i}(\nabla_{\theta_j}L_k\cdot v_j)\), k = j</td><td>its value at
 *       \(\dot v_j\) plus block i of \(\nabla_\omega(a^{\mathsf T}\hat H\dot\omega)\), a = \(v_j\) in
 *       block j (the rows of block j of Ĥ are those of \(\nabla^2L_j\))</td></tr>
 *   <tr><td>the same, k = i</td><td>its value at \(\dot v_j\) plus block i of
 *       \(\partial\hat H[\dot\omega]\,a\)</td></tr>
 * </table>
 * (a mixed product of a third player's loss, k ∉ {i, j}, takes tangents in v only). Only ξ also
 * has second-order terms (from \(\partial\hat H\)); the others would need fourth derivatives of
 * the losses and reject second-order arguments. Tangents that are zero cost nothing; with many
 * directions the second-order terms come from the dense Ĥ and the third-order ones row by row
 * when a block has fewer rows than there are directions. Products at one point share the game's
 * work there (ξ once, many products through its linearisation at the point). Not thread-safe: one
 * instance serves one evaluation of an update.
 */
public final class DualGame {
    private final Game game;
    private final List<PointProducts> points = new ArrayList<>();

    DualGame(Game game) {
        this.game = game;
    }

    /** The game. */
    public Game game() {
        return game;
    }

    /** d. */
    public int dimension() {
        return game.dimension();
    }

    /** The products at the point ω (its value array, by identity). */
    PointProducts at(Dual w) {
        if (w.size() != game.dimension()) {
            throw new IllegalArgumentException("w has size " + w.size() + "; game " + game.name()
                    + " has dimension " + game.dimension());
        }
        double[] x = w.valueArray();
        for (PointProducts p : points) {
            if (p.isAt(x)) {
                return p;
            }
        }
        PointProducts p = new PointProducts(game, x);
        points.add(p);
        return p;
    }

    /** ξ(ω), with tangents \(\hat H\dot\omega\) and second-order terms. */
    public Dual simultaneousGradient(Dual w) {
        PointProducts p = at(w);
        if (!w.hasDerivatives()) {
            return Dual.wrap(p.simultaneousGradient());
        }
        int m = w.directions();
        int nonzero = 0;
        for (int k = 0; k < m; k++) {
            nonzero += w.tangent(k) == null ? 0 : 1;
        }
        // many directions: one dense Ĥ is cheaper than a product per direction
        boolean dense = nonzero > 1 && 4 * nonzero > game.dimension() || w.hasSecondOrder();
        double[][] t = new double[m][];
        for (int k = 0; k < m; k++) {
            t[k] = times(p, dense, w.tangent(k));
        }
        if (!w.hasSecondOrder()) {
            return Dual.variable(p.simultaneousGradient(), t);
        }
        double[] s = w.seed();
        double[][] c = new double[m][];
        for (int k = 0; k < m; k++) {
            double[] third = s == null || w.tangent(k) == null ? null
                    : p.jacobianDirectionalDerivative(s, w.tangent(k));
            c[k] = add(times(p, true, w.cross(k)), third);
        }
        return Dual.secondOrder(p.simultaneousGradient(), t, times(p, true, s), c);
    }

    /** \(\hat H(\omega)v\). */
    public Dual jacobianVectorProduct(Dual w, Dual v) {
        return product(w, v, false, 0, game.dimension());
    }

    /** Rows [from, to) of \(\hat H(\omega)v\), or of \(\hat H(\omega)^{\mathsf T}v\). */
    private Dual product(Dual w, Dual v, boolean transpose, int from, int to) {
        firstOrder(transpose ? "vectorJacobianProduct" : "jacobianVectorProduct", w, v);
        PointProducts p = at(w);
        double[] x = checked("v", v, game.dimension());
        double[] value = slice(transpose ? p.vectorJacobianProduct(x)
                : p.jacobianVectorProduct(x), from, to);
        return Dual.variable(value, productTangents(p, w, v, transpose, from, to));
    }

    /**
     * Rows [from, to) of the tangents of \(\hat H(\omega)v\) (or of \(\hat H^{\mathsf T}v\)):
     * \(\hat H\dot v_k + \partial\hat H[\dot\omega_k]v\) (or \(\hat H^{\mathsf T}\dot v_k +
     * \nabla_\omega(v^{\mathsf T}\hat H\dot\omega_k)\)).
     */
    private double[][] productTangents(PointProducts p, Dual w, Dual v, boolean transpose,
            int from, int to) {
        double[][] t = tangents(w, v);
        secondOrderProducts(p, v, transpose, from, to, t);
        double[] x = v.valueArray();
        if (transpose) {
            // per direction ∇ω(vᵀĤẇ), or per row r ∇ω(vᵀĤe_r) dotted with ẇ
            thirdOrderProducts(w, from, to, t, u -> p.jacobianBilinearGradient(x, u),
                    r -> p.jacobianBilinearGradient(x, unit(r)));
        } else {
            // per direction ∂Ĥ[ẇ]v, or per row r ∇ω[Ĥv]_r dotted with ẇ
            thirdOrderProducts(w, from, to, t, u -> p.jacobianDirectionalDerivative(u, x),
                    r -> p.jacobianBilinearGradient(unit(r), x));
        }
        return t;
    }

    /** \(\hat H(\omega)^{\mathsf T}v\), as a column. */
    public Dual vectorJacobianProduct(Dual w, Dual v) {
        return product(w, v, true, 0, game.dimension());
    }

    /** \(\nabla_\omega L_k\), the full gradient of player k's loss. */
    public Dual lossGradient(Dual w, int k) {
        firstOrder("lossGradient", w, w);
        PointProducts p = at(w);
        double[] value = p.lossGradient(k);
        double[][] t = tangents(w, w);
        for (int q = 0; q < t.length; q++) {
            double[] wq = w.tangent(q);
            t[q] = wq == null ? null : p.lossHessianVectorProduct(k, wq);
        }
        return Dual.variable(value, t);
    }

    /**
     * The mixed product \(\nabla_{\theta_i}(\nabla_{\theta_j}L_k\cdot v_j)\) of LOLA and SOS, a
     * vector of player i's block size.
     *
     * @throws UnsupportedOperationException if ω carries tangents and k is neither i nor j (the
     *         tangent would need third derivatives of a third player's loss across two blocks)
     */
    public Dual mixedProduct(Dual w, int i, int j, int k, Dual vj) {
        firstOrder("mixedProduct", w, vj);
        PointProducts p = at(w);
        Player pi = game.player(i);
        Player pj = game.player(j);
        double[] value = p.mixedProduct(i, j, k, checked("vj", vj, pj.size()));
        if (tangents(w, vj).length == 0) {
            return Dual.wrap(value);
        }
        if (k != i && k != j) {
            if (anyTangent(w)) {
                throw new UnsupportedOperationException("the tangent of mixedProduct(i = " + i
                        + ", j = " + j + ", k = " + k + ") in ω; allowed: k = i or k = j");
            }
            double[][] t = tangents(w, vj);
            for (int q = 0; q < t.length; q++) {
                t[q] = vj.tangent(q) == null ? null : p.mixedProduct(i, j, k, vj.tangent(q));
            }
            return Dual.variable(value, t);
        }
        // with a = v_j in block j: [∇²L_j]_{θi θj} v_j = [Ĥᵀa]_i and [∇²L_i]_{θi θj} v_j = [Ĥa]_i
        Dual a = Dual.zeros(game.dimension()).withSlice(pj.offset(), vj);
        return Dual.variable(value, productTangents(p, w, a, k == j, pi.offset(),
                pi.offset() + pi.size()));
    }

    /**
     * \(H_o v\), the off-diagonal blocks of Ĥ applied to v (Letcher et al. 2019): block i is
     * \([\hat H v^{(-i)}]_i\), with \(v^{(-i)}\) the vector v with block i set to zero.
     */
    public Dual offDiagonalProduct(Dual w, Dual v) {
        Dual[] blocks = new Dual[game.players().size()];
        for (int i = 0; i < blocks.length; i++) {
            Player p = game.player(i);
            blocks[i] = product(w, withoutBlock(v, p), false, p.offset(),
                    p.offset() + p.size());
        }
        return Dual.concat(blocks);
    }

    /** \(H_o^{\mathsf T} v\): block j is \([(v^{(-j)})^{\mathsf T}\hat H]_j\). */
    public Dual offDiagonalTransposeProduct(Dual w, Dual v) {
        Dual[] blocks = new Dual[game.players().size()];
        for (int j = 0; j < blocks.length; j++) {
            Player p = game.player(j);
            blocks[j] = product(w, withoutBlock(v, p), true, p.offset(),
                    p.offset() + p.size());
        }
        return Dual.concat(blocks);
    }

    /**
     * Adds rows [from, to) of \(\hat H\dot v_k\) (or \(\hat H^{\mathsf T}\dot v_k\)) to each
     * t[k]: from the dense Ĥ when there are many directions, else a product per direction.
     */
    private void secondOrderProducts(PointProducts p, Dual v, boolean transpose, int from, int to,
            double[][] t) {
        int count = 0;
        for (int k = 0; k < t.length; k++) {
            count += v.tangent(k) == null ? 0 : 1;
        }
        boolean dense = count > 1 && 4 * count > game.dimension();
        for (int k = 0; k < t.length; k++) {
            double[] vk = v.tangent(k);
            if (vk == null) {
                continue;
            }
            double[] rows;
            if (dense) {
                rows = rows(p.jacobian(), vk, transpose, from, to);
            } else {
                rows = slice(transpose ? p.vectorJacobianProduct(vk)
                        : p.jacobianVectorProduct(vk), from, to);
            }
            t[k] = add(t[k], rows);
        }
    }

    /**
     * Adds rows [from, to) of a third-order term \(T[\dot\omega_k]\), linear in the direction, to
     * each t[k]: by one call per direction ({@code perDirection}: the full vector), or, when the
     * block has fewer rows than there are directions, one call per row ({@code perRow}: the
     * gradient of that row in ω, dotted with each direction).
     */
    private void thirdOrderProducts(Dual w, int from, int to, double[][] t,
            java.util.function.Function<double[], double[]> perDirection,
            java.util.function.IntFunction<double[]> perRow) {
        int count = 0;
        for (int k = 0; k < t.length; k++) {
            count += w.tangent(k) == null ? 0 : 1;
        }
        if (count == 0) {
            return;
        }
        if (count <= to - from) {
            for (int k = 0; k < t.length; k++) {
                double[] wk = w.tangent(k);
                if (wk != null) {
                    t[k] = add(t[k], slice(perDirection.apply(wk), from, to));
                }
            }
            return;
        }
        for (int r = from; r < to; r++) {
            double[] gradient = perRow.apply(r);
            for (int k = 0; k < t.length; k++) {
                double[] wk = w.tangent(k);
                if (wk != null) {
                    double s = 0;
                    for (int c = 0; c < wk.length; c++) {
                        s += gradient[c] * wk[c];
                    }
                    if (t[k] == null) {
                        t[k] = new double[to - from];
                    }
                    t[k][r - from] += s;
                }
            }
        }
    }

    private static boolean anyTangent(Dual w) {
        for (int k = 0; k < w.directions(); k++) {
            if (w.tangent(k) != null) {
                return true;
            }
        }
        return false;
    }

    private double[] unit(int r) {
        double[] e = new double[game.dimension()];
        e[r] = 1;
        return e;
    }

    private static double[] slice(double[] x, int from, int to) {
        return from == 0 && to == x.length ? x : java.util.Arrays.copyOfRange(x, from, to);
    }

    /** Rows [from, to) of Hv, or of Hᵀv. */
    private static double[] rows(DMatrixRMaj h, double[] v, boolean transpose, int from, int to) {
        double[] out = new double[to - from];
        for (int r = from; r < to; r++) {
            double s = 0;
            for (int c = 0; c < h.numCols; c++) {
                s += (transpose ? h.unsafe_get(c, r) : h.unsafe_get(r, c)) * v[c];
            }
            out[r - from] = s;
        }
        return out;
    }

    private static Dual withoutBlock(Dual v, Player p) {
        return v.withSlice(p.offset(), Dual.zeros(p.size()));
    }

    private static void firstOrder(String product, Dual w, Dual v) {
        if (w.hasSecondOrder() || v.hasSecondOrder()) {
            throw new UnsupportedOperationException(product + " of second-order duals: its "
                    + "second derivative needs fourth derivatives of the losses");
        }
    }

    private static double[] checked(String name, Dual v, int size) {
        if (v.size() != size) {
            throw new IllegalArgumentException(name + " has size " + v.size() + "; allowed: "
                    + size);
        }
        return v.valueArray();
    }

    /** Room for the tangents of a product of w and v. */
    private static double[][] tangents(Dual w, Dual v) {
        int a = w.directions();
        int b = v.directions();
        if (a != b && a != 0 && b != 0) {
            throw new IllegalArgumentException("operands with " + a + " and " + b
                    + " tangent directions; allowed: equal numbers, or a constant");
        }
        return new double[Math.max(a, b)][];
    }

    /** Ĥu densely or by a product, null for a zero u. */
    private static double[] times(PointProducts p, boolean dense, double[] u) {
        if (u == null) {
            return null;
        }
        return dense ? rows(p.jacobian(), u, false, 0, u.length) : p.jacobianVectorProduct(u);
    }

    private static double[] add(double[] a, double[] b) {
        if (a == null) {
            return b;
        }
        if (b != null) {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
        return a;
    }
}
