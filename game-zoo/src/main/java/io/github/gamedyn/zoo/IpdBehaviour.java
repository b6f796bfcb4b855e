package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import java.util.Locale;

/**
 * The behaviour of two memory-one policies in the iterated prisoner's dilemma (ten logits,
 * {@link IteratedPrisonersDilemma}): what they actually play, independent of the probabilities in
 * states that are never reached.
 *
 * <p>With \(p_0\) the distribution of the first joint action and \(P\) the 4×4 transition matrix of
 * joint actions (CC, CD, DC, DD), the discounted visitation \(d = (1-\gamma)\,p_0^{\mathsf T}(I -
 * \gamma P)^{-1}\) is a probability vector, and the per-step losses are \((1-\gamma)L_i = -d^{\mathsf
 * T} r_i\) with \(r_1 = (-1, -3, 0, -2)\), \(r_2 = (-1, 0, -3, -2)\). The features are
 * \(((1-\gamma)L_1, (1-\gamma)L_2, d_{CC}, d_{CD}, d_{DC}, d_{DD})\): mutual cooperation (e.g.
 * tit-for-tat against itself) is \((1, 1, 1, 0, 0, 0)\), mutual defection \((2, 2, 0, 0, 0, 1)\),
 * whatever the scaling of the game's own losses. {@link #detail} prints the two policies.
 */
public final class IpdBehaviour implements BehaviourDescriptor {
    private final double gamma;

    /**
     * @param gamma the discount γ of the game, 0 ≤ γ &lt; 1
     */
    public IpdBehaviour(double gamma) {
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma = " + gamma + "; allowed: 0 ≤ γ < 1");
        }
        this.gamma = gamma;
    }

    /** The discount γ. */
    public double gamma() {
        return gamma;
    }

    @Override
    public String name() {
        return "IPD per-step losses (1-γ)L1, (1-γ)L2 and discounted visits of CC, CD, DC, DD (γ = "
                + gamma + ")";
    }

    @Override
    public double[] describe(double[] w) {
        if (w.length != 10) {
            throw new IllegalArgumentException("w has length " + w.length
                    + "; allowed: 10 (the memory-one IPD)");
        }
        double[] visits = IteratedPrisonersDilemma.discountedVisits(w, gamma);
        double[] losses = IteratedPrisonersDilemma.perStepLosses(visits);
        return new double[] {losses[0], losses[1], visits[0], visits[1], visits[2], visits[3]};
    }

    @Override
    public String format(double[] f) {
        return String.format(Locale.ROOT, "(1-γ)L = (%.3f, %.3f), visits CC %.3f CD %.3f DC %.3f DD %.3f",
                f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    @Override
    public String detail(double[] w) {
        MemoryOnePolicy[] p = IteratedPrisonersDilemma.policies(w);
        return "player 1 " + p[0] + "; player 2 " + p[1];
    }
}
