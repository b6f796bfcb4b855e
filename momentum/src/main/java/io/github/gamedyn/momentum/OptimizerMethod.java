package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * The catalogue of learning rules, an enum as factory (like commons-rng's {@code RandomSource}):
 * each method lists its hyperparameters with their defaults and allowed values, and
 * {@link OptimizerSpec#create} builds it.
 *
 * <p>A method is either a {@linkplain Kind#BASE_RULE base rule}, which moves each coordinate and
 * its buffers given an update direction (gradient descent, heavy ball, complex momentum,
 * optimistic gradient, Adam, RMSProp, complex Adam), or a {@linkplain Kind#FIELD field}, which
 * replaces the simultaneous gradient ξ by an adjusted direction (extragradient, consensus, SGA,
 * LookAhead, LOLA, SOS, CGD) and runs on a base rule, gradient descent by default. A field that
 * looks ahead uses {@code alpha} as its look-ahead rate, as in the papers, where it is also the
 * step size; extragradient's extrapolation step is its own hyperparameter, α by default.
 */
public enum OptimizerMethod {
    /** Gradient descent. */
    GRADIENT_DESCENT("gd", Kind.BASE_RULE, "gradient descent, w <- w - alpha g",
            List.of(alpha())),
    /** Polyak heavy ball, negative momentum included. */
    HEAVY_BALL("heavy-ball", Kind.BASE_RULE, "heavy ball, b <- beta b + g, w <- w - alpha b",
            List.of(alpha(), new Hyperparameter("beta", real(0.9), Hyperparameter.Domain.REAL_MOMENTUM,
                    "momentum; negative values are negative momentum"))),
    /** Complex momentum (Lorraine et al. 2022). */
    COMPLEX_MOMENTUM("complex-momentum", Kind.BASE_RULE,
            "complex momentum, mu <- beta mu - g, w <- w + Re(alpha mu)",
            List.of(new Hyperparameter("alpha", real(0.1), Hyperparameter.Domain.NONZERO_COMPLEX,
                            "step size, complex allowed"),
                    new Hyperparameter("beta", Complex.valueOf(0.9).multiply(
                            new Complex(Math.cos(Math.PI / 8), Math.sin(Math.PI / 8))),
                            Hyperparameter.Domain.OPEN_UNIT_DISC, "complex momentum |beta| e^{i theta}"))),
    /** Optimistic gradient descent. */
    OPTIMISTIC("optimistic", Kind.BASE_RULE,
            "optimistic gradient, w <- w - alpha g_t - optimism (g_t - g_{t-1})",
            List.of(alpha(), new Hyperparameter("optimism", real(0.1),
                    Hyperparameter.Domain.NONNEGATIVE_REAL, "weight of the correction "
                            + "g_t - g_{t-1}; 0 is gradient descent, alpha (the default) the "
                            + "optimistic gradient of Daskalakis et al.", "alpha"))),
    /** Adam. */
    ADAM("adam", Kind.BASE_RULE, "Adam with bias correction",
            List.of(new Hyperparameter("alpha", real(0.001), Hyperparameter.Domain.POSITIVE_REAL,
                            "step size"),
                    new Hyperparameter("beta1", real(0.9),
                            Hyperparameter.Domain.HALF_OPEN_UNIT_INTERVAL, "first-moment decay"),
                    beta2(), epsilon())),
    /** RMSProp. */
    RMSPROP("rmsprop", Kind.BASE_RULE, "RMSProp, v <- beta v + (1 - beta) g^2",
            List.of(new Hyperparameter("alpha", real(0.001), Hyperparameter.Domain.POSITIVE_REAL,
                            "step size"),
                    new Hyperparameter("beta", real(0.9),
                            Hyperparameter.Domain.HALF_OPEN_UNIT_INTERVAL, "second-moment decay"),
                    epsilon())),
    /** Complex Adam (Lorraine et al. 2022). */
    COMPLEX_ADAM("complex-adam", Kind.BASE_RULE,
            "Adam with complex first-moment decay; update from Re of the bias-corrected moment",
            List.of(new Hyperparameter("alpha", real(0.001), Hyperparameter.Domain.POSITIVE_REAL,
                            "step size"),
                    new Hyperparameter("beta1", Complex.valueOf(0.9).multiply(
                            new Complex(Math.cos(Math.PI / 8), Math.sin(Math.PI / 8))),
                            Hyperparameter.Domain.OPEN_UNIT_DISC, "complex first-moment decay"),
                    beta2(), epsilon())),
    /** Extragradient. */
    EXTRAGRADIENT("extragradient", Kind.FIELD, "gradient at w - extrapolation xi(w)",
            List.of(alpha(), new Hyperparameter("extrapolation", real(0.1),
                    Hyperparameter.Domain.NONNEGATIVE_REAL, "extrapolation step; default alpha "
                            + "(one step size, Korpelevich)", "alpha"))),
    /** Consensus optimisation. */
    CONSENSUS("consensus", Kind.FIELD, "consensus optimisation, xi + gamma H^T xi",
            List.of(new Hyperparameter("gamma", real(0.1), Hyperparameter.Domain.NONNEGATIVE_REAL,
                    "weight of the gradient of |xi|^2 / 2"))),
    /** Symplectic gradient adjustment with sign alignment. */
    SGA("sga", Kind.FIELD, "symplectic gradient adjustment, xi + lambda A^T xi, sign-aligned",
            List.of(new Hyperparameter("lambda", real(1), Hyperparameter.Domain.POSITIVE_REAL,
                    "magnitude of the adjustment; its sign is aligned"))),
    /** LookAhead. */
    LOOKAHEAD("lookahead", Kind.FIELD, "LookAhead, (I - alpha H_o) xi", List.of(alpha())),
    /** LOLA with the LookAhead term (Letcher et al. 2019 form). */
    LOLA("lola", Kind.FIELD, "LOLA, (I - alpha H_o) xi - alpha chi", List.of(alpha())),
    /** LOLA, shaping term only (Foerster et al. 2018). */
    LOLA_SHAPING("lola-shaping", Kind.FIELD, "original LOLA, xi - alpha chi", List.of(alpha())),
    /** Stable opponent shaping. */
    SOS("sos", Kind.FIELD, "stable opponent shaping, (I - alpha H_o) xi - p alpha chi",
            List.of(alpha(),
                    new Hyperparameter("a", real(0.5), Hyperparameter.Domain.OPEN_UNIT_INTERVAL,
                            "alignment bound of p_1"),
                    new Hyperparameter("b", real(0.1), Hyperparameter.Domain.POSITIVE_REAL,
                            "gradient-norm threshold of p_2"))),
    /** Competitive gradient descent. */
    CGD("cgd", Kind.FIELD, "competitive gradient descent, (I + alpha H_o)^{-1} xi",
            List.of(alpha()));

    /** Whether a method is a base rule or a field run on a base rule. */
    public enum Kind {
        /** Moves coordinates and buffers given a direction. */
        BASE_RULE,
        /** An adjusted direction, run on a base rule. */
        FIELD
    }

    private final String specName;
    private final Kind kind;
    private final String description;
    private final List<Hyperparameter> hyperparameters;

    OptimizerMethod(String specName, Kind kind, String description,
            List<Hyperparameter> hyperparameters) {
        this.specName = specName;
        this.kind = kind;
        this.description = description;
        this.hyperparameters = hyperparameters;
    }

    /** The name in specifications, e.g. {@code complex-momentum}. */
    public String specName() {
        return specName;
    }

    /** Base rule or field. */
    public Kind kind() {
        return kind;
    }

    /** One line for {@code gamedyn optimizers}. */
    public String description() {
        return description;
    }

    /** The hyperparameters with defaults and allowed values. */
    public List<Hyperparameter> hyperparameters() {
        return hyperparameters;
    }

    /** Whether the method has an alternating form (CGD solves one joint system: it has not). */
    public boolean supportsAlternating() {
        return this != CGD;
    }

    /** Finds a method by its spec name. */
    public static OptimizerMethod bySpecName(String name) {
        for (OptimizerMethod m : values()) {
            if (m.specName.equals(name)) {
                return m;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (OptimizerMethod m : values()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(m.specName);
        }
        throw new IllegalArgumentException("method = " + name + "; allowed: " + allowed);
    }

    BaseRule rule(int d, OptimizerSpec s) {
        switch (this) {
            case GRADIENT_DESCENT: return new GradientDescent(d, s.real("alpha"));
            case HEAVY_BALL: return new HeavyBall(d, s.real("alpha"), s.real("beta"));
            case COMPLEX_MOMENTUM: {
                Complex a = s.value("alpha");
                Complex b = s.value("beta");
                return new ComplexMomentum(d, a.getReal(), a.getImaginary(), b.getReal(),
                        b.getImaginary());
            }
            case OPTIMISTIC: return new OptimisticGradient(d, s.real("alpha"), s.real("optimism"));
            case ADAM: return new Adam(d, s.real("alpha"), s.real("beta1"), s.real("beta2"),
                    s.real("epsilon"));
            case RMSPROP: return new RmsProp(d, s.real("alpha"), s.real("beta"),
                    s.real("epsilon"));
            case COMPLEX_ADAM: {
                Complex b1 = s.value("beta1");
                return new ComplexAdam(d, s.real("alpha"), b1.getReal(), b1.getImaginary(),
                        s.real("beta2"), s.real("epsilon"));
            }
            default: throw new IllegalStateException(specName + " is not a base rule");
        }
    }

    GradientField field(Game game, OptimizerSpec s) {
        switch (this) {
            case EXTRAGRADIENT: return new Extragradient(game, s.real("extrapolation"));
            case CONSENSUS: return new ConsensusOptimization(game, s.real("gamma"));
            case SGA: return new SymplecticGradientAdjustment(game, s.real("lambda"));
            case LOOKAHEAD: return new LookAhead(game, s.real("alpha"));
            case LOLA: return new Lola(game, s.real("alpha"), true);
            case LOLA_SHAPING: return new Lola(game, s.real("alpha"), false);
            case SOS: return new StableOpponentShaping(game, s.real("alpha"), s.real("a"),
                    s.real("b"));
            case CGD: return new CompetitiveGradientDescent(game, s.real("alpha"));
            default: return new SimultaneousGradient(game);
        }
    }

    private static Hyperparameter alpha() {
        return new Hyperparameter("alpha", real(0.1), Hyperparameter.Domain.POSITIVE_REAL,
                "step size");
    }

    private static Hyperparameter beta2() {
        return new Hyperparameter("beta2", real(0.999),
                Hyperparameter.Domain.HALF_OPEN_UNIT_INTERVAL, "second-moment decay");
    }

    private static Hyperparameter epsilon() {
        return new Hyperparameter("epsilon", real(1e-8), Hyperparameter.Domain.POSITIVE_REAL,
                "added to the root of the second moment");
    }

    private static Complex real(double x) {
        return new Complex(x, 0);
    }
}
