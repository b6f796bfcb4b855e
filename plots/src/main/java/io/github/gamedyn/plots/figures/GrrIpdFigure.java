package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.StartingPoints;
import io.github.gamedyn.ridge.grr.EndPoint;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-ipd: the memory-one IPD (γ = 0.96): the per-step loss \((1-\gamma)L_1\) that player 1 ends
 * with, for naive learning, LOLA and SOS from random starts and for the end points GRR finds;
 * 2 is mutual defection, 1 mutual cooperation.
 */
final class GrrIpdFigure implements Figure {
    private static final double GAMMA = 0.96;
    private static final String[] CATEGORIES = {"naive (GD)", "LOLA", "SOS", "GRR"};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GrrIpdFigure(), args);
    }

    @Override
    public String id() {
        return "grr-ipd";
    }

    @Override
    public String title() {
        return "Full IPD: outcomes of naive learning, LOLA, SOS and GRR";
    }

    @Override
    public String caption() {
        return "Memory-one iterated prisoner's dilemma, γ = 0.96: player 1's final per-step loss"
                + " (1 − γ)L₁ (2 = mutual defection, 1 = mutual cooperation) for naive"
                + " simultaneous gradient descent, LOLA and SOS from 50 random starts θ ~ N(0, 1)"
                + " (unscaled losses, α = 1, 100 steps; naive learning also with the GRR settings),"
                + " and for every end point Generalized Ridge Rider reaches (per-step losses,"
                + " GD with α = 10, K = 20, branching at finite-time Lyapunov maxima). Points are"
                + " spread sideways within each column to show their number. GRR paper (Lorraine"
                + " et al., AAMAS 2022), the IPD result.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int starts = quick ? 8 : 50;
        Game unscaled = IteratedPrisonersDilemma.create(GAMMA, false);
        Game scaled = IteratedPrisonersDilemma.create(GAMMA, true);
        IpdBehaviour behaviour = new IpdBehaviour(GAMMA);
        Table table = new Table("method", "run", "per_step_loss_1", "per_step_loss_2");
        XYSeriesCollection data = new XYSeriesCollection();
        SplittableRandom jitter = new SplittableRandom(5);
        String[] specs = {"gd:alpha=1", "lola:alpha=1", "sos:alpha=1"};
        Map<String, String> params = new LinkedHashMap<>();
        for (int m = 0; m < specs.length; m++) {
            XYSeries s = new XYSeries(CATEGORIES[m], false, true);
            int cooperative = 0;
            for (int run = 0; run < starts; run++) {
                double[] w0 = StartingPoints.gaussian(10, 0, 1, run);
                Optimizer opt = OptimizerSpec.parse(specs[m]).create(unscaled, w0);
                for (int t = 0; t < 100; t++) {
                    opt.step();
                }
                double[] f = behaviour.describe(opt.parameters());
                cooperative += f[0] < 1.5 ? 1 : 0;
                s.add(m + jitter.nextDouble(-0.3, 0.3), f[0]);
                table.row(CATEGORIES[m], (double) run, f[0], f[1]);
            }
            params.put(CATEGORIES[m], specs[m] + " on unscaled losses, 100 steps: " + cooperative
                    + " of " + starts + " end with (1−γ)L₁ < 1.5");
            data.addSeries(s);
        }
        GrrOptions options = GrrOptions.defaults().withLearningRate(10)
                .withSearch(s -> s.withHorizon(20).withRestarts(quick ? 2 : 4)
                        .withIterations(quick ? 5 : 20).withSeed(2))
                .withBranching(b -> b.withPerturbation(1).withMaxBranches(4))
                .withFollowing(f -> f.withSteps(quick ? 500 : 3000).withTolerance(1e-4))
                .withClusterTolerance(0.1);
        GrrTree tree = new GeneralizedRidgeRider(options).run(scaled, behaviour);
        XYSeries grr = new XYSeries(CATEGORIES[3], false, true);
        int run = 0;
        for (EndPoint e : tree.endPoints()) {
            grr.add(3 + jitter.nextDouble(-0.3, 0.3), e.features()[0]);
            table.row(CATEGORIES[3], (double) run++, e.features()[0], e.features()[1]);
        }
        data.addSeries(grr);
        params.put("GRR", "per-step losses, GD α = 10, K = 20, restarts " + options.search().restarts()
                + ", ε = 1, seed 2: " + tree.endPoints().size() + " end points in "
                + tree.clusters().size() + " clusters");
        tree.clusters().forEach(c -> params.put("GRR cluster " + c.index(), c.reading() + "; "
                + c.detail()));

        XYPlot plot = new XYPlot();
        SymbolAxis x = new SymbolAxis("method", CATEGORIES);
        x.setLabelFont(Charts.LABEL);
        x.setTickLabelFont(Charts.TICK);
        x.setRange(-0.6, 3.6);
        plot.setDomainAxis(x);
        plot.setRangeAxis(Charts.axis("player 1's per-step loss (1 − γ)L₁"));
        plot.getRangeAxis().setRange(0.8, 2.2);
        plot.setDataset(data);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            dots.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            dots.setSeriesPaint(s, Charts.PALETTE[s]);
        }
        plot.setRenderer(dots);
        JFreeChart chart = Charts.style(new JFreeChart("IPD outcomes (2 = defection, 1 ="
                + " cooperation)", Charts.TITLE, plot, false));
        params.put("starts", starts + " seeded starts θ ~ N(0, 1), seeds 0.." + (starts - 1));
        return new FigureResult(List.of(chart), 1, table, params);
    }
}
