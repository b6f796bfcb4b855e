package io.github.gamedyn.core.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.math3.complex.Complex;

/**
 * Which end of the spectrum a partial eigen-decomposition looks for, with ARPACK's codes: the
 * eigenvalues of largest modulus (LM), largest real part (LR), smallest real part (SR) or largest
 * |imaginary part| (LI).
 *
 * <p>For a game Jacobian: LM gives the spectral radius and the stiffest directions; SR the most unstable
 * directions of the gradient flow \( \dot\omega = -\xi \) (\( \operatorname{Re}\lambda \lt 0 \)); LR the
 * most strongly attracting ones; LI the most rotational ones (largest adversarial part).
 */
public enum EigenvalueSelection {
    /** Largest \( |\lambda| \). */
    LARGEST_MODULUS("LM"),
    /** Largest \( \operatorname{Re}\lambda \). */
    LARGEST_REAL("LR"),
    /** Smallest \( \operatorname{Re}\lambda \). */
    SMALLEST_REAL("SR"),
    /** Largest \( |\operatorname{Im}\lambda| \). */
    LARGEST_IMAGINARY("LI");

    private final String code;

    EigenvalueSelection(String code) {
        this.code = code;
    }

    /** @return ARPACK's two-letter code: LM, LR, SR or LI */
    public String code() {
        return code;
    }

    /**
     * The selection of a two-letter code, case-insensitive.
     *
     * @throws IllegalArgumentException naming the code and the allowed ones
     */
    public static EigenvalueSelection ofCode(String code) {
        for (EigenvalueSelection s : values()) {
            if (s.code.equals(code == null ? null : code.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("which = " + code + "; allowed: "
                + Arrays.stream(values()).map(EigenvalueSelection::code).collect(Collectors.joining(", ")));
    }

    /** How wanted an eigenvalue is: larger first. */
    double key(Complex lambda) {
        return switch (this) {
            case LARGEST_MODULUS -> lambda.abs();
            case LARGEST_REAL -> lambda.getReal();
            case SMALLEST_REAL -> -lambda.getReal();
            case LARGEST_IMAGINARY -> Math.abs(lambda.getImaginary());
        };
    }

    /**
     * Most wanted first, ties by {@link EigenvalueOrder#DECREASING}. Compares with {@code <}, so
     * {@code -0.0} and {@code 0.0} are equal.
     */
    Comparator<Complex> order() {
        return (a, b) -> {
            double ka = key(a);
            double kb = key(b);
            return ka > kb ? -1 : ka < kb ? 1 : EigenvalueOrder.DECREASING.compare(a, b);
        };
    }
}
