package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phase portrait of a learning map F on ω (e.g. simultaneous gradient descent
 * {@code new GradientDescentMap(game, α)}) over a {@link Plane}: at the centre (s, t) of each
 * cell of an n×n grid over the plane's rectangle, the displacement of one step read in the plane,
 * \((\Delta s, \Delta t) = c(F(\omega(s, t))) - (s, t)\) with c the plane's coordinates, and
 * trajectories from given starts.
 *
 * <pre>{@code
 * Game g = GameRegistry.create("matching-pennies");
 * PhasePortrait p = PhasePortrait.compute(Plane.probabilities(g), new GradientDescentMap(g, 1),
 *         15, new double[][] {{0.2, 0.3}, {0.8, 0.7}}, 200);
 * p.figure("Matching pennies, α = 1").write(Path.of("out"), "pennies-phase");
 * }</pre>
 *
 * @param plane the plane
 * @param cells the cells per axis of the grid of arrows
 * @param field the arrows, cell by cell (s outer, t inner), cells outside the plane left out
 * @param trajectories the trajectories, in the order of the starts
 */
public record PhasePortrait(Plane plane, int cells, List<Arrow> field,
                            List<PlaneCurve> trajectories) {

    /**
     * The displacement of one step from (s, t).
     *
     * @param s where the arrow starts
     * @param t where the arrow starts
     * @param ds the step in s
     * @param dt the step in t
     */
    public record Arrow(double s, double t, double ds, double dt) {
    }

    /** Copies the lists. */
    public PhasePortrait {
        field = List.copyOf(field);
        trajectories = List.copyOf(trajectories);
    }

    /**
     * Computes the portrait.
     *
     * @param arrows cells per axis, ≥ 1
     * @param starts plane coordinates {s, t} of each trajectory's start. Not modified.
     * @param steps steps per trajectory, ≥ 0
     */
    public static PhasePortrait compute(Plane plane, DifferentiableMap map, int arrows,
                                        double[][] starts, int steps) {
        if (arrows < 1 || steps < 0) {
            throw new IllegalArgumentException("arrows = " + arrows + ", steps = " + steps
                    + "; allowed: arrows ≥ 1, steps ≥ 0");
        }
        List<Arrow> field = new ArrayList<>();
        double[] next = new double[map.dimension()];
        double sWidth = plane.sMax() - plane.sMin();
        double tWidth = plane.tMax() - plane.tMin();
        for (int i = 0; i < arrows; i++) {
            for (int j = 0; j < arrows; j++) {
                double s = plane.sMin() + (i + 0.5) * sWidth / arrows;
                double t = plane.tMin() + (j + 0.5) * tWidth / arrows;
                if (!plane.contains(s, t)) {
                    continue;
                }
                map.apply(plane.point(s, t), next);
                double[] c = plane.coordinates(next);
                field.add(new Arrow(s, t, c[0] - s, c[1] - t));
            }
        }
        List<PlaneCurve> paths = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            paths.add(PlaneCurve.trajectory("trajectory " + (k + 1), plane, map, starts[k][0],
                    starts[k][1], steps));
        }
        return new PhasePortrait(plane, arrows, field, paths);
    }

    /**
     * The chart: grey arrows of the direction of one step, normalised to a common length (the
     * CSV keeps the true displacement), under the trajectories.
     *
     * @param arrowLength the drawn length of every arrow, in plane units
     */
    public PlaneChart chart(double arrowLength) {
        return new PlaneChart(plane).field(field, arrowLength).curves(trajectories, 0, 1.8f);
    }

    /**
     * Appends the rows {@code (prefix..., kind, s, t, ds, dt)} to {@code table}: kind "field" for
     * the arrows, then the trajectories' labels with ds, dt empty.
     */
    public void rows(Table table, Object... prefix) {
        for (Arrow a : field) {
            Object[] row = new Object[prefix.length + 5];
            System.arraycopy(prefix, 0, row, 0, prefix.length);
            row[prefix.length] = "field";
            row[prefix.length + 1] = a.s();
            row[prefix.length + 2] = a.t();
            row[prefix.length + 3] = a.ds();
            row[prefix.length + 4] = a.dt();
            table.row(row);
        }
        for (PlaneCurve c : trajectories) {
            c.rows(table, 2, prefix);
        }
    }

    /** One panel titled {@code title}, its CSV {@code kind, s, t, ds, dt}, ready to write. */
    public FigureResult figure(String title) {
        Table table = new Table("kind", "s", "t", "ds", "dt");
        rows(table);
        Map<String, String> params = new LinkedHashMap<>();
        if (!plane.sLabel().isEmpty()) {
            params.put("s", plane.sLabel());
            params.put("t", plane.tLabel());
        }
        params.put("arrow grid", cells + "×" + cells);
        params.put("trajectories", Integer.toString(trajectories.size()));
        return new FigureResult(List.of(chart(0.6 * (plane.sMax() - plane.sMin()) / cells)
                .chart(title)), 1, table, params);
    }
}
