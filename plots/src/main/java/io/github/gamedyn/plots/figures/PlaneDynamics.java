package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.List;
import org.jfree.data.xy.VectorSeries;
import org.jfree.data.xy.XYSeries;

/**
 * Gradient descent on the two-logit toy games of the GRR paper, seen in the plane of the players'
 * probabilities \((P_1, P_2) = (\sigma(\theta_1), \sigma(\theta_2))\).
 */
final class PlaneDynamics {

    /**
     * A toy game of the GRR figures with the settings its panels use.
     *
     * @param spec registry specification
     * @param title panel title
     * @param axis what the probabilities are of (cooperating, heads)
     */
    record Toy(String spec, String title, String axis) {
        Game game() {
            return GameRegistry.create(spec);
        }
    }

    static final Toy SMALL_IPD = new Toy("small-ipd", "Small IPD", "cooperate");
    static final Toy PENNIES = new Toy("matching-pennies", "Matching pennies", "play heads");
    static final Toy MIXED = new Toy("mixed-ipd-pennies", "Mixed IPD / pennies (w = 0.25)",
            "cooperate");
    static final List<Toy> TOYS = List.of(SMALL_IPD, PENNIES, MIXED);

    /** Starting probabilities of the trajectories drawn on the planes. */
    static final double[][] STARTS = {{0.2, 0.3}, {0.8, 0.7}, {0.35, 0.85}, {0.65, 0.15},
        {0.5, 0.6}, {0.55, 0.45}};

    private PlaneDynamics() {
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The GD trajectory from probabilities {@code start}, as probabilities, steps + 1 points. */
    static XYSeries trajectory(String key, GradientDescentMap map, double[] start, int steps) {
        XYSeries s = new XYSeries(key, false, true);
        double[] w = {ProbabilityGrid.logit(start[0]), ProbabilityGrid.logit(start[1])};
        double[] next = new double[2];
        s.add(start[0], start[1]);
        for (int t = 0; t < steps; t++) {
            map.apply(w, next);
            w[0] = next[0];
            w[1] = next[1];
            s.add(sigmoid(w[0]), sigmoid(w[1]));
        }
        return s;
    }

    /**
     * Arrows of one GD step \(\sigma(\theta - \alpha\xi) - \sigma(\theta)\) on an n×n grid of
     * probabilities, normalised to a common length (the direction of the flow; the CSV keeps the
     * true displacement).
     */
    static VectorSeries directionField(GradientDescentMap map, int n, double length, Table table,
                                       String panel) {
        VectorSeries field = new VectorSeries("one GD step (direction)");
        double[] next = new double[2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p1 = (i + 0.5) / n;
                double p2 = (j + 0.5) / n;
                double[] w = {ProbabilityGrid.logit(p1), ProbabilityGrid.logit(p2)};
                map.apply(w, next);
                double d1 = sigmoid(next[0]) - p1;
                double d2 = sigmoid(next[1]) - p2;
                table.row(panel, "field", p1, p2, d1, d2);
                double norm = Math.hypot(d1, d2);
                if (norm > 0) {
                    field.add(p1 - 0.5 * length * d1 / norm, p2 - 0.5 * length * d2 / norm,
                            length * d1 / norm, length * d2 / norm);
                }
            }
        }
        return field;
    }
}
