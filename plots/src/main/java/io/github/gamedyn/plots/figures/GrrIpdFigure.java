package io.github.gamedyn.plots.figures;

import io.github.gamedyn.ridge.grr.IpdOutcomes;
import io.github.gamedyn.ridge.grr.OutcomeExperiment;
import io.github.gamedyn.ridge.grr.Share;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * grr-ipd: the full memory-one IPD (γ = 0.96, unscaled losses): what naive learning, LookAhead,
 * LOLA and SOS from random starts and GRR followed by GD, LOLA and SOS end in, by named strategy
 * pair ({@link IpdOutcomes}, at {@link IpdOutcomes.Scale#FIGURE}, or {@code QUICK} for smoke
 * runs). Left: the composition of the end points; right: the rates of reaching mutual defection,
 * tit-for-tat and grim trigger with their 95 % Wilson intervals.
 */
final class GrrIpdFigure implements Figure {
    private static final IpdOutcomes.Scale FIGURE = IpdOutcomes.Scale.FIGURE;
    private static final IpdOutcomes.Scale QUICK = IpdOutcomes.Scale.QUICK;
    private static final IpdOutcomes.Scale FULL = IpdOutcomes.Scale.FULL;
    private static final List<String> RATES = List.of("ALLD–ALLD", "TFT–TFT", "GRIM–GRIM");
    private static final Color OTHER = new Color(190, 190, 190);

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
        return "Full IPD: strategy pairs reached by naive learning, LookAhead, LOLA, SOS and GRR";
    }

    @Override
    public String caption() {
        return "Memory-one iterated prisoner's dilemma, γ = 0.96, unscaled losses. Every end point"
                + " is named by its players' nearest strategies (ALLC, ALLD, TFT, GRIM, WSLS, or"
                + " other), from each policy's response to ALLC, ALLD, TFT, GRIM and itself with"
                + " trembling hands (e = 0.05). Left: share of runs (random starts θ₀ ~ N(0, 1),"
                + " α = 1, " + FIGURE.steps() + " steps) or of GRR's end points (search on the FTLE"
                + " of GD with α = 0.4, K = 20, 4 restarts, 4 branches, ε = 1; branches followed"
                + " with α = 1 for " + FIGURE.steps() + " steps) in each pair. Right: share of runs,"
                + " or of GRR seeds whose tree reaches the pair, with 95 % Wilson intervals. Reduced"
                + " scale: " + FIGURE.starts() + " starts and " + FIGURE.seeds() + " GRR seeds per"
                + " method (--quick: " + QUICK.starts() + " starts, " + QUICK.seeds() + " seed, "
                + QUICK.steps() + " steps); the README's table has " + FULL.starts() + " starts and "
                + FULL.seeds() + " seeds, and the attempts to find reciprocity. GRR paper (Lorraine"
                + " et al., AAMAS 2022), the IPD result.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        IpdOutcomes.Scale scale = quick ? QUICK : FIGURE;
        List<OutcomeExperiment.Result> results = IpdOutcomes.run(IpdOutcomes.methods(scale),
                Runtime.getRuntime().availableProcessors());
        List<String> columns = new ArrayList<>(IpdOutcomes.COLUMNS);
        columns.add(IpdOutcomes.OTHER_PAIRS);
        Table table = new Table("method", "pair", "end_points", "share_of_end_points", "cells",
                "cells_reaching", "share_of_cells", "wilson_lower", "wilson_upper");
        Map<String, String> params = new LinkedHashMap<>();
        DefaultCategoryDataset composition = new DefaultCategoryDataset();
        YIntervalSeriesCollection rates = new YIntervalSeriesCollection();
        List<YIntervalSeries> series = new ArrayList<>();
        for (String pair : RATES) {
            YIntervalSeries s = new YIntervalSeries(pair, false, true);
            series.add(s);
            rates.addSeries(s);
        }
        String[] names = new String[results.size()];
        for (int m = 0; m < results.size(); m++) {
            OutcomeExperiment.Result r = results.get(m);
            names[m] = r.method().name();
            for (String c : columns) {
                Share ends = IpdOutcomes.endPointShare(r, c);
                Share cells = IpdOutcomes.cellShare(r, c);
                composition.addValue(ends.estimate(), c, names[m]);
                table.row(names[m], c, (double) ends.trials(), ends.estimate(),
                        (double) cells.trials(), (double) cells.count(), cells.estimate(),
                        cells.lower(), cells.upper());
                int k = RATES.indexOf(c);
                if (k >= 0) {
                    series.get(k).add(m + 0.2 * (k - 1), cells.estimate(), cells.lower(),
                            cells.upper());
                }
            }
            params.put(names[m], r.method().dynamics() + "; " + r.endPoints() + " end points, "
                    + IpdOutcomes.distinctPairs(r, Integer.MAX_VALUE) + " distinct pairs, "
                    + r.clusters() + " behaviour clusters (tolerance "
                    + IpdOutcomes.CLUSTER_TOLERANCE + ")");
        }
        params.put("game", IpdOutcomes.game().name() + ", unscaled; pairs named by "
                + IpdOutcomes.game().behaviour().name());
        params.put("scale", scale.name().toLowerCase(Locale.ROOT) + ": "
                + scale.starts() + " starts, " + scale.seeds() + " GRR seeds, " + scale.steps()
                + " steps");
        return new FigureResult(List.of(composition(composition, columns), rates(rates, names)), 2,
                table, params);
    }

    private static JFreeChart composition(DefaultCategoryDataset data, List<String> columns) {
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int c = 0; c < columns.size(); c++) {
            bars.setSeriesPaint(c, c < IpdOutcomes.COLUMNS.size() ? Charts.PALETTE[c] : OTHER);
        }
        CategoryAxis methods = new CategoryAxis(null);
        methods.setTickLabelFont(Charts.TICK);
        NumberAxis share = new NumberAxis("share of runs / of GRR's end points");
        share.setLabelFont(Charts.LABEL);
        share.setTickLabelFont(Charts.TICK);
        share.setRange(0, 1.04);
        CategoryPlot plot = new CategoryPlot(data, methods, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        return Charts.style(new JFreeChart("Strategy pairs reached", Charts.TITLE, plot, true));
    }

    private static JFreeChart rates(YIntervalSeriesCollection data, String[] names) {
        XYErrorRenderer dots = new XYErrorRenderer();
        dots.setDefaultLinesVisible(false);
        dots.setErrorStroke(new BasicStroke(1.5f));
        for (int s = 0; s < data.getSeriesCount(); s++) {
            dots.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            dots.setSeriesPaint(s, Charts.PALETTE[s]);
        }
        SymbolAxis methods = new SymbolAxis(null, names);
        methods.setTickLabelFont(Charts.TICK);
        methods.setRange(-0.6, names.length - 0.4);
        methods.setInverted(true);
        XYPlot plot = new XYPlot(data, methods, Charts.axis("share of runs / of GRR seeds reaching it"),
                dots);
        plot.getRangeAxis().setRange(-0.02, 1.04);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return Charts.style(new JFreeChart("Rates with 95 % intervals", Charts.TITLE, plot, true));
    }
}
