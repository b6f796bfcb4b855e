package io.github.gamedyn.plots.figures;

import io.github.gamedyn.ridge.grr.EndPoint;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.zoo.ModeCoverage;
import io.github.gamedyn.zoo.SmallGan;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-gan: Generalized Ridge Rider on a small GAN (ring of 8 Gaussians): which modes the generator
 * of each branch's end point covers.
 */
final class GrrGanFigure implements Figure {

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GrrGanFigure(), args);
    }

    @Override
    public String id() {
        return "grr-gan";
    }

    @Override
    public String title() {
        return "GRR on a small GAN: modes covered per branch";
    }

    @Override
    public String caption() {
        return "Generalized Ridge Rider on a small GAN (MLPs of width 4, fixed batch of 64, ring of"
                + " 8 Gaussians): each column is the end point of one branch (gradient descent"
                + " α = 0.1 after a step of 0.5 along an eigenvector direction of Ĥ at a"
                + " bifurcation point), each filled square a mode its generator covers (≥ 1 % of"
                + " 1000 samples within 3σ of the centre). Different branches reach different"
                + " mode sets. GRR paper (Lorraine et al., AAMAS 2022), the GAN experiment.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        SmallGan gan = SmallGan.builder().generatorWidth(4).discriminatorWidth(4).batch(64)
                .build();
        GrrOptions options = GrrOptions.defaults().withLearningRate(0.1)
                .withSearch(s -> s.withHorizon(20).withRestarts(2).withIterations(quick ? 2 : 10)
                        .withStartScale(0.5))
                .withBranching(b -> b.withPerturbation(0.5).withMaxBranches(quick ? 2 : 8))
                .withFollowing(f -> f.withSteps(quick ? 200 : 2000));
        GrrTree tree = new GeneralizedRidgeRider(options).run(gan.game(),
                new ModeCoverage(gan, 1000, 7));
        XYSeries covered = new XYSeries("covered", false, true);
        Table table = new Table("branch", "mode", "covered");
        List<EndPoint> ends = tree.endPoints();
        for (int b = 0; b < ends.size(); b++) {
            double[] f = ends.get(b).features();
            for (int k = 0; k < f.length; k++) {
                if (f[k] > 0.5) {
                    covered.add(b + 1, k);
                }
                table.row((double) (b + 1), (double) k, f[k]);
            }
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("branch (end point)"));
        plot.setRangeAxis(Charts.axis("mode of the ring"));
        plot.getDomainAxis().setRange(0.4, ends.size() + 0.6);
        plot.getRangeAxis().setRange(-0.6, 7.6);
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setStandardTickUnits(
                org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setStandardTickUnits(
                org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        plot.setDataset(new XYSeriesCollection(covered));
        XYLineAndShapeRenderer squares = new XYLineAndShapeRenderer(false, true);
        squares.setSeriesShape(0, new Rectangle2D.Double(-9, -9, 18, 18));
        squares.setSeriesPaint(0, Charts.PALETTE[0]);
        plot.setRenderer(squares);
        JFreeChart chart = Charts.style(new JFreeChart("Modes covered by each GRR branch",
                Charts.TITLE, plot, false));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", "width 4, batch 64, ring of 8, fixed batch, seed 0");
        params.put("grr", "GD α = 0.1, K = 20, 2 restarts, ε = 0.5, start scale 0.5, "
                + options.following().steps() + " following steps");
        params.put("end points", Integer.toString(ends.size()));
        tree.clusters().forEach(c -> params.put("cluster " + c.index(), c.reading() + " ("
                + c.members().size() + " branches)"));
        return new FigureResult(List.of(chart), 1, table, params);
    }
}
