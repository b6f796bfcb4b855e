package io.github.gamedyn.core.equilibrium;

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
}
