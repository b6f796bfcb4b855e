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
 * Only ξ also has second-order terms (from \(\partial\hat H\)); the others would need fourth
 * derivatives of the losses and reject second-order arguments. Tangents that are zero cost
 * nothing. Products at one point go through one {@link PointProducts}. Not thread-safe: one
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
        firstOrder("jacobianVectorProduct", w, v);
        PointProducts p = at(w);
        double[] value = p.jacobianVectorProduct(checked("v", v, game.dimension()));
        double[][] t = tangents(w, v);
        for (int k = 0; k < t.length; k++) {
            double[] vk = v.tangent(k);
            double[] wk = w.tangent(k);
            t[k] = add(vk == null ? null : p.jacobianVectorProduct(vk),
                    wk == null ? null : p.jacobianDirectionalDerivative(wk, v.valueArray()));
        }
        return Dual.variable(value, t);
    }

    /** \(\hat H(\omega)^{\mathsf T}v\), as a column. */
    public Dual vectorJacobianProduct(Dual w, Dual v) {
        firstOrder("vectorJacobianProduct", w, v);
        PointProducts p = at(w);
        double[] value = p.vectorJacobianProduct(checked("v", v, game.dimension()));
        double[][] t = tangents(w, v);
        for (int k = 0; k < t.length; k++) {
            double[] vk = v.tangent(k);
            double[] wk = w.tangent(k);
            t[k] = add(vk == null ? null : p.vectorJacobianProduct(vk),
                    wk == null ? null : p.jacobianBilinearGradient(v.valueArray(), wk));
        }
        return Dual.variable(value, t);
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
        double[][] t = tangents(w, vj);
        for (int q = 0; q < t.length; q++) {
            double[] vq = vj.tangent(q);
            double[] wq = w.tangent(q);
            double[] third = null;
            if (wq != null) {
                double[] a = new double[game.dimension()];
                System.arraycopy(vj.valueArray(), 0, a, pj.offset(), pj.size());
                double[] full;
                if (k == j) {
                    full = p.jacobianBilinearGradient(a, wq);
                } else if (k == i) {
                    full = p.jacobianDirectionalDerivative(wq, a);
                } else {
                    throw new UnsupportedOperationException("the tangent of mixedProduct(i = " + i
                            + ", j = " + j + ", k = " + k + "); allowed: k = i or k = j");
                }
                third = java.util.Arrays.copyOfRange(full, pi.offset(), pi.offset() + pi.size());
            }
            t[q] = add(vq == null ? null : p.mixedProduct(i, j, k, vq), third);
        }
        return Dual.variable(value, t);
    }

    /**
     * \(H_o v\), the off-diagonal blocks of Ĥ applied to v (Letcher et al. 2019): block i is
     * \([\hat H v^{(-i)}]_i\), with \(v^{(-i)}\) the vector v with block i set to zero.
     */
    public Dual offDiagonalProduct(Dual w, Dual v) {
        Dual out = Dual.zeros(game.dimension());
        for (Player p : game.players()) {
            Dual hv = jacobianVectorProduct(w, withoutBlock(v, p));
            out = out.withSlice(p.offset(), hv.slice(p.offset(), p.offset() + p.size()));
        }
        return out;
    }

    /** \(H_o^{\mathsf T} v\): block j is \([(v^{(-j)})^{\mathsf T}\hat H]_j\). */
    public Dual offDiagonalTransposeProduct(Dual w, Dual v) {
        Dual out = Dual.zeros(game.dimension());
        for (Player p : game.players()) {
            Dual vh = vectorJacobianProduct(w, withoutBlock(v, p));
            out = out.withSlice(p.offset(), vh.slice(p.offset(), p.offset() + p.size()));
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
        if (!dense) {
            return p.jacobianVectorProduct(u);
        }
        DMatrixRMaj h = p.jacobian();
        double[] out = new double[h.numRows];
        for (int r = 0; r < h.numRows; r++) {
            double s = 0;
            for (int c = 0; c < h.numCols; c++) {
                s += h.unsafe_get(r, c) * u[c];
            }
            out[r] = s;
        }
        return out;
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
