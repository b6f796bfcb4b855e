package io.github.gamedyn.momentum;

import org.apache.commons.math3.complex.Complex;

/**
 * A hyperparameter of a method in the catalogue: its name in specifications, its default, the set
 * of values the method allows, and what it means.
 *
 * <p>A hyperparameter may default to another one of the same method, listed before it: the
 * extrapolation step of extragradient is its step size α unless given, so
 * {@code extragradient:alpha=0.3} is Korpelevich's method with one step size.
 *
 * @param name the name in specifications, e.g. {@code beta}
 * @param defaultValue the default (for one that {@code defaultsTo} another: that one's default)
 * @param domain the allowed values
 * @param description one line for {@code gamedyn optimizers}
 * @param defaultsTo the hyperparameter whose value this one takes when not given, or null
 */
public record Hyperparameter(String name, Complex defaultValue, Domain domain,
        String description, String defaultsTo) {

    /** A hyperparameter with a fixed default. */
    public Hyperparameter(String name, Complex defaultValue, Domain domain, String description) {
        this(name, defaultValue, domain, description, null);
    }

    /** The step size α: a real number &gt; 0 with the given default. */
    public static Hyperparameter stepSize(double defaultValue) {
        return new Hyperparameter("alpha", new Complex(defaultValue, 0), Domain.POSITIVE_REAL,
                "step size");
    }

    /** Adam's second-moment decay β₂, default 0.999. */
    static Hyperparameter secondMomentDecay() {
        return new Hyperparameter("beta2", new Complex(0.999, 0), Domain.HALF_OPEN_UNIT_INTERVAL,
                "second-moment decay");
    }

    /** The ε added to the root of the second moment, default 1e-8. */
    static Hyperparameter epsilon() {
        return new Hyperparameter("epsilon", new Complex(1e-8, 0), Domain.POSITIVE_REAL,
                "added to the root of the second moment");
    }

    /** The sets of values a hyperparameter may take. */
    public enum Domain {
        /** A finite real number &gt; 0. */
        POSITIVE_REAL("a finite real number > 0"),
        /** A finite real number ≥ 0. */
        NONNEGATIVE_REAL("a finite real number >= 0"),
        /** A real number in (0, 1). */
        OPEN_UNIT_INTERVAL("a real number in (0, 1)"),
        /** A real number in [0, 1). */
        HALF_OPEN_UNIT_INTERVAL("a real number in [0, 1)"),
        /** A real number in (−1, 1); negative values are negative momentum. */
        REAL_MOMENTUM("a real number in (-1, 1)"),
        /** A complex number with |z| &lt; 1. */
        OPEN_UNIT_DISC("a complex number with |z| < 1"),
        /** A finite complex number ≠ 0. */
        NONZERO_COMPLEX("a finite complex number != 0");

        private final String allowed;

        Domain(String allowed) {
            this.allowed = allowed;
        }

        /** Whether complex values are allowed. */
        public boolean complex() {
            return this == OPEN_UNIT_DISC || this == NONZERO_COMPLEX;
        }

        /** Human-readable description of the allowed values. */
        public String allowed() {
            return allowed;
        }

        boolean contains(Complex z) {
            return contains(z.getReal(), z.getImaginary());
        }

        /** Whether re + i·im is allowed (the allocation-free form, for sweeps). */
        boolean contains(double re, double im) {
            if (!Double.isFinite(re) || !Double.isFinite(im)) {
                return false;
            }
            boolean real = im == 0;
            switch (this) {
                case POSITIVE_REAL: return real && re > 0;
                case NONNEGATIVE_REAL: return real && re >= 0;
                case OPEN_UNIT_INTERVAL: return real && re > 0 && re < 1;
                case HALF_OPEN_UNIT_INTERVAL: return real && re >= 0 && re < 1;
                case REAL_MOMENTUM: return real && re > -1 && re < 1;
                case OPEN_UNIT_DISC: return Math.hypot(re, im) < 1;
                case NONZERO_COMPLEX: return re != 0 || im != 0;
                default: throw new AssertionError(this);
            }
        }
    }

    /**
     * Checks a value.
     *
     * @param method the method it is given to, for the message
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException naming the argument, its value and what is allowed
     */
    Complex check(OptimizerMethod method, Complex value) {
        if (!domain.contains(value)) {
            throw new IllegalArgumentException(name + " = " + ComplexFormat.format(value) + " for "
                    + method.specName() + "; allowed: " + domain.allowed());
        }
        return value;
    }

    @Override
    public String toString() {
        return name + " = " + (defaultsTo == null ? ComplexFormat.format(defaultValue)
                : defaultsTo) + " (" + domain.allowed() + "): " + description;
    }
}
