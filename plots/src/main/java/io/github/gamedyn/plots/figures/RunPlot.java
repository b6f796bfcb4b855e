package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryPoint;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Runs of optimisers on one game side by side (any {@link RunResult}, e.g. of
 * {@code TrajectoryRecorder.run}): each player's loss, \(\lVert\xi\rVert\) and the distance to the
 * run's target per step, and the trajectories in a {@link Plane}.
 *
 * <pre>{@code
 * RunPlot plot = new RunPlot(dirac)
 *         .add("GD", new TrajectoryRecorder(1).run(gd.create(dirac, w0), 500, new double[2]))
 *         .add("complex momentum", new TrajectoryRecorder(1).run(cm.create(dirac, w0), 500,
 *                 new double[2]));
 * plot.figure("Dirac GAN", Plane.coordinates(new double[2], 0, 1, -2, 2, -2, 2))
 *         .write(dir, "dirac-runs");
 * }</pre>
 */
public final class RunPlot {
    private final Game game;
    private final List<String> labels = new ArrayList<>();
    private final List<RunResult> runs = new ArrayList<>();

    /** No runs yet, of {@code game} (whose players name the loss curves). */
    public RunPlot(Game game) {
        this.game = game;
    }

    /** Adds a run, drawn in the next palette colour. */
    public RunPlot add(String label, RunResult run) {
        labels.add(label);
        runs.add(run);
        return this;
    }

    /** Each player's loss per recorded step, one line per run and player. */
    public JFreeChart losses(String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int r = 0; r < runs.size(); r++) {
            for (int i = 0; i < game.players().size(); i++) {
                int player = i;
                data.addSeries(series(r, "L(" + game.player(i).name() + ")",
                        p -> p.losses()[player]));
            }
        }
        return Charts.lines(title, "step", "loss", data);
    }

    /** \(\lVert\xi\rVert\) per recorded step, log scale. */
    public JFreeChart gradientNorms(String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int r = 0; r < runs.size(); r++) {
            data.addSeries(series(r, "", p -> Math.max(p.gradientNorm(), 1e-300)));
        }
        JFreeChart chart = Charts.lines(title, "step", "‖ξ‖", data);
        chart.getXYPlot().setRangeAxis(Charts.logAxis("‖ξ‖ (log scale)"));
        return chart;
    }

    /** The distance to each run's target per recorded step, log scale (runs with a target). */
    public JFreeChart distances(String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int r = 0; r < runs.size(); r++) {
            if (hasTarget(r)) {
                data.addSeries(series(r, "", p -> Math.max(p.distanceToTarget(), 1e-300)));
            }
        }
        if (data.getSeriesCount() == 0) {
            throw new IllegalArgumentException("no run has a target; allowed: runs recorded with "
                    + "a target point");
        }
        JFreeChart chart = Charts.lines(title, "step", "‖ω − ω*‖", data);
        chart.getXYPlot().setRangeAxis(Charts.logAxis("‖ω − ω*‖ (log scale)"));
        return chart;
    }

    /** The trajectories in {@code plane}, each start marked by a dot of its colour. */
    public JFreeChart trajectories(Plane plane, String title) {
        List<PlaneCurve> curves = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            curves.add(PlaneCurve.of(labels.get(r), plane, runs.get(r)));
        }
        PlaneChart chart = new PlaneChart(plane).curves(curves, 0, 1.6f).legend(runs.size() > 1);
        PlaneCurve first = curves.isEmpty() ? null : curves.get(0);
        if (first != null && first.size() > 0) {
            chart.points(new PlaneCurve("start", new double[] {first.s()[0]},
                    new double[] {first.t()[0]}), Color.BLACK, 8, true);
        }
        return chart.chart(title);
    }

    private boolean hasTarget(int r) {
        return runs.get(r).trajectory().stream().anyMatch(p -> !Double.isNaN(p.distanceToTarget()));
    }

    private XYSeries series(int r, String what, ToDoubleFunction<TrajectoryPoint> y) {
        String key = what.isEmpty() ? labels.get(r) : runs.size() == 1 ? what
                : labels.get(r) + ": " + what;
        XYSeries s = new XYSeries(key, false, true);
        for (TrajectoryPoint p : runs.get(r).trajectory()) {
            s.add(p.step(), y.applyAsDouble(p));
        }
        return s;
    }

    /**
     * Appends one row {@code (prefix..., run, step, w1..wd, loss1..lossn, xi_norm, distance)}
     * per recorded point; the distance is empty for a run without target.
     */
    public void rows(Table table, Object... prefix) {
        int d = game.dimension();
        int n = game.players().size();
        for (int r = 0; r < runs.size(); r++) {
            for (TrajectoryPoint p : runs.get(r).trajectory()) {
                Object[] row = new Object[prefix.length + 4 + d + n];
                System.arraycopy(prefix, 0, row, 0, prefix.length);
                int k = prefix.length;
                row[k++] = labels.get(r);
                row[k++] = p.step();
                for (double x : p.parameters()) {
                    row[k++] = x;
                }
                for (double x : p.losses()) {
                    row[k++] = x;
                }
                row[k++] = p.gradientNorm();
                row[k] = Double.isNaN(p.distanceToTarget()) ? "" : p.distanceToTarget();
                table.row(row);
            }
        }
    }

    /** The columns of {@link #rows} without prefix. */
    private String[] columns() {
        List<String> c = new ArrayList<>(List.of("run", "step"));
        for (int k = 1; k <= game.dimension(); k++) {
            c.add("w" + k);
        }
        for (int k = 1; k <= game.players().size(); k++) {
            c.add("loss" + k);
        }
        c.add("xi_norm");
        c.add("distance");
        return c.toArray(String[]::new);
    }

    /** Losses, ‖ξ‖ and, when a run has a target, the distance to it: one row of panels. */
    public FigureResult figure(String title) {
        return figure(title, null);
    }

    /**
     * As {@link #figure(String)}, with the trajectories in {@code plane} as a further panel.
     *
     * @param plane the plane of the trajectories, or {@code null} for none
     */
    public FigureResult figure(String title, Plane plane) {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs to plot; add one first");
        }
        List<JFreeChart> panels = new ArrayList<>();
        if (plane != null) {
            panels.add(trajectories(plane, title + ": trajectories"));
        }
        panels.add(losses(title + ": losses"));
        panels.add(gradientNorms(title + ": ‖ξ‖"));
        if (IntStream.range(0, runs.size()).anyMatch(this::hasTarget)) {
            panels.add(distances(title + ": distance to the target"));
        }
        Table table = new Table(columns());
        rows(table);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("game", game.name());
        for (int r = 0; r < runs.size(); r++) {
            params.put("run " + (r + 1), labels.get(r) + ", " + runs.get(r).steps() + " steps"
                    + (runs.get(r).completed() ? "" : ", diverged"));
        }
        return new FigureResult(panels, Math.min(panels.size(), 2), table, params);
    }
}
