package io.github.gamedyn.plots.cli;

import io.github.gamedyn.momentum.TrajectoryPoint;
import java.util.List;

/**
 * A recorded trajectory as CSV: columns {@code step, w1..wd, loss1..lossn, xi_norm, distance}
 * (losses in player order; distance to the reference fixed point, empty when there is none),
 * numbers in {@link Double#toString(double)} form, which reads back to the same bits.
 */
final class TrajectoryCsv {

    private TrajectoryCsv() {
    }

    /**
     * The CSV text.
     *
     * @param dimension d, the number of parameters
     * @param players n, the number of losses
     */
    static String write(List<TrajectoryPoint> trajectory, int dimension, int players) {
        StringBuilder sb = new StringBuilder("step");
        for (int i = 1; i <= dimension; i++) {
            sb.append(",w").append(i);
        }
        for (int i = 1; i <= players; i++) {
            sb.append(",loss").append(i);
        }
        sb.append(",xi_norm,distance\n");
        for (TrajectoryPoint p : trajectory) {
            sb.append(p.step());
            for (double x : p.parameters()) {
                sb.append(',').append(x);
            }
            for (double x : p.losses()) {
                sb.append(',').append(x);
            }
            sb.append(',').append(p.gradientNorm()).append(',');
            if (!Double.isNaN(p.distanceToTarget())) {
                sb.append(p.distanceToTarget());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
