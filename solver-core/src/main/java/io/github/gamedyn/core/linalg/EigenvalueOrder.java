package io.github.gamedyn.core.linalg;

import java.util.Comparator;
import org.apache.commons.math3.complex.Complex;

/**
 * The order in which eigenvalues are reported: decreasing real part, then decreasing imaginary part.
 * Compares with {@code <}, so {@code -0.0} and {@code 0.0} are equal.
 */
final class EigenvalueOrder {

    static final Comparator<Complex> DECREASING = (a, b) -> {
        int byReal = compareDescending(a.getReal(), b.getReal());
        return byReal != 0 ? byReal : compareDescending(a.getImaginary(), b.getImaginary());
    };

    private EigenvalueOrder() {
    }

    private static int compareDescending(double x, double y) {
        return x > y ? -1 : (x < y ? 1 : 0);
    }
}
