package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Stable opponent shaping (Letcher, Foerster, Balduzzi, Rocktäschel, Whiteson, ICLR 2019,
 * Algorithm 1): \(g = \xi_0 - p\alpha\chi\) with \(\xi_0 = (I - \alpha H_o)\xi\), χ the LOLA
 * shaping term and \(p = \min(p_1, p_2)\):
 * <ul>
 *   <li>\(p_1 = 1\) if \(\langle -\alpha\chi, \xi_0\rangle \ge 0\), else
 *       \(\min(1, -a\|\xi_0\|^2/\langle -\alpha\chi, \xi_0\rangle)\) (shaping never turns g
 *       against \(\xi_0\) by more than a);</li>
 *   <li>\(p_2 = \|\xi\|^2\) if \(\|\xi\| &lt; b\), else 1 (shaping fades near fixed points, which
 *       SOS therefore shares with LookAhead).</li>
 * </ul>
 * Defaults a = 0.5, b = 0.1. The Jacobian differentiates the active branch of p exactly.
 */
final class StableOpponentShaping implements GradientField {
    private final Game game;
    private final double alpha;
    private final double a;
    private final double b;

    StableOpponentShaping(Game game, double alpha, double a, double b) {
        this.game = game;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
    }

    /** p and which branch is active: 0 constant, 1 p₁, 2 p₂. */
    private double[] p(double[] xi, double[] xi0, double[] chi) {
        double inner = -alpha * GameProducts.dot(chi, xi0);
        double p1 = 1;
        int branch = 0;
        if (inner < 0) {
            double candidate = -a * GameProducts.dot(xi0, xi0) / inner;
            if (candidate < 1) {
                p1 = candidate;
                branch = 1;
            }
        }
        double norm2 = GameProducts.dot(xi, xi);
        if (Math.sqrt(norm2) < b && norm2 < p1) {
            return new double[] {norm2, 2};
        }
        return new double[] {p1, branch};
    }

    @Override
    public double[] value(double[] w) {
        double[] xi = game.simultaneousGradient(w);
        double[] xi0 = new LookAhead(game, alpha).value(w);
        double[] chi = GameProducts.shapingTerm(game, w);
        double p = p(xi, xi0, chi)[0];
        for (int i = 0; i < xi0.length; i++) {
            xi0[i] -= p * alpha * chi[i];
        }
        return xi0;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        int d = w.length;
        double[] xi = game.simultaneousGradient(w);
        double[] xi0 = new LookAhead(game, alpha).value(w);
        double[] chi = GameProducts.shapingTerm(game, w);
        double[] pb = p(xi, xi0, chi);
        DMatrixRMaj j0 = LookAhead.jacobian(game, w, alpha);
        DMatrixRMaj dChi = GameProducts.shapingTermDerivative(game, w);
        double[] gradP = new double[d];
        if (pb[1] == 2) {
            double[] htXi = game.vectorJacobianProduct(w, xi);
            for (int c = 0; c < d; c++) {
                gradP[c] = 2 * htXi[c];
            }
        } else if (pb[1] == 1) {
            // p₁ = a N / D with N = |ξ₀|², D = α⟨χ, ξ₀⟩
            double n = GameProducts.dot(xi0, xi0);
            double den = alpha * GameProducts.dot(chi, xi0);
            double[] gradN = multTransA(j0, xi0);
            double[] gradD1 = multTransA(dChi, xi0);
            double[] gradD2 = multTransA(j0, chi);
            for (int c = 0; c < d; c++) {
                double gN = 2 * gradN[c];
                double gD = alpha * (gradD1[c] + gradD2[c]);
                gradP[c] = a * (gN * den - n * gD) / (den * den);
            }
        }
        DMatrixRMaj out = j0.copy();
        double p = pb[0];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                out.add(r, c, -alpha * (chi[r] * gradP[c] + p * dChi.get(r, c)));
            }
        }
        return out;
    }

    private static double[] multTransA(DMatrixRMaj m, double[] v) {
        double[] out = new double[m.numCols];
        for (int r = 0; r < m.numRows; r++) {
            for (int c = 0; c < m.numCols; c++) {
                out[c] += m.get(r, c) * v[r];
            }
        }
        return out;
    }
}
