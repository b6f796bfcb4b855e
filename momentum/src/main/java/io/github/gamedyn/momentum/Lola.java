package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Player;
import java.util.List;

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
public final class Lola implements GradientField {
    /** The catalogue entry {@code lola}, with the LookAhead term. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("lola",
            "LOLA, (I - alpha H_o) xi - alpha chi", List.of(Hyperparameter.stepSize(0.1)),
            s -> new Lola(s.real("alpha"), true));
    /** The catalogue entry {@code lola-shaping}, shaping term only. */
    public static final OptimizerMethod SHAPING_METHOD = OptimizerMethod.field("lola-shaping",
            "original LOLA, xi - alpha chi", List.of(Hyperparameter.stepSize(0.1)),
            s -> new Lola(s.real("alpha"), false));

    private final double alpha;
    private final boolean lookAheadTerm;

    /**
     * @param alpha the look-ahead rate, &gt; 0
     * @param lookAheadTerm whether to keep the LookAhead term (Letcher et al.) or not (Foerster
     *        et al.)
     */
    public Lola(double alpha, boolean lookAheadTerm) {
        this.alpha = METHOD.check("alpha", alpha);
        this.lookAheadTerm = lookAheadTerm;
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        Dual xi = game.simultaneousGradient(w);
        Dual g = lookAheadTerm ? LookAhead.direction(game, w, xi, alpha) : xi;
        return g.minus(shapingTerm(game, w).times(alpha));
    }

    /** The shaping term χ, block i from the mixed products of the other players' losses. */
    static Dual shapingTerm(DualGame game, Dual w) {
        int n = game.game().players().size();
        Dual chi = Dual.zeros(w.size());
        for (int i = 0; i < n; i++) {
            Dual gradI = game.lossGradient(w, i);
            Player pi = game.game().player(i);
            Dual block = Dual.zeros(pi.size());
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    Player pj = game.game().player(j);
                    Dual gji = gradI.slice(pj.offset(), pj.offset() + pj.size());
                    block = block.plus(game.mixedProduct(w, i, j, j, gji));
                }
            }
            chi = chi.withSlice(pi.offset(), block);
        }
        return chi;
    }

    @Override
    public String toString() {
        return (lookAheadTerm ? "lola" : "lola-shaping") + "(alpha=" + alpha + ")";
    }
}
