package io.github.gamedyn.ridge.grr;

import java.util.Arrays;
import java.util.Optional;

/**
 * One branch of the tree: a direction at a bifurcation point, the path taken, where following it
 * ended, and, when the search recursed (depth &gt; 1), the bifurcation point found at that end.
 *
 * @param direction the branch direction
 * @param path the bifurcation point, the points of the ride along the direction (the first ε
 *        along it), then the follower's iterates, simplified to within 2·10⁻⁴ of their extent
 *        (Ramer–Douglas–Peucker: every iterate lies that close to the polyline), ending with the
 *        end point
 * @param end where following it ended
 * @param child the unstable fixed point reached and branched at again, if any
 */
public record GrrBranch(BranchDirection direction, double[][] path, EndPoint end,
                        Optional<BifurcationPoint> child) {

    /** Copies. */
    public GrrBranch {
        path = copy(path);
    }

    @Override
    public double[][] path() {
        return copy(path);
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GrrBranch other
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
        return "GrrBranch[direction=" + direction + ", path=" + Arrays.deepToString(path)
                + ", end=" + end + ", child=" + child + "]";
    }

    private Object[] componentValues() {
        return new Object[] {direction, path, end, child};
    }
}
