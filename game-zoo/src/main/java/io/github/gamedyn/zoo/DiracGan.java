package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.util.List;
import java.util.Locale;

/**
 * The Dirac GAN of Mescheder, Geiger and Nowozin, "Which training methods for GANs actually
 * converge?" (ICML 2018): the data distribution is \(\delta_0\), the generator a point mass at
 * \(\theta \in \mathbb{R}\), the discriminator linear, \(D_\psi(x) = \psi x\). Players in order:
 * generator θ, discriminator ψ. The unique equilibrium is \(\theta = \psi = 0\).
 *
 * <p>Variants, with \(f(t) = -\log(1 + e^{-t}) = \log\sigma(t)\) and
 * \(V(\theta, \psi) = f(\psi\theta) + f(0)\):
 * <ul>
 *   <li>{@link Variant#STANDARD}: \(L_\theta = V\), \(L_\psi = -V\). At 0,
 *       \(\hat H = \begin{pmatrix} 0 &amp; f'(0) \\ -f'(0) &amp; 0 \end{pmatrix}\), \(f'(0) = \tfrac12\),
 *       eigenvalues \(\pm i/2\): gradient descent spirals out.</li>
 *   <li>{@link Variant#NON_SATURATING}: the generator minimises \(-f(-\psi\theta)\) instead
 *       (\(-\log\) of the probability the discriminator gives its sample of being real);
 *       \(L_\psi = -V\). Same Jacobian at 0 as the standard game.</li>
 *   <li>{@link Variant#WGAN}: \(f(t) = t\), \(V = \psi\theta\), \(L_\theta = V\),
 *       \(L_\psi = -V\); \(\hat H = \begin{pmatrix} 0 &amp; 1 \\ -1 &amp; 0 \end{pmatrix}\), eigenvalues
 *       \(\pm i\). Weight clipping \(|\psi| \le c\) is not part of the losses: it is a projection
 *       the optimiser applies after each step, {@link #project(double[])}.</li>
 *   <li>{@link Variant#GRADIENT_PENALTY}: the standard game with Mescheder's R1 penalty on the
 *       discriminator, \(L_\psi = -V + \tfrac\lambda2\,\mathbb E_{p_D}\|\nabla_x D_\psi(x)\|^2 =
 *       -V + \tfrac\lambda2\psi^2\). At 0, \(\hat H = \begin{pmatrix} 0 &amp; \frac12 \\ -\frac12 &amp;
 *       \lambda \end{pmatrix}\), eigenvalues \(\tfrac12(\lambda \pm \sqrt{\lambda^2 - 1})\):
 *       locally convergent for every λ &gt; 0.</li>
 * </ul>
 */
public final class DiracGan {

    /** The loss variants of Mescheder et al. (2018), §2 and §4. */
    public enum Variant {
        /** Saturating minimax GAN. */
        STANDARD,
        /** Non-saturating generator loss. */
        NON_SATURATING,
        /** Wasserstein GAN; clipping by projection. */
        WGAN,
        /** Standard GAN with the R1 gradient penalty on the discriminator. */
        GRADIENT_PENALTY;

        /** The name used in game specifications, e.g. {@code non-saturating}. */
        public String specName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("dirac-gan",
            "Dirac GAN (Mescheder et al. 2018): generator θ, discriminator D(x) = ψx, data δ₀; "
                    + "equilibrium 0",
            List.of(new GameParameter("variant", "standard",
                            "standard, non-saturating, wgan or gradient-penalty"),
                    new GameParameter("clip", "1", "wgan only: clipping bound c > 0, |ψ| ≤ c, "
                            + "applied by the optimiser as a projection"),
                    new GameParameter("penalty", "0.5",
                            "gradient-penalty only: R1 weight λ > 0")),
            spec -> {
                String v = spec.choice("variant", List.of("standard", "non-saturating", "wgan",
                        "gradient-penalty"));
                if (spec.has("clip") && !v.equals("wgan")) {
                    throw new IllegalArgumentException("clip applies to "
                            + "variant=wgan only, not variant=" + v);
                }
                if (spec.has("penalty") && !v.equals("gradient-penalty")) {
                    throw new IllegalArgumentException("penalty applies to "
                            + "variant=gradient-penalty only, not variant=" + v);
                }
                DiracGan gan = switch (v) {
                    case "non-saturating" -> nonSaturating();
                    case "wgan" -> wgan(spec.real("clip"));
                    case "gradient-penalty" -> gradientPenalty(spec.real("penalty"));
                    default -> standard();
                };
                return gan.game();
            });

