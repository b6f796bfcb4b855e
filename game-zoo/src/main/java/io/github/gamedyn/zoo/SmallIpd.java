package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/**
 * The two-dimensional iterated prisoner's dilemma of the GRR paper (Lorraine et al., "Lyapunov
 * exponents for diversity in differentiable games", AAMAS 2022): one logit per player.
 *
 * <p>\(x_i = \sigma(\theta_i)\) is player i's probability of cooperating in round one and after
 * the opponent cooperated; after the opponent defected it cooperates with the fixed probability
 * \(f = \sigma(\phi)\), \(\phi = -3\) by default. As {@link MemoryOnePolicy} over
 * (start; CC, CD, DC, DD): player 1 plays \((x_1; x_1, f, x_1, f)\), player 2
 * \((x_2; x_2, x_2, f, f)\). The losses are those of the exact
 * {@link IteratedPrisonersDilemma} with these policies, discount γ = 0.9 by default, scaled by
 * \(1 - \gamma\) (mutual cooperation costs 1, mutual defection 2).
 *
 * <p>\(x_1 = x_2 \to 1\) (tit-for-tat-like, mutual cooperation, loss 1 each) and
 * \(x_1 = x_2 \to 0\) (mostly mutual defection: loss about 1.96 rather than 2, since a defection
 * is answered by cooperation with probability f) are the two qualitatively different outcomes GRR separates;
 * which one naive simultaneous gradient descent reaches depends on the start: with step 1, from
 * \(\theta = (1, 1)\) it cooperates, from the default point \(\theta = 0\)
 * (\(x_1 = x_2 = \tfrac12\)) it defects.
 */
public final class SmallIpd {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("small-ipd",
            "2-D IPD of the GRR paper: x_i = σ(θ_i) = P(C) at start and after the opponent "
                    + "cooperated, σ(phi) after it defected; scaled losses",
            List.of(new GameParameter("gamma", "0.9", "discount γ, 0 ≤ γ < 1"),
                    new GameParameter("phi", "-3", "logit φ of the cooperation probability "
                            + "after the opponent defected")),
            spec -> create(spec.real("gamma"), spec.real("phi")));

    /** Discount of the GRR paper's small IPD. */
    public static final double DEFAULT_DISCOUNT = 0.9;

    /** Logit of the cooperation probability after the opponent defected. */
    public static final double DEFAULT_PHI = -3;

    private SmallIpd() {
    }

    /** The game with γ = 0.9 and φ = −3. */
    public static Game create() {
        return create(DEFAULT_DISCOUNT, DEFAULT_PHI);
    }

    /**
     * The game.
     *
     * @param gamma the discount, 0 ≤ γ &lt; 1
     * @param phi the logit of the cooperation probability after the opponent defected, finite
     */
    public static Game create(double gamma, double phi) {
        IteratedPrisonersDilemma.checkDiscount(gamma);
        if (!Double.isFinite(phi)) {
            throw new IllegalArgumentException("phi = " + phi + "; allowed: finite");
        }
        double f = sigmoid(phi);
        return Game.builder("small-ipd(γ=" + gamma + ", φ=" + phi + ")")
                .player("player 1", 1)
                .player("player 2", 1)
                .losses(t -> losses(t, gamma, phi))
                .strategyMap(StrategyMap.sigmoid("C", "D"))
                .build();
    }

    /**
     * \(\sigma(t) = 1/(1 + e^{-t})\); {@code sigmoid(-t)} is \(1 - \sigma(t)\) to full relative
     * accuracy.
     */
    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** The scaled losses; reused by {@link MixedIpdPennies}. */
    static Var[] losses(Tape t, double gamma, double phi) {
        Var x1 = t.block(0);
        Var x2 = t.block(1);
        Var c1 = x1.sigmoid();
        Var d1 = x1.negate().sigmoid();
        Var c2 = x2.sigmoid();
        Var d2 = x2.negate().sigmoid();
        Var f = t.constant(sigmoid(phi));
        Var fbar = t.constant(sigmoid(-phi));
        return IteratedPrisonersDilemma.losses(t,
                Var.concatRows(c1, c1, f, c1, f), Var.concatRows(d1, d1, fbar, d1, fbar),
                Var.concatRows(c2, c2, c2, f, f), Var.concatRows(d2, d2, d2, fbar, fbar),
                gamma, true);
    }
}
