package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import org.ejml.data.DMatrixRMaj;

/**
 * The second- and third-order products of the opponent-aware fields, written once. Notation of
 * Letcher et al., "Stable Opponent Shaping in Differentiable Games" (ICLR 2019): \(\hat H = H_d +
 * H_o\) split into its diagonal blocks \(\hat H_{ii} = \nabla^2_{\theta_i}L_i\) and off-diagonal
 * blocks \(\hat H_{ij} = \nabla_{\theta_i}\nabla_{\theta_j}L_i\); the shaping term
 * \(\chi_i = \sum_{j \ne i} \nabla_{\theta_i}\nabla_{\theta_j}L_j \, \nabla_{\theta_j}L_i\)
 * (\(\chi = \operatorname{diag}(H_o^{\mathsf T}\nabla L)\)).
 *
 * <p>The Jacobians need third derivatives of the losses and cost O(d) third-order products: they
 * are meant for small games. All arrays are new; arguments are not modified.
 */
final class GameProducts {

    private GameProducts() {
    }

    /** v with block {@code i} set to zero. */
    static double[] withoutBlock(Game game, double[] v, int i) {
        double[] out = v.clone();
        Player p = game.player(i);
        java.util.Arrays.fill(out, p.offset(), p.offset() + p.size(), 0);
        return out;
    }

    /** \(H_o v\): block i is \([\hat H v^{(-i)}]_i\). */
    static double[] offDiagonalProduct(Game game, double[] w, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < game.players().size(); i++) {
            Player p = game.player(i);
            double[] hv = game.jacobianVectorProduct(w, withoutBlock(game, v, i));
            System.arraycopy(hv, p.offset(), out, p.offset(), p.size());
        }
        return out;
    }

    /** \(H_o^{\mathsf T} v\): block j is \([(v^{(-j)})^{\mathsf T}\hat H]_j\). */
    static double[] offDiagonalTransposeProduct(Game game, double[] w, double[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < game.players().size(); j++) {
            Player p = game.player(j);
            double[] vh = game.vectorJacobianProduct(w, withoutBlock(game, v, j));
            System.arraycopy(vh, p.offset(), out, p.offset(), p.size());
        }
        return out;
    }

    /** The dense \(H_o\). */
    static DMatrixRMaj offDiagonal(Game game, DMatrixRMaj h) {
        DMatrixRMaj out = h.copy();
        for (Player p : game.players()) {
            for (int r = p.offset(); r < p.offset() + p.size(); r++) {
                for (int c = p.offset(); c < p.offset() + p.size(); c++) {
                    out.set(r, c, 0);
                }
            }
        }
        return out;
    }

    /** The shaping term χ. */
    static double[] shapingTerm(Game game, double[] w) {
        int n = game.players().size();
        double[] chi = new double[w.length];
        for (int i = 0; i < n; i++) {
            double[] gradI = game.lossGradient(w, i);
            Player pi = game.player(i);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Player pj = game.player(j);
                double[] gji = java.util.Arrays.copyOfRange(gradI, pj.offset(),
                        pj.offset() + pj.size());
                double[] term = game.mixedProduct(w, i, j, j, gji);
                for (int r = 0; r < pi.size(); r++) {
                    chi[pi.offset() + r] += term[r];
                }
            }
        }
        return chi;
    }

    /**
     * \(\partial(H_o(\omega)v)/\partial\omega\) with v held fixed: row r of block i is
     * \(\nabla_\omega [\hat H(\omega) v^{(-i)}]_r\).
     */
    static DMatrixRMaj offDiagonalProductDerivative(Game game, double[] w, double[] v) {
        int d = w.length;
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int i = 0; i < game.players().size(); i++) {
            Player p = game.player(i);
            double[] masked = withoutBlock(game, v, i);
            for (int r = p.offset(); r < p.offset() + p.size(); r++) {
                setRow(out, r, game.jacobianBilinearGradient(w, unit(d, r), masked));
            }
        }
        return out;
    }

    /** \(\partial(\hat H(\omega)v)/\partial\omega\) with v fixed: row r is \(\nabla_\omega[\hat H v]_r\). */
    static DMatrixRMaj productDerivative(Game game, double[] w, double[] v) {
        int d = w.length;
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int r = 0; r < d; r++) {
            setRow(out, r, game.jacobianBilinearGradient(w, unit(d, r), v));
        }
        return out;
    }

    /**
     * \(\partial(\hat H(\omega)^{\mathsf T}v)/\partial\omega\) with v fixed: row r is
     * \(\nabla_\omega\, v^{\mathsf T}\hat H e_r\).
     */
    static DMatrixRMaj transposeProductDerivative(Game game, double[] w, double[] v) {
        int d = w.length;
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int r = 0; r < d; r++) {
            setRow(out, r, game.jacobianBilinearGradient(w, v, unit(d, r)));
        }
        return out;
    }

    /** The exact Jacobian \(\partial\chi/\partial\omega\). */
    static DMatrixRMaj shapingTermDerivative(Game game, double[] w) {
        int d = w.length;
        int n = game.players().size();
        DMatrixRMaj[] hessians = new DMatrixRMaj[n];
        double[][] grads = new double[n][];
        for (int k = 0; k < n; k++) {
            hessians[k] = new DMatrixRMaj(d, d);
            for (int c = 0; c < d; c++) {
                double[] col = game.lossHessianVectorProduct(w, k, unit(d, c));
                for (int r = 0; r < d; r++) {
                    hessians[k].set(r, c, col[r]);
                }
            }
            grads[k] = game.lossGradient(w, k);
        }
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int i = 0; i < n; i++) {
            Player pi = game.player(i);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Player pj = game.player(j);
                double[] a = new double[d];
                System.arraycopy(grads[i], pj.offset(), a, pj.offset(), pj.size());
                for (int r = pi.offset(); r < pi.offset() + pi.size(); r++) {
                    // third order: ∇ω (∇θj L_i)ᵀ [∇²L_j e_r]_θj with the gradient held fixed
                    double[] row = game.jacobianBilinearGradient(w, a, unit(d, r));
                    // second order: [∇²L_j]_{r,θj} ∂(∇θj L_i)/∂ω
                    for (int q = pj.offset(); q < pj.offset() + pj.size(); q++) {
                        double h = hessians[j].get(r, q);
                        for (int c = 0; c < d; c++) {
                            row[c] += h * hessians[i].get(q, c);
                        }
                    }
                    for (int c = 0; c < d; c++) {
                        out.add(r, c, row[c]);
                    }
                }
            }
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] unit(int d, int r) {
        double[] e = new double[d];
        e[r] = 1;
        return e;
    }

    private static void setRow(DMatrixRMaj m, int r, double[] row) {
        System.arraycopy(row, 0, m.data, r * m.numCols, row.length);
    }
}
