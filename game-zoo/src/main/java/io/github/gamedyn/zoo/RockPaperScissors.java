package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/**
 * Rock–paper–scissors with softmax policies: \(x = \operatorname{softmax}(\theta_1)\),
 * \(y = \operatorname{softmax}(\theta_2)\) over (rock, paper, scissors), payoff matrix
 * \(A = \begin{pmatrix} 0 &amp; -1 &amp; 1 \\ 1 &amp; 0 &amp; -1 \\ -1 &amp; 1 &amp; 0 \end{pmatrix}\) (row player's
 * payoff), \(L_1 = -x^{\mathsf T}Ay\), \(L_2 = x^{\mathsf T}Ay\).
 *
 * <p>The unique Nash equilibrium is the uniform mixture, reached at \(\theta_1, \theta_2\) with all
 * three logits equal (\(\omega = 0\) by default; logits are defined up to a shift). There
 * \(\xi = 0\) (since \(A\mathbf 1 = A^{\mathsf T}\mathbf 1 = 0\)) and, with the softmax Jacobian
 * \(\tfrac13(I - \tfrac13\mathbf 1\mathbf 1^{\mathsf T})\),
 * \(\hat H = \begin{pmatrix} 0 &amp; -A/9 \\ -A/9 &amp; 0 \end{pmatrix}\), whose eigenvalues are
 * \(0, 0, \pm i\sqrt3/9, \pm i\sqrt3/9\): a rotational equilibrium plus the two shift directions.
 * A classic cycling example (e.g. Balduzzi et al., "The mechanics of n-player differentiable
 * games", ICML 2018).
 */
public final class RockPaperScissors {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("rock-paper-scissors",
            "rock–paper–scissors with softmax logits (3 per player); Nash: uniform (θ = 0)",
            List.of(), spec -> create());

    private static final double[] PAYOFF = {0, -1, 1, 1, 0, -1, -1, 1, 0};

    private RockPaperScissors() {
    }

    /** The game. */
    public static Game create() {
        return Game.builder("rock-paper-scissors")
                .player("row", 3)
                .player("column", 3)
                .losses(t -> {
                    Var x = t.block(0).softmax();
                    Var y = t.block(1).softmax();
                    Var payoff = x.transpose().matmul(t.constant(3, 3, PAYOFF)).matmul(y);
                    return new Var[] {payoff.negate(), payoff};
                })
                .strategyMap(StrategyMap.softmax("R", "P", "S"))
                .build();
    }
}
