package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import java.util.Locale;

/**
 * The behaviour of two memory-one policies in the iterated prisoner's dilemma (ten logits,
 * {@link IteratedPrisonersDilemma}): what they play against each other, and what each would play
 * against a panel of fixed opponents, so that policies that agree on the path they take together
 * (tit-for-tat, grim trigger and always-cooperate all cooperate forever against themselves) are
 * still told apart.
 *
 * <p><b>The pair.</b> With \(p_0\) the distribution of the first joint action and \(P\) the 4×4
 * transition matrix of joint actions (CC, CD, DC, DD), the discounted visitation
 * \(d = (1-\gamma)\,p_0^{\mathsf T}(I - \gamma P)^{-1}\) is a probability vector and the per-step
 * losses are \((1-\gamma)L_i = -d^{\mathsf T} r_i\), \(r_1 = (-1, -3, 0, -2)\),
 * \(r_2 = (-1, 0, -3, -2)\), whatever the scaling of the game's own losses.
 *
 * <p><b>Response profiles.</b> Each player's policy, seen from its own side (P(C) after own and
 * opponent's action, {@link IpdStrategy}), plays as player 1 against five probes: ALLC, ALLD, TFT,
 * GRIM and a copy of itself. Every action of both sides is flipped with the tremble probability
 * \(e\) (a policy \(p\) is played as \(e + (1-2e)p\), Nowak and Sigmund's trembling hand): without
 * it tit-for-tat and grim trigger never leave the states where they agree. Against each probe the
 * profile records the policy's per-step loss \(-d^{\mathsf T}r_1\) and its discounted cooperation
 * rate \(d_{CC} + d_{CD}\), ten numbers per player.
 *
 * <p><b>Features</b> (26): \(((1-\gamma)L_1, (1-\gamma)L_2, d_{CC}, d_{CD}, d_{DC}, d_{DD})\), then
 * player 1's profile, then player 2's, each as (loss, cooperation) against ALLC, ALLD, TFT, GRIM,
 * itself.
 *
 * <p><b>Names.</b> A policy's nearest {@link IpdStrategy} is the one whose profile is nearest in the
 * max-norm; the policy carries that name when the distance is below the strategy's naming radius,
 * half the distance from its profile to the nearest other named profile (so the balls of two names
 * never overlap), else it is "other" ({@link #match}). At γ = 0.96 and e = 0.05 the named profiles
 * are at least 0.38 apart, so the radii are 0.19–0.22.
 */
public final class IpdBehaviour implements BehaviourDescriptor {
    /** Default tremble probability e. */
    public static final double DEFAULT_TREMBLE = 0.05;
    /** The length of the features of the pair itself, before the two profiles. */
    public static final int PAIR_FEATURES = 6;
    /** The length of one response profile: (loss, cooperation) against each of five probes. */
    public static final int PROFILE_LENGTH = 10;

    private static final IpdStrategy[] PROBES = {IpdStrategy.ALLC, IpdStrategy.ALLD,
        IpdStrategy.TFT, IpdStrategy.GRIM};

    private final double gamma;
    private final double tremble;
    private final double[][] named;
    private final double[] radius;

    /**
     * With the default tremble {@value #DEFAULT_TREMBLE}.
     *
     * @param gamma the discount γ of the game, 0 ≤ γ &lt; 1
     */
    public IpdBehaviour(double gamma) {
        this(gamma, DEFAULT_TREMBLE);
    }

