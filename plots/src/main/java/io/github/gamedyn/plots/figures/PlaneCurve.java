package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryPoint;
import java.util.Arrays;

/**
 * Points in a {@link Plane}, in order: a trajectory, a ride, a set of marked points.
 *
 * @param label the name in legends and CSV
 * @param s the s coordinates
 * @param t the t coordinates, as many
 */
public record PlaneCurve(String label, double[] s, double[] t) {
    /** Checks the lengths and copies. */
    public PlaneCurve {
        if (s.length != t.length) {
            throw new IllegalArgumentException("s has " + s.length + " points, t " + t.length
                    + "; allowed: as many");
        }
        s = s.clone();
        t = t.clone();
    }

    @Override
    public double[] s() {
        return s.clone();
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    /** The number of points. */
    public int size() {
        return s.length;
    }

    /**
     * The orbit of {@code map} (a learning map on ω, e.g. gradient descent) from the plane point
     * (s₀, t₀): steps + 1 points, the first (s₀, t₀) itself, the others ω_k read in the plane.
     */
    public static PlaneCurve trajectory(String label, Plane plane, DifferentiableMap map,
                                        double s0, double t0, int steps) {
        double[] s = new double[steps + 1];
        double[] t = new double[steps + 1];
        double[] w = plane.point(s0, t0);
        double[] next = new double[w.length];
        s[0] = s0;
        t[0] = t0;
        for (int k = 1; k <= steps; k++) {
            map.apply(w, next);
            double[] swap = w;
            w = next;
            next = swap;
            double[] c = plane.coordinates(w);
            s[k] = c[0];
            t[k] = c[1];
        }
        return new PlaneCurve(label, s, t);
    }

    /** The recorded points of an optimiser's run (any optimiser of the momentum module) in the plane. */
    public static PlaneCurve of(String label, Plane plane, RunResult run) {
        double[] s = new double[run.trajectory().size()];
        double[] t = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            TrajectoryPoint p = run.trajectory().get(k);
            double[] c = plane.coordinates(p.parameters());
            s[k] = c[0];
            t[k] = c[1];
        }
        return new PlaneCurve(label, s, t);
    }

    /** Appends one row {@code (prefix..., label, s, t, blanks...)} per point to {@code table}. */
    void rows(Table table, int blanks, Object... prefix) {
        for (int k = 0; k < s.length; k++) {
            Object[] row = new Object[prefix.length + 3 + blanks];
            System.arraycopy(prefix, 0, row, 0, prefix.length);
            row[prefix.length] = label;
            row[prefix.length + 1] = s[k];
            row[prefix.length + 2] = t[k];
            for (int b = 0; b < blanks; b++) {
                row[prefix.length + 3 + b] = "";
            }
            table.row(row);
        }
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PlaneCurve other
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
        return "PlaneCurve[label=" + label + ", s=" + Arrays.toString(s) + ", t="
                + Arrays.toString(t) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {label, s, t};
    }
}
