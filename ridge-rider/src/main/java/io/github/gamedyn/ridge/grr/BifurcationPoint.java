package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.equilibrium.Classification;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;

/**
 * A node of the GRR tree: a point where learning trajectories separate, with the branches taken
 * from it.
 *
 * @param point ω
 * @param origin how it was found
 * @param lyapunovExponent the finite-time Lyapunov exponent of the learning map from ω (1/step)
 * @param gradientNorm \(\|\xi(\omega)\|\)
 * @param eigenvalues the spectrum of \(\hat H(\omega)\), decreasing real part
 * @param classification the type of the fixed point, present when ω is one
 * @param learningRateThreshold \(\alpha^*\) of {@link Classification#learningRateThreshold}, present
 *        when ω is a fixed point with an eigenvalue of positive real part
 * @param branches the branches, most unstable first
 */
public record BifurcationPoint(double[] point, Origin origin, double lyapunovExponent,
                               double gradientNorm, Complex[] eigenvalues,
                               Optional<Classification> classification,
                               Optional<Double> learningRateThreshold, List<GrrBranch> branches) {

    /** How a bifurcation point was found. */
    public enum Origin {
        /** A maximum of the Lyapunov objective, refined by Newton's method to a nearby fixed point. */
        FIXED_POINT_NEAR_MAXIMUM,
        /** A maximum of the Lyapunov objective with no acceptable fixed point nearby. */
        LYAPUNOV_MAXIMUM,
        /** An unstable fixed point at the end of a branch (recursion). */
        END_OF_BRANCH
    }

    /** Copies. */
    public BifurcationPoint {
        point = point.clone();
        eigenvalues = eigenvalues.clone();
        branches = List.copyOf(branches);
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public Complex[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Whether ω is a fixed point of the learning map. */
    public boolean isFixedPoint() {
        return classification.isPresent();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BifurcationPoint other
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
        return "BifurcationPoint[point=" + Arrays.toString(point) + ", origin=" + origin
                + ", lyapunovExponent=" + lyapunovExponent + ", gradientNorm=" + gradientNorm
                + ", eigenvalues=" + Arrays.toString(eigenvalues) + ", classification="
                + classification + ", learningRateThreshold=" + learningRateThreshold
                + ", branches=" + branches + "]";
    }

    private Object[] componentValues() {
        return new Object[] {
            point, origin, lyapunovExponent, gradientNorm, eigenvalues, classification,
            learningRateThreshold, branches};
    }
}
