package io.github.gamedyn.ridge.grr;

import java.util.Arrays;

/**
 * Where a branch ended: the learning map run from the bifurcation point plus ε times the branch
 * direction until \(\|\xi\|\) fell below the tolerance, the step cap, or divergence.
 *
 * @param point the last (finite) iterate ω
 * @param losses the players' losses at {@code point}
 * @param gradientNorm \(\|\xi(\omega)\|\) at {@code point}
 * @param steps learning steps taken
 * @param stop why the run stopped
 * @param features the behaviour descriptor's features at {@code point}
 * @param cluster index of the end point's cluster in {@link GrrTree#clusters()}
 */
public record EndPoint(double[] point, double[] losses, double gradientNorm, int steps, Stop stop,
                       double[] features, int cluster) {

    /** Why following a branch stopped. */
    public enum Stop {
        /** \(\|\xi\|\) reached the tolerance. */
        CONVERGED,
        /** The step cap was reached first. */
        STEP_CAP,
        /** An iterate was not finite; {@code point} is the last finite one. */
        DIVERGED
    }

    /** Copies. */
    public EndPoint {
        point = point.clone();
        losses = losses.clone();
        features = features.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EndPoint other
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
        return "EndPoint[point=" + Arrays.toString(point) + ", losses=" + Arrays.toString(losses)
                + ", gradientNorm=" + gradientNorm + ", steps=" + steps + ", stop=" + stop
                + ", features=" + Arrays.toString(features) + ", cluster=" + cluster + "]";
    }

    private Object[] componentValues() {
        return new Object[] {point, losses, gradientNorm, steps, stop, features, cluster};
    }
}
