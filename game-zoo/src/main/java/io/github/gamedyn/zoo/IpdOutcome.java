package io.github.gamedyn.zoo;

/**
 * The behaviour at an end point of learning in the exact memory-one IPD
 * ({@link IteratedPrisonersDilemma}), for counting outcomes over random starts (the grr-ipd figure)
 * by behaviour rather than by raw logits.
 *
 * <p>With per-step losses \(\ell_i = (1-\gamma)L_i\) and the discounted shares
 * \(s_{CC}, s_{CD}, s_{DC}, s_{DD}\) of the joint actions (they sum to 1), the mean per-step loss
 * is \(\bar\ell = (\ell_1 + \ell_2)/2 = 1 + \tfrac12(s_{CD} + s_{DC}) + s_{DD}\). Hence
 * <ul>
 *   <li>\(\bar\ell \ge\) {@value #DEFECTION_BOUND} implies \(s_{DD} \ge 0.8\): mutual defection;</li>
 *   <li>\(\bar\ell \le\) {@value #COOPERATION_BOUND} implies \(s_{CC} \ge 0.8\): mutual
 *       cooperation, which is <em>retaliating</em> when each player cooperates with probability
 *       at most {@value #RETALIATION_BOUND} both after it cooperated and the opponent defected
 *       (CD for player 1, DC for player 2) and after mutual defection — tit-for-tat-like — and
 *       <em>exploitable</em> otherwise.</li>
 * </ul>
 */
public enum IpdOutcome {
    /** Mean per-step loss ≥ {@value #DEFECTION_BOUND}: at least 80 % mutual defection. */
    MUTUAL_DEFECTION,
    /** Mutual cooperation held up by retaliation on both sides, tit-for-tat-like. */
    RETALIATING_COOPERATION,
    /** Mutual cooperation that at least one player does not defend by retaliating. */
    EXPLOITABLE_COOPERATION,
    /** Anything else, e.g. one player exploiting the other. */
    OTHER;

    /** Mean per-step loss at or below which the outcome counts as mutual cooperation. */
    public static final double COOPERATION_BOUND = 1.1;
    /** Mean per-step loss at or above which the outcome counts as mutual defection. */
    public static final double DEFECTION_BOUND = 1.9;
    /** Largest P(C) after being defected on, and after mutual defection, that still retaliates. */
    public static final double RETALIATION_BOUND = 0.5;

    /** Whether the outcome is mutual cooperation, retaliating or not. */
    public boolean cooperative() {
        return this == RETALIATING_COOPERATION || this == EXPLOITABLE_COOPERATION;
    }

    /**
     * The outcome at ten logits of the IPD with discount γ (the loss scaling is irrelevant:
     * per-step losses are used).
     *
     * @param w the logits, player 1 then player 2. Not modified.
     * @param gamma the discount, 0 ≤ γ &lt; 1
     */
    public static IpdOutcome classify(double[] w, double gamma) {
        double[] perStep = IteratedPrisonersDilemma.perStepLosses(
                IteratedPrisonersDilemma.discountedVisits(w, gamma));
        MemoryOnePolicy[] p = IteratedPrisonersDilemma.policies(w);
        return classify(perStep, p[0], p[1]);
    }

    /**
     * The outcome of two policies given their per-step losses \((1-\gamma)L_i\).
     *
     * @param perStepLosses \((\ell_1, \ell_2)\). Not modified.
     */
    public static IpdOutcome classify(double[] perStepLosses, MemoryOnePolicy player1,
            MemoryOnePolicy player2) {
        if (perStepLosses.length != 2) {
            throw new IllegalArgumentException("perStepLosses has length " + perStepLosses.length
                    + "; allowed: 2 (one per player)");
        }
        if (!Double.isFinite(perStepLosses[0]) || !Double.isFinite(perStepLosses[1])) {
            throw new IllegalArgumentException("perStepLosses = (" + perStepLosses[0] + ", "
                    + perStepLosses[1] + "); allowed: finite");
        }
        double mean = 0.5 * (perStepLosses[0] + perStepLosses[1]);
        if (mean >= DEFECTION_BOUND) {
            return MUTUAL_DEFECTION;
        }
        if (mean > COOPERATION_BOUND) {
            return OTHER;
        }
        boolean retaliates1 = player1.afterCD() <= RETALIATION_BOUND
                && player1.afterDD() <= RETALIATION_BOUND;
        boolean retaliates2 = player2.afterDC() <= RETALIATION_BOUND
                && player2.afterDD() <= RETALIATION_BOUND;
        return retaliates1 && retaliates2 ? RETALIATING_COOPERATION : EXPLOITABLE_COOPERATION;
    }
}
