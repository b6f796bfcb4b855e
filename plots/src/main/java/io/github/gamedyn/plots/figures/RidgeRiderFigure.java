package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.ridge.Ride;
import io.github.gamedyn.ridge.RidgeRider;
import io.github.gamedyn.ridge.RidgeRiderToy;
import io.github.gamedyn.ridge.Solution;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * rr-toy: Ridge Rider on the 2-D surface \(L = (x^2 + 2y^2 - 1)^2 + 10x^2y^2\) of
 * {@link RidgeRiderToy}: from the maximum at the origin, four rides along \(\pm\) the two
 * negative-curvature eigenvectors, each polished into one of the four minima.
 */
final class RidgeRiderFigure implements Figure {
    private static final double EXTENT = 1.5;

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new RidgeRiderFigure(), args);
    }

    @Override
    public String id() {
        return "rr-toy";
    }

    @Override
    public String title() {
        return "Ridge Rider on a 2-D loss surface";
    }

    @Override
    public String caption() {
        return "Ridge Rider on L(x, y) = (x² + 2y² − 1)² + 10x²y², coloured by log₁₀(1 + L): from"
                + " the maximum at the origin (Hessian diag(−4, −8)) it branches along ± both"
                + " negative-curvature eigenvectors; each ride (thick line) follows its eigenvector"
                + " until the curvature along it turns non-negative, then gradient descent polishes"
                + " it (thin line) into a minimum (dots): four rides, four distinct minima."
                + " Ridge Rider paper (Parker-Holder et al., NeurIPS 2020), the 2-D illustration.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Game loss = RidgeRiderToy.create();
        RidgeRider.Options options = RidgeRider.Options.defaults();
        RidgeRider.Result result = new RidgeRider(options).run(loss, new double[] {0, 0});
        Table table = new Table("kind", "index", "x", "y", "value");

        int cells = quick ? 40 : 150;
        double step = 2 * EXTENT / (cells - 1);
        double[][] xyz = new double[3][cells * cells];
        double upper = 0;
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < cells; j++) {
                int k = i * cells + j;
                xyz[0][k] = -EXTENT + i * step;
                xyz[1][k] = -EXTENT + j * step;
                xyz[2][k] = Math.log10(1 + loss.losses(new double[] {xyz[0][k], xyz[1][k]})[0]);
                upper = Math.max(upper, xyz[2][k]);
                table.row("surface", "", xyz[0][k], xyz[1][k], xyz[2][k]);
            }
        }
        DefaultXYZDataset surface = new DefaultXYZDataset();
        surface.addSeries("log10(1 + L)", xyz);

        XYSeriesCollection rides = new XYSeriesCollection();
        for (int r = 0; r < result.rides().size(); r++) {
            Ride ride = result.rides().get(r);
            XYSeries s = new XYSeries("ride " + ride.fingerprint(), false, true);
            for (double[] p : ride.path()) {
                s.add(p[0], p[1]);
                table.row("ride", ride.fingerprint().toString(), p[0], p[1], "");
            }
            rides.addSeries(s);
        }
        XYSeriesCollection polish = new XYSeriesCollection();
        XYSeries minima = new XYSeries("solutions", false, true);
        for (int r = 0; r < result.solutions().size(); r++) {
            Solution sol = result.solutions().get(r);
            double[] end = result.rides().get(r).endPoint();
            XYSeries s = new XYSeries("polish " + sol.fingerprint(), false, true);
            s.add(end[0], end[1]);
            s.add(sol.point()[0], sol.point()[1]);
            polish.addSeries(s);
            minima.add(sol.point()[0], sol.point()[1]);
            table.row("solution", sol.fingerprint().toString(), sol.point()[0], sol.point()[1],
                    sol.loss());
        }
        XYSeriesCollection dots = new XYSeriesCollection(minima);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("x"));
        plot.setRangeAxis(Charts.axis("y"));
        plot.getDomainAxis().setRange(-EXTENT, EXTENT);
        plot.getRangeAxis().setRange(-EXTENT, EXTENT);
        plot.setDataset(0, dots);
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        dot.setSeriesPaint(0, java.awt.Color.WHITE);
        plot.setRenderer(0, dot);
        plot.setDataset(1, rides);
        plot.setRenderer(1, Charts.lineRenderer(rides.getSeriesCount(), 1, 4f));
        plot.setDataset(2, polish);
        plot.setRenderer(2, Charts.lineRenderer(polish.getSeriesCount(), 1, 1.5f));
        plot.setDataset(3, surface);
        plot.setRenderer(3, Charts.heatMap(step, step, 0, upper));
        JFreeChart chart = new JFreeChart("Ridge Rider from the maximum", Charts.TITLE, plot, true);
        chart.addSubtitle(Charts.colourBar(0, upper, "log₁₀(1 + L)"));
        Charts.style(chart);
        chart.getLegend().setVisible(false);

        Map<String, String> params = new LinkedHashMap<>();
        params.put("loss", "(x² + 2y² − 1)² + 10x²y²");
        params.put("start", "(0, 0), the maximum");
        params.put("ride step α", Double.toString(options.stepSize()));
        params.put("rides", Integer.toString(result.rides().size()));
        params.put("solutions", Integer.toString(result.solutions().size()));
        params.put("grid", cells + "×" + cells);
        return new FigureResult(List.of(chart), 1, table, params);
    }
}