    /**
     * @param gamma the discount γ of the game, 0 ≤ γ &lt; 1
     * @param tremble e, the probability that an action of a profile game is flipped, 0 &lt; e &lt; ½
     */
    public IpdBehaviour(double gamma, double tremble) {
        IteratedPrisonersDilemma.checkDiscount(gamma);
        if (!(tremble > 0 && tremble < 0.5)) {
            throw new IllegalArgumentException("tremble = " + tremble + "; allowed: 0 < e < 0.5");
        }
        this.gamma = gamma;
        this.tremble = tremble;
        IpdStrategy[] all = IpdStrategy.values();
        named = new double[all.length][];
        for (IpdStrategy s : all) {
            named[s.ordinal()] = profile(s.asPlayer1());
        }
        radius = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < all.length; j++) {
                if (j != i) {
                    nearest = Math.min(nearest, distance(named[i], 0, named[j]));
                }
            }
            radius[i] = nearest / 2;
        }
    }

    /** The discount γ. */
    public double gamma() {
        return gamma;
    }

    @Override
    public String name() {
        return "IPD per-step losses, visits of CC, CD, DC, DD, and each policy's per-step loss and"
                + " cooperation against ALLC, ALLD, TFT, GRIM and itself with tremble " + tremble
                + " (γ = " + gamma + ")";
    }

    @Override
    public double[] describe(double[] w) {
        if (w.length != 10) {
            throw new IllegalArgumentException("w has length " + w.length
                    + "; allowed: 10 (the memory-one IPD)");
        }
        double[] visits = IteratedPrisonersDilemma.discountedVisits(w, gamma);
        double[] losses = IteratedPrisonersDilemma.perStepLosses(visits);
        MemoryOnePolicy[] p = IteratedPrisonersDilemma.policies(w);
        double[] f = new double[PAIR_FEATURES + 2 * PROFILE_LENGTH];
        f[0] = losses[0];
        f[1] = losses[1];
        System.arraycopy(visits, 0, f, 2, 4);
        System.arraycopy(profile(p[0]), 0, f, PAIR_FEATURES, PROFILE_LENGTH);
        System.arraycopy(profile(MemoryOnePolicy.of(IpdStrategy.swapMiddle(p[1].probabilities()))),
                0, f, PAIR_FEATURES + PROFILE_LENGTH, PROFILE_LENGTH);
        return f;
    }

    /**
     * The response profile of a policy given from its own side: its per-step loss and discounted
     * cooperation rate as player 1 against ALLC, ALLD, TFT, GRIM and itself, every action trembling.
     *
     * @param ownView P(C) at the start and after own and opponent's action CC, CD, DC, DD
     * @return (loss, cooperation) per probe, in that order; a new array of {@value #PROFILE_LENGTH}
     */
    public double[] profile(MemoryOnePolicy ownView) {
        double[] own = ownView.probabilities();
        double[] out = new double[PROFILE_LENGTH];
        for (int k = 0; k <= PROBES.length; k++) {
            double[] opponent = k < PROBES.length ? PROBES[k].asPlayer2().probabilities()
                    : IpdStrategy.swapMiddle(own);
            double[] d = IteratedPrisonersDilemma.discountedVisits(trembled(own, false),
                    trembled(own, true), trembled(opponent, false), trembled(opponent, true), gamma);
            out[2 * k] = IteratedPrisonersDilemma.perStepLosses(d)[0];
            out[2 * k + 1] = d[0] + d[1];
        }
        return out;
    }

    /** \(e + (1-2e)p\), or its complement \(e + (1-2e)(1-p)\), entry by entry. */
    private double[] trembled(double[] p, boolean complement) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = tremble + (1 - 2 * tremble) * (complement ? 1 - p[i] : p[i]);
        }
        return out;
    }

    /**
     * The nearest named strategy to a response profile, and whether it is within that name's
     * radius.
     *
     * @param profile a profile of {@link #profile}, or the features of {@link #describe} with
     *     {@code offset} {@value #PAIR_FEATURES} (player 1) or 16 (player 2). Not modified.
     * @param offset where the profile starts in {@code profile}
     */
    public IpdStrategyMatch match(double[] profile, int offset) {
        if (offset < 0 || offset + PROFILE_LENGTH > profile.length) {
            throw new IllegalArgumentException("offset = " + offset + " in an array of length "
                    + profile.length + "; allowed: 0 to " + (profile.length - PROFILE_LENGTH));
        }
        IpdStrategy best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (IpdStrategy s : IpdStrategy.values()) {
            double d = distance(profile, offset, named[s.ordinal()]);
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return new IpdStrategyMatch(best, bestDistance, bestDistance < radius[best.ordinal()]);
    }

    /**
     * The named strategies of both players.
     *
     * @param features features of {@link #describe}. Not modified.
     */
    public IpdStrategyPair strategies(double[] features) {
        checkFeatures(features);
        return new IpdStrategyPair(match(features, PAIR_FEATURES),
                match(features, PAIR_FEATURES + PROFILE_LENGTH));
    }

    /**
     * The naming radius of a strategy: half the max-norm distance from its profile to the nearest
     * other named profile.
     */
    public double radius(IpdStrategy strategy) {
        return radius[strategy.ordinal()];
    }

    /** E.g. {@code TFT (0.003) vs TFT (0.010); (1-γ)L = (1.000, 1.000), visits CC 1.000 ...}. */
    @Override
    public String format(double[] f) {
        IpdStrategyPair pair = strategies(f);
        return String.format(Locale.ROOT, "%s vs %s; (1-γ)L = (%.3f, %.3f), visits CC %.3f CD %.3f"
                + " DC %.3f DD %.3f", pair.player1(), pair.player2(), f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    @Override
    public String detail(double[] w) {
        MemoryOnePolicy[] p = IteratedPrisonersDilemma.policies(w);
        return "player 1 " + p[0] + "; player 2 " + p[1];
    }

    private static void checkFeatures(double[] f) {
        if (f.length != PAIR_FEATURES + 2 * PROFILE_LENGTH) {
            throw new IllegalArgumentException("features have length " + f.length + "; allowed: "
                    + (PAIR_FEATURES + 2 * PROFILE_LENGTH) + " (of IpdBehaviour.describe)");
        }
    }

    private static double distance(double[] a, int offset, double[] b) {
        double d = 0;
        for (int i = 0; i < PROFILE_LENGTH; i++) {
            d = Math.max(d, Math.abs(a[offset + i] - b[i]));
        }
        return d;
    }
}
