package io.github.gamedyn.plots.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/** The house style of the figures: readable fonts, light grids, a colour-blind-safe palette. */
final class Charts {
    /** Okabe–Ito colours, distinguishable with every common colour-vision deficiency. */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233),
        new Color(0, 0, 0), new Color(240, 228, 66)};
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {
    }

    /** A line chart of every series in {@code data}, lines only, palette colours. */
    static JFreeChart lines(String title, String xLabel, String yLabel, XYDataset data) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, axis(xLabel), axis(yLabel), renderer);
        return style(new JFreeChart(title, TITLE, plot, data.getSeriesCount() > 1));
    }

    /** Lines for every series of a dataset, palette colours from {@code firstColour}. */
    static XYLineAndShapeRenderer lineRenderer(int series, int firstColour, float width) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, PALETTE[(firstColour + s) % PALETTE.length]);
            r.setSeriesStroke(s, new BasicStroke(width));
        }
        return r;
    }

    /**
     * A heat-map renderer for cells of the given size, coloured by viridis over [lower, upper],
     * and the colour bar to add to the chart with {@link JFreeChart#addSubtitle}.
     */
    static org.jfree.chart.renderer.xy.XYBlockRenderer heatMap(double cellWidth, double cellHeight,
                                                               double lower, double upper) {
        org.jfree.chart.renderer.xy.XYBlockRenderer r =
                new org.jfree.chart.renderer.xy.XYBlockRenderer();
        r.setBlockWidth(cellWidth);
        r.setBlockHeight(cellHeight);
        r.setPaintScale(new ViridisPaintScale(lower, upper));
        return r;
    }

    /** The colour bar of a heat map, on the right. */
    static org.jfree.chart.title.PaintScaleLegend colourBar(double lower, double upper,
                                                           String label) {
        NumberAxis scale = axis(label);
        scale.setRange(lower, upper);
        org.jfree.chart.title.PaintScaleLegend legend =
                new org.jfree.chart.title.PaintScaleLegend(new ViridisPaintScale(lower, upper),
                        scale);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(new org.jfree.chart.ui.RectangleInsets(8, 4, 8, 4));
        legend.setStripWidth(14);
        return legend;
    }

    /** A linear axis in the house style. */
    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /** A base-10 logarithmic axis with one tick per decade labelled plainly (0.01, 1, 1e-6). */
    static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setTickUnit(new NumberTickUnit(1));
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(new DecadeFormat());
        a.setSmallestValue(1e-300);
        return a;
    }

    /** White background, light grid, legend at the bottom. */
    static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(TITLE);
        }
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(220, 220, 220));
            p.setRangeGridlinePaint(new Color(220, 220, 220));
            p.setOutlinePaint(Color.GRAY);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /** Labels powers of ten plainly: 0.001 … 1000 as decimals, others as 1e-6, 1e9. */
    static final class DecadeFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            int k = (int) Math.round(Math.log10(number));
            if (Math.abs(number - Math.pow(10, k)) > 1e-9 * number) {
                return toAppendTo.append(String.format(java.util.Locale.ROOT, "%.3g", number));
            }
            if (k >= 0 && k <= 3) {
                return toAppendTo.append((long) Math.pow(10, k));
            }
            if (k < 0 && k >= -3) {
                return toAppendTo.append(java.math.BigDecimal.ONE.movePointLeft(-k).toPlainString());
            }
            return toAppendTo.append("1e").append(k);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
