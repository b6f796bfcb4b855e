package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The exact infinitely iterated prisoner's dilemma between memory-one policies, in the formulation
 * of Foerster et al., "Learning with opponent-learning awareness" (LOLA, AAMAS 2018).
 *
 * <p>Each player has five logits \(\theta_i\); \(\sigma(\theta_i)\) is its {@link MemoryOnePolicy}:
 * the probability of cooperating in round one and after each previous joint action CC, CD, DC, DD
 * (ordered (player 1, player 2) for both players). With \(a = \sigma(\theta_1)\),
 * \(b = \sigma(\theta_2)\), \(\bar a = 1 - a\), \(\bar b = 1 - b\):
 * <ul>
 *   <li>the first joint action is distributed as
 *       \(p_0 = (a_0 b_0,\ a_0\bar b_0,\ \bar a_0 b_0,\ \bar a_0\bar b_0)\);</li>
 *   <li>row \(s\) of the 4×4 transition matrix is
 *       \(P_s = (a_s b_s,\ a_s\bar b_s,\ \bar a_s b_s,\ \bar a_s\bar b_s)\);</li>
 *   <li>the rewards per joint action are \(r_1 = (-1, -3, 0, -2)\), \(r_2 = (-1, 0, -3, -2)\);</li>
 *   <li>the discounted values are \(V_i = p_0^{\mathsf T}(I - \gamma P)^{-1} r_i\), computed by one
 *       linear solve \((I - \gamma P)^{\mathsf T} x = p_0\), \(V_i = x^{\mathsf T} r_i\);</li>
 *   <li>the losses are \(L_i = -V_i\), optionally scaled by \(1 - \gamma\) ("per step").</li>
 * </ul>
 * \(1 - \sigma(\theta)\) is evaluated as \(\sigma(-\theta)\) so that nearly deterministic policies
 * keep full relative accuracy.
 *
 * <p>Reference values (scaled losses): mutual cooperation 1 each; mutual defection 2 each;
 * tit-for-tat against tit-for-tat is mutual cooperation; tit-for-tat (player 1) against always
 * defect gives \(3(1-\gamma) + 2\gamma\) and \(2\gamma\) (sucker's payoff once, then mutual
 * defection); the uniform policy (all logits 0) gives 1.5 each. Mutual defection is the Nash
 * equilibrium of the stage game; naive learners find it, LOLA finds tit-for-tat-like policies.
 * The default point is the uniform policy.
 */
public final class IteratedPrisonersDilemma {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("ipd",
            "exact memory-one iterated prisoner's dilemma (LOLA formulation), 5 logits per "
                    + "player: P(C) at start and after CC, CD, DC, DD",
            List.of(new GameParameter("gamma", "0.96", "discount γ, 0 ≤ γ < 1"),
                    new GameParameter("scaled", "false", "true: losses times (1 − γ), so that "
                            + "mutual cooperation costs 1 and mutual defection 2")),
            spec -> create(spec.real("gamma"), spec.flag("scaled")));

    /** Discount of the LOLA paper. */
    public static final double DEFAULT_DISCOUNT = 0.96;

    private static final double[] REWARD_1 = {-1, -3, 0, -2};
    private static final double[] REWARD_2 = {-1, 0, -3, -2};

    private IteratedPrisonersDilemma() {
    }

    /** The unscaled game with γ = {@value #DEFAULT_DISCOUNT}. */
    public static Game create() {
        return create(DEFAULT_DISCOUNT, false);
    }

    /**
     * The game.
     *
     * @param gamma the discount, 0 ≤ γ &lt; 1
     * @param scaled whether to multiply the losses by \(1 - \gamma\)
     */
    public static Game create(double gamma, boolean scaled) {
        checkDiscount(gamma);
        return Game.builder("ipd(γ=" + gamma + (scaled ? ", scaled)" : ")"))
                .player("player 1", 5)
                .player("player 2", 5)
                .losses(t -> {
                    Var x = t.block(0);
                    Var y = t.block(1);
                    return losses(t, x.sigmoid(), x.negate().sigmoid(), y.sigmoid(),
                            y.negate().sigmoid(), gamma, scaled);
                })
                .behaviour(new IpdBehaviour(gamma))
                .build();
    }

    /**
     * The joint parameter vector of two policies, logits clamped as in
     * {@link MemoryOnePolicy#logits()}.
     */
    public static double[] point(MemoryOnePolicy player1, MemoryOnePolicy player2) {
        double[] w = new double[10];
        System.arraycopy(player1.logits(), 0, w, 0, 5);
        System.arraycopy(player2.logits(), 0, w, 5, 5);
        return w;
    }

