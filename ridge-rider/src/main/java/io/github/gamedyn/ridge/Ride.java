package io.github.gamedyn.ridge;

import java.util.List;

/**
 * One ride along a ridge.
 *
 * @param fingerprint the branch choices from the root to the start of this ride, this ride's last
 * @param path the points visited, start first
 * @param end why the ride ended
 */
public record Ride(List<Branch> fingerprint, List<double[]> path, End end) {

    /** Why a ride ended. */
    public enum End {
        /** The curvature along the tracked eigenvector became non-negative: the ridge ended. */
        CURVATURE,
        /** A step did not decrease the loss. */
        LOSS_STOPPED_FALLING,
        /** The step cap was reached. */
        STEP_CAP
    }

    /** Copies. */
    public Ride {
        fingerprint = List.copyOf(fingerprint);
        path = List.copyOf(path);
    }

    /** The last point. */
    public double[] endPoint() {
        return path.get(path.size() - 1).clone();
    }
}
