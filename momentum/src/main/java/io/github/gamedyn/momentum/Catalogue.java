package io.github.gamedyn.momentum;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list of {@link OptimizerMethod}s by name: {@link #standard()} holds the methods of this
 * module (each defined beside its rule, as {@code METHOD}); {@link #with} adds a user's own, so
 * that specifications naming it parse. Immutable.
 *
 * <pre>{@code
 * OptimizerSpec spec = Catalogue.standard().with(myMethod).parse("my-rule:alpha=0.05");
 * }</pre>
 */
public final class Catalogue {
    private final List<OptimizerMethod> methods;

    private Catalogue(List<OptimizerMethod> methods) {
        this.methods = List.copyOf(methods);
    }

    /** Built on first use, after every rule class has defined its entry. */
    private static final class Standard {
        static final Catalogue CATALOGUE = new Catalogue(List.of(
                GradientDescent.METHOD,
                HeavyBall.METHOD,
                ComplexMomentum.METHOD,
                OptimisticGradient.METHOD,
                Adam.METHOD,
                RmsProp.METHOD,
                ComplexAdam.METHOD,
                Extragradient.METHOD,
                ConsensusOptimization.METHOD,
                SymplecticGradientAdjustment.METHOD,
                LookAhead.METHOD,
                Lola.METHOD,
                Lola.SHAPING_METHOD,
                StableOpponentShaping.METHOD,
                CompetitiveGradientDescent.METHOD));
    }

    /** The methods of this module, in a fixed order. */
    public static Catalogue standard() {
        return Standard.CATALOGUE;
    }

    /**
     * This catalogue and more methods.
     *
     * @throws IllegalArgumentException if a name is already taken
     */
    public Catalogue with(OptimizerMethod... more) {
        List<OptimizerMethod> all = new ArrayList<>(methods);
        for (OptimizerMethod m : more) {
            for (OptimizerMethod known : all) {
                if (known.specName().equals(m.specName())) {
                    throw new IllegalArgumentException("method " + m.specName()
                            + " is already in the catalogue; allowed: a new name");
                }
            }
            all.add(m);
        }
        return new Catalogue(all);
    }

    /** The methods, in order. */
    public List<OptimizerMethod> methods() {
        return methods;
    }

    /**
     * The method called {@code specName}.
     *
     * @throws IllegalArgumentException naming the name and the known ones
     */
    public OptimizerMethod method(String specName) {
        for (OptimizerMethod m : methods) {
            if (m.specName().equals(specName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method = " + specName + "; allowed: " + names(methods));
    }

    /** Reads a spec whose methods are in this catalogue; see {@link OptimizerSpec#parse}. */
    public OptimizerSpec parse(String text) {
        return OptimizerSpec.parse(text, this);
    }

    /** The base rules' names, for messages. */
    String baseRuleNames() {
        return names(methods.stream().filter(m -> m.kind() == OptimizerMethod.Kind.BASE_RULE)
                .collect(Collectors.toList()));
    }

    private static String names(List<OptimizerMethod> list) {
        return list.stream().map(OptimizerMethod::specName).collect(Collectors.joining(", "));
    }
}
