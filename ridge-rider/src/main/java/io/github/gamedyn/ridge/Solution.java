package io.github.gamedyn.ridge;

import java.util.Arrays;
import java.util.List;

/**
 * A leaf of the Ridge Rider tree: a point reached by riding and then polishing with gradient
 * descent.
 *
 * @param point the solution
 * @param loss the loss there
 * @param gradientNorm \(\|\nabla L\|\) there
 * @param fingerprint the branch choices that led here, from the root
 */
public record Solution(double[] point, double loss, double gradientNorm, List<Branch> fingerprint) {
    /** Copies. */
    public Solution {
        point = point.clone();
        fingerprint = List.copyOf(fingerprint);
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Solution other
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
        return "Solution[point=" + Arrays.toString(point) + ", loss=" + loss + ", gradientNorm="
                + gradientNorm + ", fingerprint=" + fingerprint + "]";
    }

    private Object[] componentValues() {
        return new Object[] {point, loss, gradientNorm, fingerprint};
    }
}
