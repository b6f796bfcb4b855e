package io.github.gamedyn.plots.figures;

import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Eigenvalues in the complex plane, e.g. those of the game Jacobian Ĥ: points off the real axis
 * are rotational modes.
 *
 * <pre>{@code
 * Complex[] lambda = Spectra.defaultSolver().eigenvalues(game.jacobian(w));
 * SpectrumPlot.of("eigenvalues of Ĥ", lambda).figure("Spectrum of Ĥ").write(dir, "spectrum");
 * }</pre>
 *
 * @param label the name of the series
 * @param re the real parts
 * @param im the imaginary parts, as many
 */
public record SpectrumPlot(String label, double[] re, double[] im) {
    /** Checks the lengths and copies. */
    public SpectrumPlot {
        if (re.length != im.length) {
            throw new IllegalArgumentException("re has " + re.length + " values, im " + im.length
                    + "; allowed: as many");
        }
        re = re.clone();
        im = im.clone();
    }

    /** The eigenvalues, conjugates included. Not modified. */
    public static SpectrumPlot of(String label, Complex[] eigenvalues) {
        double[] re = new double[eigenvalues.length];
        double[] im = new double[eigenvalues.length];
        for (int k = 0; k < re.length; k++) {
            re[k] = eigenvalues[k].getReal();
            im[k] = eigenvalues[k].getImaginary();
        }
        return new SpectrumPlot(label, re, im);
    }

    @Override
    public double[] re() {
        return re.clone();
    }

    @Override
    public double[] im() {
        return im.clone();
    }

    /** How many eigenvalues have a non-zero imaginary part. */
    public int complexCount() {
        int n = 0;
        for (double x : im) {
            n += x != 0 ? 1 : 0;
        }
        return n;
    }

    /** Dots at (Re λ, Im λ). */
    public JFreeChart chart(String title) {
        return overlay(title, List.of(this));
    }

    /**
     * Several spectra in one panel, each in its own palette colour (e.g. one per seed), drawn in
     * order (later on top), with a legend when there are several.
     *
     * @throws IllegalArgumentException if {@code spectra} is empty
     */
    public static JFreeChart overlay(String title, List<SpectrumPlot> spectra) {
        if (spectra.isEmpty()) {
            throw new IllegalArgumentException("spectra is empty; allowed: at least one spectrum");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < spectra.size(); i++) {
            SpectrumPlot p = spectra.get(i);
            XYSeries points = new XYSeries(p.label(), false, true);
            for (int k = 0; k < p.re.length; k++) {
                points.add(p.re[k], p.im[k]);
            }
            data.addSeries(points);
            dots.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dots.setSeriesPaint(i, Charts.PALETTE[i % Charts.PALETTE.length]);
        }
        XYPlot plot = new XYPlot();
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainAxis(Charts.axis("Re λ"));
        plot.setRangeAxis(Charts.axis("Im λ"));
        plot.setDataset(data);
        plot.setRenderer(dots);
        return Charts.style(new JFreeChart(title, Charts.TITLE, plot, spectra.size() > 1));
    }

    /** Appends one row {@code (prefix..., re, im)} per eigenvalue. */
    public void rows(Table table, Object... prefix) {
        for (int k = 0; k < re.length; k++) {
            Object[] row = new Object[prefix.length + 2];
            System.arraycopy(prefix, 0, row, 0, prefix.length);
            row[prefix.length] = re[k];
            row[prefix.length + 1] = im[k];
            table.row(row);
        }
    }

    /** One panel titled {@code title}, its CSV {@code re, im}, ready to write. */
    public FigureResult figure(String title) {
        Table table = new Table("re", "im");
        rows(table);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("eigenvalues", Integer.toString(re.length));
        params.put("complex eigenvalues", complexCount() + " of " + re.length);
        return new FigureResult(List.of(chart(title)), 1, table, params);
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpectrumPlot other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "SpectrumPlot[label=" + label + ", re=" + Arrays.toString(re) + ", im="
                + Arrays.toString(im) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {label, re, im};
    }
}
