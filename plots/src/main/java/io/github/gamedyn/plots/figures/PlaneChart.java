package io.github.gamedyn.plots.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.VectorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.VectorSeries;
import org.jfree.data.xy.VectorSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One panel over a {@link Plane}, built from layers drawn in the order they are added (later on
 * top): heat maps, arrow fields, curves and marked points, in the house style of the figures
 * (Okabe–Ito colours, viridis heat maps). A simplex plane is drawn as its triangle with the
 * actions at the corners, other planes with their axes.
 *
 * <pre>{@code
 * JFreeChart chart = new PlaneChart(plane).heatMap(ftle).curves(paths, 1, 1.6f)
 *         .chart("FTLE, α = 1");
 * }</pre>
 */
public final class PlaneChart {
    private final Plane plane;
    private final List<Consumer<XYPlot>> layers = new ArrayList<>();
    private final List<Supplier<Title>> subtitles = new ArrayList<>();
    private double[] range;
    private double tick;
    private boolean legend;

    /** An empty panel over {@code plane}'s rectangle. */
    public PlaneChart(Plane plane) {
        this.plane = plane;
        this.range = new double[] {plane.sMin(), plane.sMax(), plane.tMin(), plane.tMax()};
        this.tick = plane.sMin() == 0 && plane.sMax() == 1 && plane.tMin() == 0
                && plane.tMax() == 1 ? 0.1 : Double.NaN;
    }

    /**
     * A heat map coloured from its smallest to its largest value (diverged cells aside), with a
     * colour bar.
     */
    public PlaneChart heatMap(HeatMap map) {
        double lower = Double.isNaN(map.min()) ? 0 : map.min();
        double upper = map.max();
        return heatMap(map, lower, upper > lower ? upper : lower + 1);
    }

    /** A heat map coloured over [lower, upper] (values outside are clamped), with a colour bar. */
    public PlaneChart heatMap(HeatMap map, double lower, double upper) {
        double[] s = map.s();
        double[] t = map.t();
        double[][] xyz = new double[3][s.length * t.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < t.length; j++) {
                int k = i * t.length + j;
                xyz[0][k] = s[i];
                xyz[1][k] = t[j];
                xyz[2][k] = map.value(i, j);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(map.label(), xyz);
        double cellWidth = s.length > 1 ? s[1] - s[0] : 1;
        double cellHeight = t.length > 1 ? t[1] - t[0] : 1;
        layers.add(plot -> add(plot, data, Charts.heatMap(cellWidth, cellHeight, lower, upper)));
        subtitles.add(() -> Charts.colourBar(lower, upper, map.label()));
        return this;
    }

    /**
     * Grey arrows in the direction of each arrow of {@code field}, all drawn with length
     * {@code length} (in plane units) and centred on their cell.
     */
    public PlaneChart field(List<PhasePortrait.Arrow> field, double length) {
        VectorSeries series = new VectorSeries("one step (direction)");
        for (PhasePortrait.Arrow a : field) {
            double norm = Math.hypot(a.ds(), a.dt());
            if (norm > 0) {
                series.add(a.s() - 0.5 * length * a.ds() / norm,
                        a.t() - 0.5 * length * a.dt() / norm,
                        length * a.ds() / norm, length * a.dt() / norm);
            }
        }
        VectorSeriesCollection data = new VectorSeriesCollection();
        data.addSeries(series);
        layers.add(plot -> {
            VectorRenderer r = new VectorRenderer();
            r.setSeriesPaint(0, new Color(150, 150, 150));
            r.setSeriesStroke(0, new BasicStroke(1f));
            add(plot, data, r);
        });
        return this;
    }

    /** Lines through each curve's points, palette colours from {@code firstColour}. */
    public PlaneChart curves(List<PlaneCurve> curves, int firstColour, float width) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (PlaneCurve c : curves) {
            data.addSeries(series(c));
        }
        layers.add(plot -> add(plot, data, Charts.lineRenderer(curves.size(), firstColour, width)));
        return this;
    }

