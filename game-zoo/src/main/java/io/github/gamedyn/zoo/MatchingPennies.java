package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/**
 * Matching pennies with logit parameters: \(p = \sigma(\theta_1)\), \(q = \sigma(\theta_2)\) are the
 * probabilities of playing heads (the first action),
 * \(L_1 = (2p-1)(2q-1)\), \(L_2 = -L_1\).
 *
 * <p>The unique Nash equilibrium is \(\theta = 0\) (\(p = q = \tfrac12\)), where \(\xi = 0\) and
 * \(\hat H = \begin{pmatrix} 0 &amp; 1/4 \\ -1/4 &amp; 0 \end{pmatrix}\) (since \(\sigma'(0) = 1/4\)), with
 * purely imaginary eigenvalues \(\pm i/4\): a rotational fixed point around which naive learning
 * cycles and spirals out. Used as a toy in the GRR paper (Lorraine et al., AAMAS 2022).
 *
 * <p>With \(s_p = p(1-p)\), \(s_q = q(1-q)\): \(\xi = (2s_p(2q-1),\ -2s_q(2p-1))\) and
 * \(\hat H = \begin{pmatrix} 2s_p(1-2p)(2q-1) &amp; 4s_ps_q \\ -4s_ps_q &amp; -2s_q(1-2q)(2p-1)
 * \end{pmatrix}\) (the engine derives them from the losses; the tests check it against these).
 */
public final class MatchingPennies {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("matching-pennies",
            "matching pennies with logits, p = σ(θ₁), q = σ(θ₂); Nash at θ = 0",
            List.of(), spec -> create());

    private MatchingPennies() {
    }

    /** The game. */
    public static Game create() {
        return Game.builder("matching-pennies")
                .player("row", 1)
                .player("column", 1)
                .losses(t -> {
                    Var l1 = payoff(t.block(0), t.block(1));
                    return new Var[] {l1, l1.negate()};
                })
                .strategyMap(StrategyMap.sigmoid("heads", "tails"))
                .build();
    }

    /** \((2\sigma(\theta_1)-1)(2\sigma(\theta_2)-1)\), player 1's loss; reused by mixed games. */
    public static Var payoff(Var theta1, Var theta2) {
        return theta1.sigmoid().times(2).minus(1).times(theta2.sigmoid().times(2).minus(1));
    }
}
