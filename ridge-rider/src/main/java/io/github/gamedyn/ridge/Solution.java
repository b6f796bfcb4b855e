package io.github.gamedyn.ridge;

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
}
