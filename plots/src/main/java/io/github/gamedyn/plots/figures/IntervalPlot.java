package io.github.gamedyn.plots.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Estimates with their intervals against a parameter, one line with dots and a shaded band per
 * series: rates over seeds against a hyperparameter, e.g. the share of seeds whose GAN covers
 * every mode against arg β, with 95 % intervals.
 *
 * <pre>{@code
 * IntervalPlot plot = new IntervalPlot("arg β₁ (radians)", "modes covered")
 *         .add("complex Adam", args, mean, lower, upper);
 * plot.figure("Modes covered over 20 seeds").write(dir, "modes");
 * }</pre>
 */
public final class IntervalPlot {
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;

    private record Series(String label, double[] x, double[] estimate, double[] lower,
                          double[] upper) {
    }

    /** No series yet. */
    public IntervalPlot(String xLabel, String yLabel) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /**
     * Adds a series, drawn in the next palette colour.
     *
     * @param x the parameter values. Not modified.
     * @param estimate the estimate at each, as many. Not modified.
     * @param lower the lower ends, as many, each ≤ its estimate. Not modified.
     * @param upper the upper ends, as many, each ≥ its estimate. Not modified.
     * @throws IllegalArgumentException for arrays of different lengths or an interval that does
     *     not contain its estimate
     */
    public IntervalPlot add(String label, double[] x, double[] estimate, double[] lower,
                            double[] upper) {
        if (estimate.length != x.length || lower.length != x.length || upper.length != x.length) {
            throw new IllegalArgumentException("series " + label + ": x has " + x.length
                    + " values, estimate " + estimate.length + ", lower " + lower.length
                    + ", upper " + upper.length + "; allowed: as many of each");
        }
        for (int k = 0; k < x.length; k++) {
            if (!(lower[k] <= estimate[k] && estimate[k] <= upper[k])) {
                throw new IllegalArgumentException("series " + label + " at x = " + x[k]
                        + ": interval [" + lower[k] + ", " + upper[k] + "] around " + estimate[k]
                        + "; allowed: lower ≤ estimate ≤ upper");
            }
        }
        series.add(new Series(label, x.clone(), estimate.clone(), lower.clone(), upper.clone()));
        return this;
    }

    /** Shows [lower, upper] on the y axis instead of the range of the data. */
    public IntervalPlot yRange(double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("y range [" + lower + ", " + upper
                    + "]; allowed: lower < upper");
        }
        this.yMin = lower;
        this.yMax = upper;
        return this;
    }

    /** The chart, titled; a legend when there are several series. */
    public JFreeChart chart(String title) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int s = 0; s < series.size(); s++) {
            Series c = series.get(s);
            YIntervalSeries y = new YIntervalSeries(c.label(), false, true);
            for (int k = 0; k < c.x().length; k++) {
                y.add(c.x()[k], c.estimate()[k], c.lower()[k], c.upper()[k]);
            }
            data.addSeries(y);
            Color colour = Charts.PALETTE[s % Charts.PALETTE.length];
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        renderer.setAlpha(0.18f);
        XYPlot plot = new XYPlot(data, Charts.axis(xLabel), Charts.axis(yLabel), renderer);
        if (!Double.isNaN(yMin)) {
            plot.getRangeAxis().setRange(yMin, yMax);
        }
        return Charts.style(new JFreeChart(title, Charts.TITLE, plot, series.size() > 1));
    }

    /** Appends one row {@code (prefix..., series, x, estimate, lower, upper)} per point. */
    public void rows(Table table, Object... prefix) {
        for (Series c : series) {
            for (int k = 0; k < c.x().length; k++) {
                Object[] row = new Object[prefix.length + 5];
                System.arraycopy(prefix, 0, row, 0, prefix.length);
                row[prefix.length] = c.label();
                row[prefix.length + 1] = c.x()[k];
                row[prefix.length + 2] = c.estimate()[k];
                row[prefix.length + 3] = c.lower()[k];
                row[prefix.length + 4] = c.upper()[k];
                table.row(row);
            }
        }
    }

    /** One panel titled {@code title}, its CSV {@code series, x, estimate, lower, upper}. */
    public FigureResult figure(String title) {
        if (series.isEmpty()) {
            throw new IllegalStateException("no series to plot; add one first");
        }
        Table table = new Table("series", "x", "estimate", "lower", "upper");
        rows(table);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("x", xLabel);
        params.put("y", yLabel);
        params.put("series", Integer.toString(series.size()));
        return new FigureResult(List.of(chart(title)), 1, table, params);
    }
}
