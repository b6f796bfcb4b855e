package io.github.gamedyn.core.equilibrium;

import java.util.Arrays;

/**
 * The outcome of a fixed-point search.
 *
 * @param point the last iterate (a copy; a fixed point when {@code converged})
 * @param gradientNorm \(\|\xi\|_2\) at {@code point}
 * @param iterations Newton steps taken
 * @param converged whether \(\|\xi\|_2\) fell below the tolerance
 */
public record FixedPointResult(double[] point, double gradientNorm, int iterations,
                               boolean converged) {
    /** Defensive copy. */
    public FixedPointResult {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FixedPointResult other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "FixedPointResult[point=" + Arrays.toString(point) + ", gradientNorm="
                + gradientNorm + ", iterations=" + iterations + ", converged=" + converged + "]";
    }

    private Object[] componentValues() {
        return new Object[] {point, gradientNorm, iterations, converged};
    }
}
