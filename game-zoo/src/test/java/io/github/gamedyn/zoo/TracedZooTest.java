package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.EngineAgreement;
import io.github.gamedyn.core.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Every game of the zoo, its derivatives derived from its losses by the traced engine (at one
 * point, linearised and over a batch, third order included), against the reference engine that
 * evaluates the same losses eagerly in a truncated Taylor algebra, to 1e-13 relative.
 */
class TracedZooTest {

    private static void agree(String spec, double scale, int points, boolean thirdOrder) {
        Game g = GameRegistry.create(spec);
        new EngineAgreement(g, 1e-13, 1e-2).check(null, scale, points, spec.hashCode(), thirdOrder);
    }

    @Test
    void everyRegisteredGameAgrees() {
        for (GameRegistry.Entry e : GameRegistry.entries()) {
            if (!e.name().equals("small-gan")) {
                agree(e.name(), 2, 4, true);
            }
        }
    }

    @Test
    void parametrisedGamesAgree() {
        for (String spec : new String[] {"bilinear:dim=3,seed=4", "quadratic:dim=3,gamma=0.4;0;1,a=1;2;0.5",
            "ipd:gamma=0.5,scaled=true", "dirac-gan:variant=non-saturating",
            "dirac-gan:variant=wgan", "dirac-gan:variant=gradient-penalty,penalty=0.3",
            "mixed-ipd-pennies:w=0.6", "ipd-slice:seed=3"}) {
            agree(spec, 1.5, 3, true);
        }
    }

    /** Saturated logits, where σ'(x) = σ(x)σ(−x) must keep its relative accuracy. */
    @Test
    void saturatedIpdPoliciesAgree() {
        agree("ipd", 12, 4, true);
        agree("small-ipd", 9, 4, true);
    }

    @Test
    void aSmallGanAgrees() {
        agree("small-gan:width=4,batch=12", 0.5, 2, true);
        agree("small-gan:data=line,width=3,batch=9,step=2", 0.5, 2, false);
    }
}
