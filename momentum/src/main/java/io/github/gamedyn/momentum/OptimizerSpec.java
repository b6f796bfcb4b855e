package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.spec.KeyValueSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.math3.complex.Complex;

/**
 * An immutable, printable, re-runnable specification of an optimiser: a method, the base rule it
 * runs on, the schedule and every hyperparameter (defaults filled in, each checked against what
 * the method allows). {@link #rule()} builds its {@link UpdateRule}.
 *
 * <p>Text form, as printed by {@link #toString()} and read by {@link #parse(String)}:
 * {@code METHOD[+BASE][:key=value,...]}, with {@code schedule=simultaneous|alternating} among the
 * keys and complex values written {@code 0.8+0.3i} or in polar form {@code 0.9@0.3927}. Printing
 * then parsing gives an equal spec, bit for bit.
 * <pre>{@code
 * OptimizerSpec cm = OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=0.9@0.3927");
 * OptimizerSpec sos = OptimizerSpec.builder(StableOpponentShaping.METHOD).set("alpha", 1).build();
 * OptimizerSpec lolaAdam = OptimizerSpec.parse("lola+adam:alpha=0.01,schedule=alternating");
 * }</pre>
 *
 * @param method the method
 * @param base the base rule: {@code method} itself for a base rule, a base rule for a field
 * @param schedule simultaneous or alternating
 * @param hyperparameters every hyperparameter of the method and the base rule, in catalogue order
 */
