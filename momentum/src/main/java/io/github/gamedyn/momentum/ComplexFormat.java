package io.github.gamedyn.momentum;

import io.github.gamedyn.core.spec.PlainNumbers;
import org.apache.commons.math3.complex.Complex;

/**
 * Text form of hyperparameter values: {@code 0.5}, {@code 0.8+0.3i}, {@code -0.2i} (Cartesian,
 * printed with {@link Double#toString(double)} so that parsing returns the same bits), and on
 * input also the polar form {@code 0.9@0.3927} for \(0.9e^{0.3927i}\). Every part is a
 * {@linkplain PlainNumbers plain decimal number}.
 */
final class ComplexFormat {

    private ComplexFormat() {
    }

    static String format(Complex z) {
        double re = z.getReal();
        double im = z.getImaginary();
        if (im == 0 && !Double.isNaN(re)) {
            return Double.toString(re);
        }
        String imaginary = Double.toString(Math.abs(im)) + "i";
        if (Double.isNaN(im)) {
            imaginary = "NaNi";
        }
        return re + (im < 0 ? "-" : "+") + imaginary;
    }

    static Complex parse(String name, String text) {
        String t = text.strip();
        try {
            int at = t.indexOf('@');
            if (at >= 0) {
                double modulus = PlainNumbers.real(t.substring(0, at));
                double argument = PlainNumbers.real(t.substring(at + 1));
                return new Complex(modulus * Math.cos(argument), modulus * Math.sin(argument));
            }
            if (!t.endsWith("i")) {
                return new Complex(PlainNumbers.real(t), 0);
            }
            String body = t.substring(0, t.length() - 1);
            int split = Math.max(body.lastIndexOf('+'), body.lastIndexOf('-'));
            while (split > 0 && (body.charAt(split - 1) == 'e' || body.charAt(split - 1) == 'E')) {
                split = Math.max(body.lastIndexOf('+', split - 1), body.lastIndexOf('-', split - 1));
            }
            if (split <= 0) {
                return new Complex(0, PlainNumbers.real(body));
            }
            return new Complex(PlainNumbers.real(body.substring(0, split)),
                    PlainNumbers.real(body.substring(split)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " = " + text + "; allowed: a real number, "
                    + "a+bi, or modulus@argument, in plain decimals such as 0.5, -3 or 1e-3", e);
        }
    }
}
