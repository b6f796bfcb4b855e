package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.ridge.grr.BifurcationPoint;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrBranch;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-tree: Generalized Ridge Rider on the small IPD and the mixed game, in the probability plane:
 * the bifurcation points it finds, the gradient-descent path of every branch (started \(\varepsilon\)
 * along \(\pm v\), \(\pm\mathrm{Re}\,v\), \(\pm\mathrm{Im}\,v\)) and where each ends.
 */
final class GrrTreeFigure implements Figure {
    /** (toy, α, K). */
    private static final Object[][] PANELS = {
        {PlaneDynamics.SMALL_IPD, 10.0, 20},
        {PlaneDynamics.MIXED, 1.3, 100}};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GrrTreeFigure(), args);
    }

    @Override
    public String id() {
        return "grr-tree";
    }

    @Override
    public String title() {
        return "Generalized Ridge Rider on the small IPD and the mixed game";
    }

    @Override
    public String caption() {
        return "Generalized Ridge Rider with gradient descent in the plane of cooperation"
                + " probabilities. Black dots: bifurcation points found by maximising the"
                + " finite-time Lyapunov exponent over starting points and refining to nearby"
                + " fixed points; coloured lines: the branches, gradient descent started a small"
                + " step along ± each eigenvector of Ĥ (± Re v and ± Im v for complex pairs);"
                + " open circles: where the branches end. On the small IPD (α = 10, K = 20) the"
                + " two unstable branches of the interior saddle end in mutual defection and in"
                + " mutual cooperation; on the mixed game (α = 1.3, above its threshold α* ≈ 1.18,"
                + " K = 100) the fixed point has a complex pair and its ± Re v, ± Im v branches"
                + " spiral out. GRR paper (Lorraine et al., AAMAS"
                + " 2022), the GRR figures of the toy games.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Table table = new Table("game", "kind", "label", "p1", "p2");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (Object[] row : PANELS) {
            PlaneDynamics.Toy toy = (PlaneDynamics.Toy) row[0];
            double lr = (Double) row[1];
            int horizon = (Integer) row[2];
            GrrOptions options = GrrOptions.builder().learningRate(lr).horizon(horizon)
                    .restarts(quick ? 2 : 4).searchIterations(quick ? 10 : 30).build();
            Game game = toy.game();
            GrrTree tree = new GeneralizedRidgeRider(options).run(game);
            params.put(toy.spec(), "α = " + lr + ", K = " + horizon + ", restarts "
                    + options.restarts() + ", ε = " + options.perturbation() + ", "
                    + tree.roots().size() + " bifurcation points, " + tree.clusters().size()
                    + " clusters");
            panels.add(panel(toy, game, options, tree, quick ? 300 : 2000, table));
        }
        return new FigureResult(panels, 2, table, params);
    }

    private static JFreeChart panel(PlaneDynamics.Toy toy, Game game, GrrOptions options,
                                    GrrTree tree, int steps, Table table) {
        GradientDescentMap map = new GradientDescentMap(game, options.learningRate());
        XYSeriesCollection branches = new XYSeriesCollection();
        XYSeries points = new XYSeries("bifurcation points", false, true);
        XYSeries ends = new XYSeries("end points", false, true);
        for (BifurcationPoint b : tree.roots()) {
            double[] w = b.point();
            points.add(PlaneDynamics.sigmoid(w[0]), PlaneDynamics.sigmoid(w[1]));
            table.row(toy.spec(), "bifurcation", b.origin().toString(),
                    PlaneDynamics.sigmoid(w[0]), PlaneDynamics.sigmoid(w[1]));
            for (GrrBranch br : b.branches()) {
                double[] d = br.direction().direction();
                double[] start = {PlaneDynamics.sigmoid(w[0] + options.perturbation() * d[0]),
                    PlaneDynamics.sigmoid(w[1] + options.perturbation() * d[1])};
                XYSeries run = PlaneDynamics.trajectory("run", map, start, steps);
                XYSeries path = new XYSeries(br.direction().label() + " of "
                        + branches.getSeriesCount(), false, true);
                path.add(PlaneDynamics.sigmoid(w[0]), PlaneDynamics.sigmoid(w[1]));
                for (int i = 0; i < run.getItemCount(); i++) {
                    path.add(run.getX(i), run.getY(i));
                }
                branches.addSeries(path);
                double[] e = br.end().point();
                ends.add(PlaneDynamics.sigmoid(e[0]), PlaneDynamics.sigmoid(e[1]));
                table.row(toy.spec(), "branch end", br.direction().label(),
                        PlaneDynamics.sigmoid(e[0]), PlaneDynamics.sigmoid(e[1]));
            }
        }
        XYPlot plot = Charts.probabilityPlane(toy.axis());
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(points);
        marks.addSeries(ends);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        dots.setSeriesPaint(0, Color.BLACK);
        dots.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesShapesFilled(1, false);
        dots.setSeriesPaint(1, Color.DARK_GRAY);
        plot.setDataset(0, marks);
        plot.setRenderer(0, dots);
        plot.setDataset(1, branches);
        plot.setRenderer(1, Charts.lineRenderer(branches.getSeriesCount(), 0, 1.5f));
        JFreeChart chart = new JFreeChart(toy.title() + ": GRR branches", Charts.TITLE, plot,
                false);
        return Charts.style(chart);
    }
}
