package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/**
 * A convex combination of matching pennies and the small IPD on the same two logits, from the GRR
 * paper (Lorraine et al., AAMAS 2022): \(L_i = w\,L_i^{\mathrm{MP}} + (1 - w)\,L_i^{\mathrm{IPD}}\)
 * with \(L^{\mathrm{MP}}\) of {@link MatchingPennies} and \(L^{\mathrm{IPD}}\) of {@link SmallIpd}
 * (γ = 0.9, φ = −3, scaled), default \(w = 0.25\).
 *
 * <p>The pennies part adds a rotational (antisymmetric) component to the Jacobian of the small
 * IPD; the GRR paper uses the game for its learning-rate Hopf bifurcation (the {@code grr-hopf}
 * figure). w = 0 is the small IPD, w = 1 matching pennies. Default point 0.
 */
public final class MixedIpdPennies {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("mixed-ipd-pennies",
            "w·(matching pennies) + (1 − w)·(small IPD) on the same two logits (GRR paper)",
            List.of(new GameParameter("w", "0.25", "weight of matching pennies, 0 ≤ w ≤ 1")),
            spec -> create(spec.real("w")));

    /** Weight of matching pennies in the GRR paper. */
    public static final double DEFAULT_WEIGHT = 0.25;

    private MixedIpdPennies() {
    }

    /**
     * The game.
     *
     * @param w the weight of matching pennies, 0 ≤ w ≤ 1
     */
    public static Game create(double w) {
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException("w = " + w + "; allowed: 0 ≤ w ≤ 1");
        }
        return Game.builder("mixed-ipd-pennies(w=" + w + ")")
                .player("player 1", 1)
                .player("player 2", 1)
                .losses(t -> {
                    Var[] ipd = SmallIpd.losses(t, SmallIpd.DEFAULT_DISCOUNT, SmallIpd.DEFAULT_PHI);
                    Var pennies = MatchingPennies.payoff(t.block(0), t.block(1)).times(w);
                    return new Var[] {pennies.plus(ipd[0].times(1 - w)),
                        pennies.negate().plus(ipd[1].times(1 - w))};
                })
                .strategyMap(StrategyMap.sigmoid("C/heads", "D/tails"))
                .build();
    }
}