public record OptimizerSpec(OptimizerMethod method, OptimizerMethod base, Schedule schedule,
        Map<String, Complex> hyperparameters) {

    /** Checks the combination and every value; fills in defaults. */
    public OptimizerSpec {
        if (method == null || schedule == null) {
            throw new IllegalArgumentException("method = " + method + ", schedule = " + schedule
                    + "; both are required");
        }
        if (method.kind() == OptimizerMethod.Kind.BASE_RULE) {
            if (base != null && base != method) {
                throw new IllegalArgumentException("base = " + base.specName() + " for "
                        + method.specName() + "; allowed: none (it is a base rule itself)");
            }
            base = method;
        } else if (base == null) {
            base = GradientDescent.METHOD;
        } else if (base.kind() != OptimizerMethod.Kind.BASE_RULE) {
            throw new IllegalArgumentException("base = " + base.specName() + "; allowed: a base "
                    + "rule (" + Catalogue.standard().baseRuleNames() + ")");
        }
        if (schedule == Schedule.ALTERNATING && !method.supportsAlternating()) {
            throw new IllegalArgumentException("schedule = alternating for "
                    + method.specName() + "; allowed: simultaneous");
        }
        Map<String, Complex> given = hyperparameters == null ? Map.of() : hyperparameters;
        Map<String, Complex> all = new LinkedHashMap<>();
        OptimizerMethod[] owners = method == base ? new OptimizerMethod[] {method}
                : new OptimizerMethod[] {method, base};
        for (OptimizerMethod owner : owners) {
            for (Hyperparameter h : owner.hyperparameters()) {
                Complex value = given.containsKey(h.name()) ? given.get(h.name())
                        : h.defaultsTo() != null ? all.get(h.defaultsTo()) : h.defaultValue();
                all.put(h.name(), h.check(owner, value));
            }
        }
        for (String name : given.keySet()) {
            if (!all.containsKey(name)) {
                throw new IllegalArgumentException("hyperparameter " + name + " for "
                        + method.specName() + (method == base ? "" : "+" + base.specName())
                        + "; allowed: " + String.join(", ", all.keySet()));
            }
        }
        hyperparameters = Collections.unmodifiableMap(all);
    }

    /** A builder starting from the catalogue defaults. */
    public static Builder builder(OptimizerMethod method) {
        return new Builder(method);
    }

    /** The spec with the defaults of {@code method}, simultaneous. */
    public static OptimizerSpec of(OptimizerMethod method) {
        return builder(method).build();
    }

    /**
     * Reads the text form, strictly (see {@link KeyValueSpec}: no duplicate keys, no empty pairs;
     * numbers are plain decimals), its methods from the {@linkplain Catalogue#standard() standard
     * catalogue}.
     *
     * @param text e.g. {@code sos:alpha=1,a=0.5} or {@code lookahead+heavy-ball:beta=-0.3}
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public static OptimizerSpec parse(String text) {
        return parse(text, Catalogue.standard());
    }

    /** Reads the text form, its methods from {@code catalogue}. */
    static OptimizerSpec parse(String text, Catalogue catalogue) {
        KeyValueSpec parsed;
        try {
            parsed = KeyValueSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spec " + (text == null ? "" : "'" + text + "' ")
                    + "is not METHOD[+BASE][:key=value,...]: " + e.getMessage(), e);
        }
        String head = parsed.name();
        int plus = head.indexOf('+');
        Builder b = builder(catalogue.method(plus < 0 ? head : head.substring(0, plus).strip()));
        if (plus >= 0) {
            b.base(catalogue.method(head.substring(plus + 1).strip()));
        }
        parsed.values().forEach((key, value) -> {
            if (key.equals("schedule")) {
                b.schedule(Schedule.parse(value));
            } else {
                b.set(key, ComplexFormat.parse(key, value));
            }
        });
        return b.build();
    }

    /** The value of a hyperparameter. */
    public Complex value(String name) {
        Complex z = hyperparameters.get(name);
        if (z == null) {
            throw new IllegalArgumentException("hyperparameter " + name + " for " + this
                    + "; allowed: " + String.join(", ", hyperparameters.keySet()));
        }
        return z;
    }

    /** The value of a real hyperparameter. */
    public double real(String name) {
        return value(name).getReal();
    }

    /**
     * This spec with one hyperparameter replaced (and checked). A hyperparameter that
     * {@linkplain Hyperparameter#defaultsTo defaults to} {@code name} and equals its old value
     * follows it, so {@code with("alpha", …)} keeps single-step extragradient single-step.
     */
    public OptimizerSpec with(String name, Complex value) {
        value(name);
        Map<String, Complex> copy = new LinkedHashMap<>(hyperparameters);
        copy.put(name, value);
        for (String other : hyperparameters.keySet()) {
            if (follows(other, name)) {
                copy.put(other, value);
            }
        }
        return new OptimizerSpec(method, base, schedule, copy);
    }

    /**
     * Whether hyperparameter {@code name} defaults to {@code target} and has its value, so that it
     * follows it in {@link #with(String, Complex)}.
     */
    boolean follows(String name, String target) {
        for (OptimizerMethod owner : new OptimizerMethod[] {method, base}) {
            for (Hyperparameter h : owner.hyperparameters()) {
                if (h.name().equals(name) && target.equals(h.defaultsTo())) {
                    return hyperparameters.get(name).equals(hyperparameters.get(target));
                }
            }
        }
        return false;
    }

    /** This spec with another schedule. */
    public OptimizerSpec with(Schedule newSchedule) {
        return new OptimizerSpec(method, base, newSchedule, hyperparameters);
    }

    /**
     * The update rule: the method's field (ξ for a base rule) driving the base rule under the
     * schedule.
     */
    public UpdateRule rule() {
        GradientField field = method == base ? GradientField.SIMULTANEOUS_GRADIENT
                : method.createField(this);
        return UpdateRule.of(field, base.createBaseRule(this), schedule);
    }

    /**
     * Starts a run of {@link #rule()} on a game.
     *
     * @param game the game
     * @param w0 the starting parameters; buffers start fresh. Not modified.
     */
    public Optimizer create(Game game, double[] w0) {
        return Optimizer.start(rule(), game, w0);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(",", method.specName()
                + (method == base ? "" : "+" + base.specName()) + ":", "");
        hyperparameters.forEach((k, v) -> j.add(k + "=" + ComplexFormat.format(v)));
        j.add("schedule=" + schedule.specName());
        return j.toString();
    }

    /** Collects a spec; {@link #build()} checks it. */
    public static final class Builder {
        private final OptimizerMethod method;
        private OptimizerMethod base;
        private Schedule schedule = Schedule.SIMULTANEOUS;
        private final Map<String, Complex> values = new LinkedHashMap<>();

        private Builder(OptimizerMethod method) {
            this.method = method;
        }

        /** The base rule a field runs on (default gradient descent). */
        public Builder base(OptimizerMethod baseRule) {
            this.base = baseRule;
            return this;
        }

        /** The schedule (default simultaneous). */
        public Builder schedule(Schedule s) {
            this.schedule = s;
            return this;
        }

        /** A real hyperparameter. */
        public Builder set(String name, double value) {
            return set(name, new Complex(value, 0));
        }

        /** A complex hyperparameter. */
        public Builder set(String name, Complex value) {
            values.put(name, value);
            return this;
        }

        /** The spec. */
        public OptimizerSpec build() {
            return new OptimizerSpec(method, base, schedule, values);
        }
    }
}
