package io.github.gamedyn.momentum;

import java.util.List;

/**
 * LookAhead (Zhang and Lesser 2010; in the form of Letcher et al., ICLR 2019):
 * \(g = (I - \alpha H_o)\xi\), each player taking the gradient at the opponents' anticipated
 * step, to first order; its Jacobian \(\hat H - \alpha(\partial(H_o\xi) + H_o\hat H)\) has a
 * first term that vanishes at a fixed point.
 */
public final class LookAhead implements GradientField {
    /** The catalogue entry {@code lookahead}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("lookahead",
            "LookAhead, (I - alpha H_o) xi", List.of(Hyperparameter.stepSize(0.1)),
            s -> new LookAhead(s.real("alpha")));

    private final double alpha;

    /** @param alpha the look-ahead rate, &gt; 0 */
    public LookAhead(double alpha) {
        this.alpha = METHOD.check("alpha", alpha);
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        return direction(game, w, game.simultaneousGradient(w), alpha);
    }

    /** \((I - \alpha H_o)\xi\) from ξ, shared with LOLA and SOS. */
    static Dual direction(DualGame game, Dual w, Dual xi, double alpha) {
        return xi.minus(game.offDiagonalProduct(w, xi).times(alpha));
    }

    @Override
    public String toString() {
        return "lookahead(alpha=" + alpha + ")";
    }
}
