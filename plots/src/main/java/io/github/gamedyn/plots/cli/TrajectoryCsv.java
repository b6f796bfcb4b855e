package io.github.gamedyn.plots.cli;

import io.github.gamedyn.momentum.TrajectoryPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A recorded trajectory as CSV, streamed row by row while the run goes on: columns
 * {@code step, w1..wd, loss1..lossn, xi_norm, distance} (losses in player order; distance to the
 * reference fixed point, empty when there is none), numbers in {@link Double#toString(double)}
 * form, which reads back to the same bits. The recorder only records finite points.
 */
final class TrajectoryCsv {
    private final Writer out;

    /**
     * Writes the header.
     *
     * @param out where the rows go. Modified.
     * @param dimension d, the number of parameters
     * @param players n, the number of losses
     */
    TrajectoryCsv(Writer out, int dimension, int players) throws IOException {
        this.out = out;
        StringBuilder sb = new StringBuilder("step");
        for (int i = 1; i <= dimension; i++) {
            sb.append(",w").append(i);
        }
        for (int i = 1; i <= players; i++) {
            sb.append(",loss").append(i);
        }
        out.write(sb.append(",xi_norm,distance\n").toString());
    }

    /**
     * Writes one row; unchecked, so that it can be the recorder's sink.
     *
     * @throws UncheckedIOException if the row cannot be written
     */
    void row(TrajectoryPoint p) {
        StringBuilder sb = new StringBuilder().append(p.step());
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
        try {
            out.write(sb.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