    /**
     * The two policies played at {@code w}.
     *
     * @param w ten logits. Not modified.
     */
    public static MemoryOnePolicy[] policies(double[] w) {
        if (w.length != 10) {
            throw new IllegalArgumentException("w has length " + w.length
                    + "; the memory-one IPD has dimension 10");
        }
        return new MemoryOnePolicy[] {MemoryOnePolicy.fromLogits(w, 0),
            MemoryOnePolicy.fromLogits(w, 5)};
    }

    /**
     * The discounted visits of the joint actions (CC, CD, DC, DD), \(d = (1-\gamma)\,p_0^{\mathsf T}
     * (I - \gamma P)^{-1}\), a probability vector: what two policies actually play, whatever they
     * would do in states never reached. The per-step losses are
     * \((1-\gamma)L_i = -d^{\mathsf T} r_i\) ({@link #perStepLosses}).
     *
     * @param w ten logits, player 1 then player 2. Not modified.
     * @param gamma the discount, 0 ≤ γ &lt; 1
     */
    public static double[] discountedVisits(double[] w, double gamma) {
        checkDiscount(gamma);
        MemoryOnePolicy[] p = policies(w);
        return discountedVisits(p[0].probabilities(), complements(w, 0), p[1].probabilities(),
                complements(w, 5), gamma);
    }

    /**
     * The discounted visits of two policies given as cooperation probabilities a, b and their
     * complements \(\bar a, \bar b\) (each (start, CC, CD, DC, DD) in joint order, not modified),
     * by one solve of \((I - \gamma P)^{\mathsf T} x = p_0\).
     */
    static double[] discountedVisits(double[] a, double[] abar, double[] b, double[] bbar,
                                     double gamma) {
        DMatrixRMaj system = new DMatrixRMaj(4, 4);
        for (int s = 0; s < 4; s++) {
            double[] row = joint(a[s + 1], abar[s + 1], b[s + 1], bbar[s + 1]);
            for (int t = 0; t < 4; t++) {
                // (I − γP)ᵀ, entry (t, s)
                system.set(t, s, (s == t ? 1 : 0) - gamma * row[t]);
            }
        }
        DMatrixRMaj p0 = new DMatrixRMaj(4, 1, true, joint(a[0], abar[0], b[0], bbar[0]));
        DMatrixRMaj x = new DMatrixRMaj(4, 1);
        if (!CommonOps_DDRM.solve(system, p0, x)) {
            throw new ArithmeticException("I − γP is singular at γ = " + gamma);
        }
        double[] d = new double[4];
        for (int s = 0; s < 4; s++) {
            d[s] = (1 - gamma) * x.get(s);
        }
        return d;
    }

    /** The per-step losses \(((1-\gamma)L_1, (1-\gamma)L_2) = (-d^{\mathsf T}r_1, -d^{\mathsf T}r_2)\). */
    public static double[] perStepLosses(double[] visits) {
        double[] l = new double[2];
        for (int s = 0; s < 4; s++) {
            l[0] -= visits[s] * REWARD_1[s];
            l[1] -= visits[s] * REWARD_2[s];
        }
        return l;
    }

    /** σ(−w_i) of one player's five logits, without cancellation near 1. */
    private static double[] complements(double[] w, int offset) {
        double[] c = new double[5];
        for (int i = 0; i < 5; i++) {
            double x = -w[offset + i];
            c[i] = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        }
        return c;
    }

    private static double[] joint(double a, double abar, double b, double bbar) {
        return new double[] {a * b, a * bbar, abar * b, abar * bbar};
    }

    /**
     * The losses \((L_1, L_2)\) of two memory-one policies given as cooperation probabilities and
     * their complements (5×1 each), shared by the reduced IPD games of the zoo.
     */
    static Var[] losses(Tape t, Var a, Var abar, Var b, Var bbar, double gamma, boolean scaled) {
        Var p0 = Var.concatRows(a.get(0).times(b.get(0)), a.get(0).times(bbar.get(0)),
                abar.get(0).times(b.get(0)), abar.get(0).times(bbar.get(0)));
        Var as = a.slice(1, 4);
        Var abars = abar.slice(1, 4);
        Var bs = b.slice(1, 4);
        Var bbars = bbar.slice(1, 4);
        Var transition = Var.concatColumns(as.times(bs), as.times(bbars), abars.times(bs),
                abars.times(bbars));
        Var system = t.constant(4, 4, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)
                .minus(transition.times(gamma));
        Var occupancy = system.transpose().solve(p0);
        double scale = scaled ? 1 - gamma : 1;
        return new Var[] {occupancy.times(t.vector(REWARD_1)).sum().times(-scale),
            occupancy.times(t.vector(REWARD_2)).sum().times(-scale)};
    }

    static void checkDiscount(double gamma) {
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma = " + gamma + "; allowed: 0 ≤ γ < 1");
        }
    }
}
