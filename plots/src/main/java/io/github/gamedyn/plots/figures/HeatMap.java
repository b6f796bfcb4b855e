package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.lyapunov.Landscape;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * Values of a function of ω over a grid of a {@link Plane}, e.g. the finite-time Lyapunov
 * exponent of a learning map ({@link #ftle}), whose ridges are the separatrices and unstable
 * fixed points GRR looks for, or a loss surface ({@link #of}).
 *
 * <pre>{@code
 * Game g = GameRegistry.create("small-ipd");
 * double[] p = Plane.range(0.02, 0.98, 60);
 * HeatMap ftle = HeatMap.ftle(Plane.probabilities(g), new GradientDescentMap(g, 10), 20, p, p);
 * ftle.figure("Small IPD, α = 10, K = 20").write(Path.of("out"), "ipd-ftle");
 * }</pre>
 *
 * @param plane the plane
 * @param label what the values are, for the colour bar
 * @param s the s of each column
 * @param t the t of each row
 * @param values {@code values[i][j]} at {@code (s[i], t[j])}; NaN where the run from that cell
 *     diverged (drawn in the colour of the lower bound, written as an empty CSV cell)
 */
public record HeatMap(Plane plane, String label, double[] s, double[] t, double[][] values) {

    /** Checks the shape and copies. */
    public HeatMap {
        if (s.length == 0 || t.length == 0) {
            throw new IllegalArgumentException("s has " + s.length + " values, t " + t.length
                    + "; allowed: at least one each");
        }
        if (values.length != s.length) {
            throw new IllegalArgumentException("values has " + values.length + " columns; s has "
                    + s.length + " values");
        }
        double[][] copy = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            if (values[i].length != t.length) {
                throw new IllegalArgumentException("values[" + i + "] has " + values[i].length
                        + " rows; t has " + t.length + " values");
            }
            copy[i] = values[i].clone();
        }
        s = s.clone();
        t = t.clone();
        values = copy;
    }

    /**
     * The finite-time Lyapunov exponent of {@code map} from each cell ({@link FtleLandscape}).
     *
     * @param map a learning map on ω, e.g. {@code new GradientDescentMap(game, α)}
     * @param horizon K ≥ 1
     * @param s the s values. Not modified.
     * @param t the t values. Not modified.
     */
    public static HeatMap ftle(Plane plane, DifferentiableMap map, int horizon, double[] s,
                               double[] t) {
        return of(plane, "FTLE", s, t, FtleLandscape.evaluate(map, plane.grid(s, t), horizon));
    }

    /**
     * {@code f(ω(s[i], t[j]))} in every cell, on all processors.
     *
     * @param f called concurrently, so it must be safe for that, and deterministic
     */
    public static HeatMap compute(Plane plane, String label, double[] s, double[] t,
                                  ToDoubleFunction<double[]> f) {
        return of(plane, label, s, t, Landscape.evaluate(plane.grid(s, t), f,
                Runtime.getRuntime().availableProcessors()));
    }

    private static HeatMap of(Plane plane, String label, double[] s, double[] t, Landscape l) {
        double[][] v = new double[s.length][t.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < t.length; j++) {
                v[i][j] = l.value(i, j);
            }
        }
        return new HeatMap(plane, label, s, t, v);
    }

    @Override
    public double[] s() {
        return s.clone();
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    /** The value at {@code (s[i], t[j])}. */
    public double value(int i, int j) {
        return values[i][j];
    }

    /** The smallest value that is not NaN (a diverged cell), NaN if every cell diverged. */
    public double min() {
        return finite().min().orElse(Double.NaN);
    }

    /** The largest value that is not NaN, NaN if every cell diverged. */
    public double max() {
        return finite().max().orElse(Double.NaN);
    }

    private DoubleStream finite() {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v));
    }

    /** Appends one row {@code (prefix..., s, t, value)} per cell, s outer, t inner. */
    public void rows(Table table, Object... prefix) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < t.length; j++) {
                Object[] row = new Object[prefix.length + 3];
                System.arraycopy(prefix, 0, row, 0, prefix.length);
                row[prefix.length] = s[i];
                row[prefix.length + 1] = t[j];
                row[prefix.length + 2] = values[i][j];
                table.row(row);
            }
        }
    }

    /** The heat map over its plane, as a chart to add layers to. */
    public PlaneChart chart() {
        return new PlaneChart(plane).heatMap(this);
    }

    /** One panel titled {@code title}, its CSV {@code s, t, value}, ready to write. */
    public FigureResult figure(String title) {
        Table table = new Table("s", "t", "value");
        rows(table);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("s", plane.sLabel());
        params.put("t", plane.tLabel());
        params.put("value", label);
        params.put("grid", s.length + "×" + t.length);
        return new FigureResult(List.of(chart().chart(title)), 1, table, params);
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HeatMap other
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
        return "HeatMap[plane=" + plane + ", label=" + label + ", s=" + Arrays.toString(s)
                + ", t=" + Arrays.toString(t) + ", values=" + Arrays.deepToString(values) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {plane, label, s, t, values};
    }
}