    private final Variant variant;
    private final double clip;
    private final double penalty;

    private DiracGan(Variant variant, double clip, double penalty) {
        this.variant = variant;
        this.clip = clip;
        this.penalty = penalty;
    }

    /** The saturating minimax Dirac GAN. */
    public static DiracGan standard() {
        return new DiracGan(Variant.STANDARD, Double.POSITIVE_INFINITY, 0);
    }

    /** The Dirac GAN with the non-saturating generator loss. */
    public static DiracGan nonSaturating() {
        return new DiracGan(Variant.NON_SATURATING, Double.POSITIVE_INFINITY, 0);
    }

    /**
     * The WGAN Dirac GAN with weight clipping.
     *
     * @param clip the bound c &gt; 0 of \(|\psi|\) ({@code Double.POSITIVE_INFINITY}: no clipping)
     */
    public static DiracGan wgan(double clip) {
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip = " + clip + "; allowed: > 0");
        }
        return new DiracGan(Variant.WGAN, clip, 0);
    }

    /**
     * The standard Dirac GAN with the R1 gradient penalty.
     *
     * @param weight λ &gt; 0, finite
     */
    public static DiracGan gradientPenalty(double weight) {
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("penalty = " + weight
                    + "; allowed: finite and > 0");
        }
        return new DiracGan(Variant.GRADIENT_PENALTY, Double.POSITIVE_INFINITY, weight);
    }

    /** The variant. */
    public Variant variant() {
        return variant;
    }

    /** The clipping bound c of the WGAN variant; infinite for the others. */
    public double clipBound() {
        return clip;
    }

    /** The R1 weight λ of the gradient-penalty variant; 0 for the others. */
    public double penaltyWeight() {
        return penalty;
    }

    /**
     * The projection onto the feasible set \(\{|\psi| \le c\}\) that the WGAN optimiser applies
     * after every step (the identity for the other variants).
     *
     * @param w the point (θ, ψ). Not modified.
     * @return a new array (θ, clamp(ψ, −c, c))
     */
    public double[] project(double[] w) {
        if (w == null || w.length != 2) {
            throw new IllegalArgumentException("w has length "
                    + (w == null ? "null" : String.valueOf(w.length)) + "; the Dirac GAN has "
                    + "dimension 2");
        }
        return new double[] {w[0], Math.max(-clip, Math.min(clip, w[1]))};
    }

    /** The game. */
    public Game game() {
        Variant v = variant;
        double lambda = penalty;
        return Game.builder("dirac-gan(" + v.specName() + ")")
                .player("generator", 1)
                .player("discriminator", 1)
                .losses(t -> {
                    Var theta = t.block(0);
                    Var psi = t.block(1);
                    Var d = psi.times(theta);
                    if (v == Variant.WGAN) {
                        return new Var[] {d, d.negate()};
                    }
                    Var value = d.logSigmoid().plus(Math.log(0.5));
                    Var generator = v == Variant.NON_SATURATING ? d.negate().logSigmoid().negate()
                            : value;
                    Var discriminator = v == Variant.GRADIENT_PENALTY
                            ? value.negate().plus(psi.square().times(lambda / 2)) : value.negate();
                    return new Var[] {generator, discriminator};
                })
                .build();
    }
}