    /** The points of {@code points} as circles of the given diameter in pixels. */
    public PlaneChart points(PlaneCurve points, Color colour, double diameter, boolean filled) {
        XYSeriesCollection data = new XYSeriesCollection(series(points));
        layers.add(plot -> {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter,
                    diameter));
            r.setSeriesPaint(0, colour);
            r.setSeriesShapesFilled(0, filled);
            add(plot, data, r);
        });
        return this;
    }

    /** Shows [sMin, sMax] × [tMin, tMax] instead of the plane's rectangle, ticks every {@code tick}. */
    public PlaneChart zoom(double sMin, double sMax, double tMin, double tMax, double tick) {
        this.range = new double[] {sMin, sMax, tMin, tMax};
        this.tick = tick;
        return this;
    }

    /** Whether the chart has a legend of its series (default: none). */
    public PlaneChart legend(boolean show) {
        this.legend = show;
        return this;
    }

    private static XYSeries series(PlaneCurve c) {
        XYSeries series = new XYSeries(c.label(), false, true);
        double[] s = c.s();
        double[] t = c.t();
        for (int k = 0; k < s.length; k++) {
            series.add(s[k], t[k]);
        }
        return series;
    }

    /** Adds a dataset under the ones already there (datasets of lower index are drawn on top). */
    private static void add(XYPlot plot, XYDataset data, XYItemRenderer renderer) {
        int index = plot.getDatasetCount();
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }

    /** The chart, titled. */
    public JFreeChart chart(String title) {
        XYPlot plot = new XYPlot();
        NumberAxis x = Charts.axis(plane.sLabel());
        NumberAxis y = Charts.axis(plane.tLabel());
        x.setRange(range[0], range[1]);
        y.setRange(range[2], range[3]);
        if (!Double.isNaN(tick)) {
            x.setTickUnit(new NumberTickUnit(tick));
            y.setTickUnit(new NumberTickUnit(tick));
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        List<Consumer<XYPlot>> all = new ArrayList<>(layers);
        if (plane instanceof SimplexPlane simplex) {
            all.add(0, p -> triangle(p, simplex));
        }
        for (int k = all.size() - 1; k >= 0; k--) {
            all.get(k).accept(plot);
        }
        JFreeChart chart = new JFreeChart(title, Charts.TITLE, plot, legend);
        subtitles.forEach(bar -> chart.addSubtitle(bar.get()));
        Charts.style(chart);
        if (plane instanceof SimplexPlane) {
            x.setVisible(false);
            y.setVisible(false);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.setOutlineVisible(false);
        }
        return chart;
    }

    /** The triangle's edges and the actions at its corners. */
    private static void triangle(XYPlot plot, SimplexPlane simplex) {
        double h = SimplexPlane.HEIGHT;
        PlaneCurve edges = new PlaneCurve("simplex", new double[] {0, 1, 0.5, 0},
                new double[] {0, 0, h, 0});
        XYSeriesCollection data = new XYSeriesCollection(series(edges));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.DARK_GRAY);
        r.setSeriesStroke(0, new BasicStroke(1.2f));
        r.setSeriesVisibleInLegend(0, false);
        add(plot, data, r);
        List<String> actions = simplex.actions();
        double[][] corners = {{0, 0}, {1, 0}, {0.5, h}};
        TextAnchor[] anchors = {TextAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_CENTER};
        for (int a = 0; a < 3; a++) {
            XYTextAnnotation label = new XYTextAnnotation(actions.get(a), corners[a][0],
                    corners[a][1]);
            label.setFont(Charts.LABEL);
            label.setTextAnchor(anchors[a]);
            plot.addAnnotation(label);
        }
        plot.getDomainAxis().setRange(-0.08, 1.08);
        plot.getRangeAxis().setRange(-0.08, h + 0.08);
    }
}
