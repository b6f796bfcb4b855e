package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import io.github.gamedyn.zoo.MemoryOnePolicy;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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
    private static final double[] REWARD_1 = {-1, -3, 0, -2};
    private static final double[] REWARD_2 = {-1, 0, -3, -2};

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
        double[] a = new double[5];
        double[] abar = new double[5];
        double[] b = new double[5];
        double[] bbar = new double[5];
        for (int s = 0; s < 5; s++) {
            a[s] = sigmoid(w[s]);
            abar[s] = sigmoid(-w[s]);
            b[s] = sigmoid(w[5 + s]);
            bbar[s] = sigmoid(-w[5 + s]);
        }
        DMatrixRMaj system = new DMatrixRMaj(4, 4);
        for (int s = 0; s < 4; s++) {
            double[] row = joint(a[s + 1], abar[s + 1], b[s + 1], bbar[s + 1]);
            for (int t = 0; t < 4; t++) {
                // (I − γP)ᵀ: entry (t, s)
                system.set(t, s, (s == t ? 1 : 0) - gamma * row[t]);
            }
        }
        DMatrixRMaj p0 = new DMatrixRMaj(4, 1, true, joint(a[0], abar[0], b[0], bbar[0]));
        DMatrixRMaj x = new DMatrixRMaj(4, 1);
        if (!CommonOps_DDRM.solve(system, p0, x)) {
            throw new ArithmeticException("I − γP is singular at γ = " + gamma);
        }
        double[] f = new double[6];
        for (int s = 0; s < 4; s++) {
            double d = (1 - gamma) * x.get(s);
            f[2 + s] = d;
            f[0] -= d * REWARD_1[s];
            f[1] -= d * REWARD_2[s];
        }
        return f;
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

    private static double[] joint(double a, double abar, double b, double bbar) {
        return new double[] {a * b, a * bbar, abar * b, abar * bbar};
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }
}
