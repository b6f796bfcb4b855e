package io.github.gamedyn.momentum;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.math3.complex.Complex;

/**
 * A method of the catalogue: its name in specifications, what it is, its hyperparameters with
 * defaults and allowed values, its factory, whether it has an alternating form, and, when it is
 * polynomial in Ĥ at fixed points, its {@link PerEigenvalueForm}. Anyone can define one, in a few
 * lines, and every tool (runs, {@link LinearisedAnalysis}, sweeps, Lyapunov exponents, GRR) takes
 * it through an {@link OptimizerSpec}:
 * <pre>{@code
 * OptimizerMethod mine = OptimizerMethod.baseRule("my-rule", "what it does",
 *         List.of(Hyperparameter.stepSize(0.1)), spec -> new MyRule(spec.real("alpha")));
 * OptimizerSpec spec = OptimizerSpec.builder(mine).set("alpha", 0.05).build();
 * Catalogue withMine = Catalogue.standard().with(mine);   // for parsing "my-rule:alpha=0.05"
 * }</pre>
 *
 * <p>A method is either a {@linkplain Kind#BASE_RULE base rule}, which moves each coordinate and
 * its buffers given an update direction, or a {@linkplain Kind#FIELD field}, which replaces the
 * simultaneous gradient ξ by an adjusted direction and runs on a base rule (gradient descent by
 * default). Immutable; methods are compared by identity.
 */
public final class OptimizerMethod {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HYPERPARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

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
    private final Function<OptimizerSpec, BaseRule> baseRule;
    private final Function<OptimizerSpec, GradientField> field;
    private final boolean alternating;
    private final PerEigenvalueForm perEigenvalueForm;

    private OptimizerMethod(String specName, Kind kind, String description,
            List<Hyperparameter> hyperparameters, Function<OptimizerSpec, BaseRule> baseRule,
            Function<OptimizerSpec, GradientField> field, boolean alternating,
            PerEigenvalueForm perEigenvalueForm) {
        if (specName == null || !NAME.matcher(specName).matches()) {
            throw new IllegalArgumentException("specName = " + specName
                    + "; allowed: lower-case words and digits joined by '-'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description of " + specName
                    + " is empty; allowed: one line");
        }
        this.hyperparameters = List.copyOf(hyperparameters);
        Set<String> names = new HashSet<>();
        for (Hyperparameter h : this.hyperparameters) {
            if (!HYPERPARAMETER.matcher(h.name()).matches() || h.name().equals("schedule")) {
                throw new IllegalArgumentException("hyperparameter " + h.name() + " of " + specName
                        + "; allowed: a letter then letters and digits, not 'schedule'");
            }
            if (h.defaultsTo() != null && !names.contains(h.defaultsTo())) {
                throw new IllegalArgumentException("hyperparameter " + h.name() + " of " + specName
                        + " defaults to " + h.defaultsTo() + "; allowed: one listed before it");
            }
            if (!names.add(h.name())) {
                throw new IllegalArgumentException("hyperparameter " + h.name() + " of " + specName
                        + " is listed twice; allowed: distinct names");
            }
        }
        if (perEigenvalueForm != null && !names.containsAll(perEigenvalueForm.hyperparameters())) {
            throw new IllegalArgumentException("per-eigenvalue form of " + specName + " reads "
                    + perEigenvalueForm.hyperparameters() + "; allowed: its hyperparameters "
                    + names);
        }
        this.specName = specName;
        this.kind = kind;
        this.description = description;
        this.baseRule = baseRule;
        this.field = field;
        this.alternating = alternating;
        this.perEigenvalueForm = perEigenvalueForm;
    }

    /**
     * A base rule.
     *
     * @param factory builds the rule from a spec of this method (its hyperparameters checked)
     */
    public static OptimizerMethod baseRule(String specName, String description,
            List<Hyperparameter> hyperparameters, Function<OptimizerSpec, BaseRule> factory) {
        requireFactory(specName, factory);
        return new OptimizerMethod(specName, Kind.BASE_RULE, description, hyperparameters,
                factory, null, true, null);
    }

    /**
     * A field, run on a base rule.
     *
     * @param factory builds the field from a spec of this method (its hyperparameters checked)
     */
    public static OptimizerMethod field(String specName, String description,
            List<Hyperparameter> hyperparameters, Function<OptimizerSpec, GradientField> factory) {
        requireFactory(specName, factory);
        return new OptimizerMethod(specName, Kind.FIELD, description, hyperparameters, null,
                factory, true, null);
    }

    private static void requireFactory(String specName, Object factory) {
        if (factory == null) {
            throw new IllegalArgumentException("factory of " + specName
                    + " = null; allowed: a factory");
        }
    }

    /** This method with a per-eigenvalue form (for a field: its form on gradient descent). */
    public OptimizerMethod withPerEigenvalueForm(PerEigenvalueForm form) {
        return new OptimizerMethod(specName, kind, description, hyperparameters, baseRule, field,
                alternating, form);
    }

    /** This method without an alternating form (one joint system, like CGD's). */
    public OptimizerMethod simultaneousOnly() {
        return new OptimizerMethod(specName, kind, description, hyperparameters, baseRule, field,
                false, perEigenvalueForm);
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

    /** Whether the method has an alternating form. */
    public boolean supportsAlternating() {
        return alternating;
    }

    /** The per-eigenvalue form, if the method has one. */
    public Optional<PerEigenvalueForm> perEigenvalueForm() {
        return Optional.ofNullable(perEigenvalueForm);
    }

    /** The base rule of a spec whose base is this method. */
    BaseRule createBaseRule(OptimizerSpec spec) {
        return baseRule.apply(spec);
    }

    /** The field of a spec whose method is this field. */
    GradientField createField(OptimizerSpec spec) {
        return field.apply(spec);
    }

    /**
     * Checks a value given to a rule's constructor against this method's hyperparameter.
     *
     * @return {@code value}
     * @throws IllegalArgumentException naming it, the value and what is allowed
     */
    Complex check(String name, Complex value) {
        for (Hyperparameter h : hyperparameters) {
            if (h.name().equals(name)) {
                return h.check(this, value);
            }
        }
        throw new IllegalArgumentException("hyperparameter " + name + " of " + specName
                + " is not in the catalogue entry");
    }

    /** {@link #check(String, Complex)} for a real value. */
    double check(String name, double value) {
        return check(name, new Complex(value, 0)).getReal();
    }

    @Override
    public String toString() {
        return specName;
    }
}
