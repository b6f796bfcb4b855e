package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random two-dimensional slice of the memory-one {@link IteratedPrisonersDilemma}, as in the GRR
 * paper's visualisations of the full IPD: the ten logits are \(\theta_{\text{full}} = D\theta + b\),
 * \(\theta = (\theta_1, \theta_2) \in \mathbb{R}^2\).
 *
 * <p>\(D \in \mathbb{R}^{10 \times 2}\) is block diagonal so that player 1's five logits depend on
 * \(\theta_1\) only and player 2's on \(\theta_2\) only: \(D_{k,1} = d_k\) for \(k \lt 5\),
 * \(D_{5+k,2} = d_{5+k}\), all other entries 0, with \(d_k \sim N(0, 1)\) drawn by
 * {@link GaussianSampler} from a seed. Each player still minimises its own loss over its own
 * coordinate, so the slice is itself a two-player game. The offset \(b\) holds the logits of a
 * <em>soft tit-for-tat</em>: cooperation probability \(q\) where tit-for-tat cooperates and
 * \(1 - q\) where it defects, \(b = \pm\log\frac{q}{1-q}\), default \(q = 0.9\)
 * (\(b = \pm\log 9 \approx \pm 2.197\)). The default point 0 is soft tit-for-tat against itself.
 */
public final class IpdSlice {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("ipd-slice",
            "random 2-D slice θ_full = Dθ + b of the memory-one IPD through a soft tit-for-tat",
            List.of(new GameParameter("seed", "0", "seed of the slice directions D"),
                    new GameParameter("softness", "0.9", "q in (0.5, 1): soft tit-for-tat "
                            + "cooperates with probability q where TFT cooperates, 1 − q where "
                            + "it defects"),
                    new GameParameter("gamma", "0.96", "discount γ, 0 ≤ γ < 1"),
                    new GameParameter("scaled", "false", "true: losses times (1 − γ)")),
            spec -> create(spec.seed("seed"), spec.real("softness"), spec.real("gamma"),
                    spec.flag("scaled")));

    /** Default cooperation probability of the soft tit-for-tat where tit-for-tat cooperates. */
    public static final double DEFAULT_SOFTNESS = 0.9;

    private IpdSlice() {
    }

    /** The slice through a 0.9-soft tit-for-tat of the unscaled γ = 0.96 game. */
    public static Game create(long seed) {
        return create(seed, DEFAULT_SOFTNESS, IteratedPrisonersDilemma.DEFAULT_DISCOUNT, false);
    }

    /**
     * The game.
     *
     * @param seed seed of the directions
     * @param softness q, 0.5 &lt; q &lt; 1
     * @param gamma the discount, 0 ≤ γ &lt; 1
     * @param scaled whether to multiply the losses by \(1 - \gamma\)
     */
    public static Game create(long seed, double softness, double gamma, boolean scaled) {
        if (!(softness > 0.5 && softness < 1)) {
            throw new IllegalArgumentException("softness = " + softness
                    + "; allowed: 0.5 < q < 1");
        }
        IteratedPrisonersDilemma.checkDiscount(gamma);
        double[] d = directions(seed);
        double[] b = offset(softness);
        double[] d1 = Arrays.copyOfRange(d, 0, 5);
        double[] d2 = Arrays.copyOfRange(d, 5, 10);
        double[] b1 = Arrays.copyOfRange(b, 0, 5);
        double[] b2 = Arrays.copyOfRange(b, 5, 10);
        return Game.builder("ipd-slice(seed=" + seed + ", q=" + softness + ", γ=" + gamma
                        + (scaled ? ", scaled)" : ")"))
                .player("player 1", 1)
                .player("player 2", 1)
                .losses(t -> {
                    Var x = t.vector(d1).times(t.block(0)).plus(t.vector(b1));
                    Var y = t.vector(d2).times(t.block(1)).plus(t.vector(b2));
                    return IteratedPrisonersDilemma.losses(t, x.sigmoid(), x.negate().sigmoid(),
                            y.sigmoid(), y.negate().sigmoid(), gamma, scaled);
                })
                .behaviour(behaviour(seed, softness, gamma))
                .build();
    }

    /** The IPD behaviour ({@link IpdBehaviour}) of the full logits of a slice point. */
    private static BehaviourDescriptor behaviour(long seed, double softness, double gamma) {
        IpdBehaviour full = new IpdBehaviour(gamma);
        return new BehaviourDescriptor() {
            @Override
            public String name() {
                return full.name() + " of the full logits Dθ + b";
            }

            @Override
            public double[] describe(double[] w) {
                return full.describe(fullLogits(seed, softness, w));
            }

            @Override
            public String format(double[] features) {
                return full.format(features);
            }

            @Override
            public String detail(double[] w) {
                return full.detail(fullLogits(seed, softness, w));
            }
        };
    }

    /**
     * The full logits \(D\theta + b\) at a slice point, to read the policies with
     * {@link IteratedPrisonersDilemma#policies(double[])}.
     *
     * @param theta (θ₁, θ₂). Not modified.
     */
    public static double[] fullLogits(long seed, double softness, double[] theta) {
        if (theta.length != 2) {
            throw new IllegalArgumentException("theta has length " + theta.length
                    + "; the slice has dimension 2");
        }
        double[] d = directions(seed);
        double[] out = offset(softness);
        for (int k = 0; k < 10; k++) {
            out[k] += d[k] * theta[k < 5 ? 0 : 1];
        }
        return out;
    }

    /** \(d_0..d_9\): the nonzero entries of D, player 1's first. */
    private static double[] directions(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] d = new double[10];
        for (int k = 0; k < 10; k++) {
            d[k] = GaussianSampler.next(rng);
        }
        return d;
    }

    private static double[] offset(double softness) {
        double logit = Math.log(softness / (1 - softness));
        double[] b = new double[10];
        double[] tft1 = MemoryOnePolicy.titForTatAsPlayer1().probabilities();
        double[] tft2 = MemoryOnePolicy.titForTatAsPlayer2().probabilities();
        for (int k = 0; k < 5; k++) {
            b[k] = tft1[k] == 1 ? logit : -logit;
            b[5 + k] = tft2[k] == 1 ? logit : -logit;
        }
        return b;
    }
}
