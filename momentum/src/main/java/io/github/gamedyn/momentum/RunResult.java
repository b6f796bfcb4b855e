package io.github.gamedyn.momentum;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a run: the recorded trajectory (finite points only), the steps taken, and why
 * it stopped early, if it did.
 *
 * @param trajectory the recorded points, in step order
 * @param steps steps that led to the last point (a step that diverged is not counted)
 * @param divergence present if the run diverged
 */
public record RunResult(List<TrajectoryPoint> trajectory, int steps,
        Optional<Divergence> divergence) {

    /** Copies the list. */
    public RunResult {
        trajectory = List.copyOf(trajectory);
    }

    /** Whether the run completed without diverging. */
    public boolean completed() {
        return divergence.isEmpty();
    }

    /** The last recorded point. */
    public TrajectoryPoint last() {
        return trajectory.get(trajectory.size() - 1);
    }
}
