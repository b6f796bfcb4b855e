package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.VectorRenderer;
import org.jfree.data.xy.VectorSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-phase: phase portraits of simultaneous gradient descent on the small IPD, matching pennies
 * and their mixture, in the plane of the players' probabilities, at a small and a large learning
 * rate: the direction of one step at every point, and trajectories from fixed starts.
 */
final class PhasePortraitFigure implements Figure {
    /** (toy, small α, large α). */
    private static final Object[][] PANELS = {
        {PlaneDynamics.SMALL_IPD, 1.0, 20.0},
        {PlaneDynamics.PENNIES, 1.0, 8.0},
        {PlaneDynamics.MIXED, 0.6, 2.4}};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new PhasePortraitFigure(), args);
    }

    @Override
    public String id() {
        return "grr-phase";
    }

    @Override
    public String title() {
        return "Phase portraits of gradient descent on the GRR toy games";
    }

    @Override
    public String caption() {
        return "Simultaneous gradient descent θ ← θ − αξ(θ) on the small IPD, matching pennies and"
                + " the mixed game (w = 0.25), drawn in the plane of the players' probabilities"
                + " (P₁, P₂) = (σ(θ₁), σ(θ₂)): arrows give the direction of one step, lines are"
                + " trajectories from six fixed starts; left a small, right a large learning rate."
                + " On the small IPD learning goes to mutual defection or to mutual cooperation"
                + " depending on the side of the interior saddle; matching pennies cycles around"
                + " and away from its Nash point; the mixed game converges below its learning-rate"
                + " threshold α* ≈ 1.18 and cycles above it. GRR paper (Lorraine et al., AAMAS"
                + " 2022), phase portraits of the toy games.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int steps = quick ? 60 : 300;
        int arrows = quick ? 9 : 17;
        Table table = new Table("panel", "kind", "p1", "p2", "dp1", "dp2");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (Object[] row : PANELS) {
            PlaneDynamics.Toy toy = (PlaneDynamics.Toy) row[0];
            for (int k = 1; k <= 2; k++) {
                double lr = (Double) row[k];
                String panel = toy.spec() + " α=" + lr;
                params.put(toy.spec() + (k == 1 ? " small α" : " large α"), Double.toString(lr));
                panels.add(panel(toy, lr, steps, arrows, table, panel));
            }
        }
        params.put("steps per trajectory", Integer.toString(steps));
        params.put("arrow grid", arrows + "×" + arrows);
        return new FigureResult(panels, 2, table, params);
    }

    private static JFreeChart panel(PlaneDynamics.Toy toy, double lr, int steps, int arrows,
                                    Table table, String panel) {
        GradientDescentMap map = new GradientDescentMap(toy.game(), lr);
        XYPlot plot = Charts.probabilityPlane(toy.axis());
        VectorSeriesCollection field = new VectorSeriesCollection();
        field.addSeries(PlaneDynamics.directionField(map, arrows, 0.6 / arrows, table, panel));
        VectorRenderer arrowsRenderer = new VectorRenderer();
        arrowsRenderer.setSeriesPaint(0, new Color(150, 150, 150));
        arrowsRenderer.setSeriesStroke(0, new BasicStroke(1f));
        XYSeriesCollection paths = new XYSeriesCollection();
        for (int s = 0; s < PlaneDynamics.STARTS.length; s++) {
            XYSeries path = PlaneDynamics.trajectory("start " + (s + 1), map,
                    PlaneDynamics.STARTS[s], steps);
            for (int i = 0; i < path.getItemCount(); i++) {
                table.row(panel, "trajectory " + (s + 1), path.getX(i).doubleValue(),
                        path.getY(i).doubleValue(), "", "");
            }
            paths.addSeries(path);
        }
        plot.setDataset(0, paths);
        plot.setRenderer(0, Charts.lineRenderer(paths.getSeriesCount(), 0, 1.8f));
        plot.setDataset(1, field);
        plot.setRenderer(1, arrowsRenderer);
        JFreeChart chart = new JFreeChart(toy.title() + ", α = " + lr, Charts.TITLE, plot, false);
        return Charts.style(chart);
    }
}
