package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Learning with opponent-learning awareness (Foerster, Chen, Al-Shedivat, Whiteson, Abbeel,
 * Mordatch, AAMAS 2018). Each player differentiates its loss through the opponents' anticipated
 * gradient step \(\Delta\theta_j = -\alpha\nabla_{\theta_j}L_j\); to first order in α that gives
 * the LookAhead term \(-\alpha H_o\xi\) plus the shaping term \(-\alpha\chi\),
 * \(\chi_i = \sum_{j\ne i}\nabla_{\theta_i}\nabla_{\theta_j}L_j\,\nabla_{\theta_j}L_i\).
 * <ul>
 *   <li>with the LookAhead term (the form analysed by Letcher et al., ICLR 2019):
 *       \(g = (I - \alpha H_o)\xi - \alpha\chi\);</li>
 *   <li>shaping only (the update of Foerster et al. 2018, which drops the LookAhead term):
 *       \(g = \xi - \alpha\chi\).</li>
 * </ul>
 */
final class Lola implements GradientField {
    private final Game game;
    private final double alpha;
    private final boolean lookAheadTerm;

    Lola(Game game, double alpha, boolean lookAheadTerm) {
        this.game = game;
        this.alpha = alpha;
        this.lookAheadTerm = lookAheadTerm;
    }

    @Override
    public double[] value(double[] w) {
        double[] g = lookAheadTerm ? new LookAhead(game, alpha).value(w)
                : game.simultaneousGradient(w);
        double[] chi = GameProducts.shapingTerm(game, w);
        for (int i = 0; i < g.length; i++) {
            g[i] -= alpha * chi[i];
        }
        return g;
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        DMatrixRMaj base = lookAheadTerm ? LookAhead.jacobian(game, w, alpha) : game.jacobian(w);
        DMatrixRMaj out = new DMatrixRMaj(w.length, w.length);
        CommonOps_DDRM.add(base, -alpha, GameProducts.shapingTermDerivative(game, w), out);
        return out;
    }
}
