package io.github.gamedyn.core.spec;

import java.util.regex.Pattern;

/**
 * The one number syntax of specifications and command lines: plain decimal numbers in ASCII
 * digits, {@code [+-]digits[.digits][(e|E)[+-]digits]}, e.g. {@code 0.5}, {@code -3},
 * {@code .25}, {@code 1e-3}; integers are {@code [+-]digits}.
 *
 * <p>{@link Double#parseDouble} alone would also read {@code NaN}, {@code Infinity},
 * hexadecimal {@code 0x1p3} and the suffixes of {@code 1d} and {@code 1f}, and
 * {@link Integer#parseInt} any Unicode digit ({@code ２}, {@code ٣}): none of these is what a
 * user of a specification means, so all are refused. Failures are
 * {@link NumberFormatException}s (an {@link IllegalArgumentException}) whose message quotes the
 * text and says what is allowed; callers prefix the argument's name.
 */
public final class PlainNumbers {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private PlainNumbers() {
    }

    /** Whether {@code text} is a plain decimal number (finite or not, e.g. {@code 1e999}). */
    public static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    /**
     * A finite real number.
     *
     * @throws NumberFormatException if {@code text} is not a plain decimal number or overflows
     */
    public static double real(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("'" + text + "' is not a number; allowed: a plain "
                    + "decimal number such as 0.5, -3 or 1e-3");
        }
        double x = Double.parseDouble(text);
        if (!Double.isFinite(x)) {
            throw new NumberFormatException("'" + text + "' is not finite; allowed: a number of "
                    + "magnitude below " + Double.MAX_VALUE);
        }
        return x;
    }

    /**
     * An {@code int}.
     *
     * @throws NumberFormatException if {@code text} is not {@code [+-]digits} or out of range
     */
    public static int integer(String text) {
        long x = longInteger(text);
        if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw new NumberFormatException("'" + text + "' is out of range; allowed: "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return (int) x;
    }

    /**
     * A {@code long}.
     *
     * @throws NumberFormatException if {@code text} is not {@code [+-]digits} or out of range
     */
    public static long longInteger(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new NumberFormatException("'" + text + "' is not an integer; allowed: digits "
                    + "0-9 with an optional sign, e.g. 3 or -12");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text + "' is out of range; allowed: "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }
}
