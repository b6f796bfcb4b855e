package io.github.gamedyn.zoo;

import java.util.Locale;

/**
 * A memory-one policy of the iterated prisoner's dilemma: the probability of cooperating in round
 * one and after each joint action of the previous round, joint actions ordered (player 1, player 2)
 * = CC, CD, DC, DD for both players.
 *
 * <p>The games parametrise policies by logits, \(p = \sigma(\theta)\). A deterministic policy has
 * infinite logits, so {@link #logits()} clamps them to \(\pm\){@value #DEFAULT_LOGIT_BOUND}
 * (\(\sigma(10) = 1 - 4.5\cdot10^{-5}\)); use {@link #logits(double)} for another bound.
 *
 * <pre>{@code
 * double[] w = IteratedPrisonersDilemma.point(MemoryOnePolicy.titForTatAsPlayer1(),
 *         MemoryOnePolicy.alwaysDefect());
 * MemoryOnePolicy[] played = IteratedPrisonersDilemma.policies(w);
 * }</pre>
 *
 * @param start P(C) in round one
 * @param afterCC P(C) after both cooperated
 * @param afterCD P(C) after player 1 cooperated and player 2 defected
 * @param afterDC P(C) after player 1 defected and player 2 cooperated
 * @param afterDD P(C) after both defected
 */
public record MemoryOnePolicy(double start, double afterCC, double afterCD, double afterDC,
                              double afterDD) {

    /** Bound of the logits {@link #logits()} returns. */
    public static final double DEFAULT_LOGIT_BOUND = 10;

    private static final String[] LABELS = {"start", "CC", "CD", "DC", "DD"};

    /** Checks every entry is a probability. */
    public MemoryOnePolicy {
        double[] p = {start, afterCC, afterCD, afterDC, afterDD};
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("P(C) " + LABELS[i] + " = " + p[i]
                        + "; allowed: 0 ≤ p ≤ 1");
            }
        }
    }

    /** The policy with these five probabilities, in the order of the record components. */
    public static MemoryOnePolicy of(double... probabilities) {
        if (probabilities.length != 5) {
            throw new IllegalArgumentException("probabilities has length " + probabilities.length
                    + "; a memory-one policy has 5 (start, CC, CD, DC, DD)");
        }
        return new MemoryOnePolicy(probabilities[0], probabilities[1], probabilities[2],
                probabilities[3], probabilities[4]);
    }

    /**
     * The policy \(\sigma(\theta)\) of five logits starting at {@code offset}.
     *
     * @param logits the logits. Not modified.
     */
    public static MemoryOnePolicy fromLogits(double[] logits, int offset) {
        if (offset < 0 || offset + 5 > logits.length) {
            throw new IllegalArgumentException("offset = " + offset + " with " + logits.length
                    + " logits; allowed: 0 to " + (logits.length - 5));
        }
        double[] p = new double[5];
        for (int i = 0; i < 5; i++) {
            p[i] = 1 / (1 + Math.exp(-logits[offset + i]));
        }
        return of(p);
    }

    /** Cooperates always. */
    public static MemoryOnePolicy alwaysCooperate() {
        return new MemoryOnePolicy(1, 1, 1, 1, 1);
    }

    /** Defects always. */
    public static MemoryOnePolicy alwaysDefect() {
        return new MemoryOnePolicy(0, 0, 0, 0, 0);
    }

    /** Tit-for-tat as player 1: cooperate first, then copy player 2's last action, (1; 1, 0, 1, 0). */
    public static MemoryOnePolicy titForTatAsPlayer1() {
        return new MemoryOnePolicy(1, 1, 0, 1, 0);
    }

    /** Tit-for-tat as player 2: cooperate first, then copy player 1's last action, (1; 1, 1, 0, 0). */
    public static MemoryOnePolicy titForTatAsPlayer2() {
        return new MemoryOnePolicy(1, 1, 1, 0, 0);
    }

    /** The five probabilities (start, CC, CD, DC, DD). */
    public double[] probabilities() {
        return new double[] {start, afterCC, afterCD, afterDC, afterDD};
    }

    /** The logits, clamped to \(\pm\){@value #DEFAULT_LOGIT_BOUND}. */
    public double[] logits() {
        return logits(DEFAULT_LOGIT_BOUND);
    }

    /**
     * The logits \(\log\frac{p}{1-p}\), clamped to [−bound, bound] (so deterministic entries are
     * finite).
     *
     * @param bound a positive bound
     */
    public double[] logits(double bound) {
        if (!(bound > 0)) {
            throw new IllegalArgumentException("bound = " + bound + "; allowed: > 0");
        }
        double[] p = probabilities();
        double[] out = new double[5];
        for (int i = 0; i < 5; i++) {
            double logit = Math.log(p[i]) - Math.log1p(-p[i]);
            out[i] = Math.max(-bound, Math.min(bound, logit));
        }
        return out;
    }

    /** E.g. {@code P(C): start 1.000 | CC 1.000  CD 0.000  DC 1.000  DD 0.000}. */
    @Override
    public String toString() {
        double[] p = probabilities();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "P(C): start %.3f |",
                p[0]));
        for (int i = 1; i < 5; i++) {
            s.append(String.format(Locale.ROOT, " %s %.3f", LABELS[i], p[i]));
        }
        return s.toString();
    }
}
