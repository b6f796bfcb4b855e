package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.game.Game;
import java.util.Arrays;

/**
 * Start points on an affine plane, \( x_0 = c + s\,e_1 + t\,e_2 \), with \( s \) running over
 * {@code columns} equally spaced values from \( s_{\min} \) to \( s_{\max} \) (both included) and \( t \) over
 * {@code rows} values from \( t_{\min} \) to \( t_{\max} \). A single column sits at \( s_{\min} \).
 */
public final class PlaneGrid implements StartPointGrid {

    private final double[] center;
    private final double[] e1;
    private final double[] e2;
    private final double sMin;
    private final double sMax;
    private final int columns;
    private final double tMin;
    private final double tMax;
    private final int rows;

    /**
     * @param center  \( c \), copied. Not modified.
     * @param e1      \( e_1 \), same length, copied. Not modified.
     * @param e2      \( e_2 \), same length, copied. Not modified.
     * @param sMin    first \( s \)
     * @param sMax    last \( s \)
     * @param columns number of \( s \) values, \( \ge 1 \)
     * @param tMin    first \( t \)
     * @param tMax    last \( t \)
     * @param rows    number of \( t \) values, \( \ge 1 \)
     */
    public PlaneGrid(double[] center, double[] e1, double[] e2, double sMin, double sMax, int columns,
                     double tMin, double tMax, int rows) {
        if (e1.length != center.length || e2.length != center.length) {
            throw new IllegalArgumentException("e1 and e2 have lengths " + e1.length + " and " + e2.length
                    + "; allowed: the length of center, " + center.length);
        }
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("columns = " + columns + ", rows = " + rows
                    + "; allowed: columns >= 1 and rows >= 1");
        }
        this.center = center.clone();
        this.e1 = e1.clone();
        this.e2 = e2.clone();
        this.sMin = sMin;
        this.sMax = sMax;
        this.columns = columns;
        this.tMin = tMin;
        this.tMax = tMax;
        this.rows = rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int rows() {
        return rows;
    }

    /** @return \( s_i \) of column \( i \) */
    public double s(int column) {
        return coordinate(sMin, sMax, column, columns);
    }

    /** @return \( t_j \) of row \( j \) */
    public double t(int row) {
        return coordinate(tMin, tMax, row, rows);
    }

    @Override
    public double[] point(int column, int row) {
        double s = s(column);
        double t = t(row);
        double[] x = new double[center.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = center[k] + s * e1[k] + t * e2[k];
        }
        return x;
    }

    private static double coordinate(double min, double max, int index, int count) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("index = " + index + "; allowed: 0 <= index < " + count);
        }
        return count == 1 ? min : min + (max - min) * index / (count - 1);
    }

    /**
     * The numbers of a {@link PlaneGrid}, for a {@link LandscapeJob}; the arguments are those of
     * the {@linkplain PlaneGrid#PlaneGrid constructor}, checked when the grid is built.
     */
    public record Recipe(double[] center, double[] e1, double[] e2, double sMin, double sMax,
            int columns, double tMin, double tMax, int rows) implements GridRecipe {
        private static final long serialVersionUID = 1L;

        /** Checks the counts and copies the vectors. */
        public Recipe {
            new PlaneGrid(center, e1, e2, sMin, sMax, columns, tMin, tMax, rows);
            center = center.clone();
            e1 = e1.clone();
            e2 = e2.clone();
        }

        /** A copy of c. */
        @Override
        public double[] center() {
            return center.clone();
        }

        /** A copy of e₁. */
        @Override
        public double[] e1() {
            return e1.clone();
        }

        /** A copy of e₂. */
        @Override
        public double[] e2() {
            return e2.clone();
        }

        /**
         * The plane.
         *
         * @throws IllegalArgumentException if the game's dimension is not the length of c
         */
        @Override
        public PlaneGrid grid(Game game) {
            if (game.dimension() != center.length) {
                throw new IllegalArgumentException("the plane has dimension " + center.length
                        + "; allowed: the dimension of game " + game.name() + ", "
                        + game.dimension());
            }
            return new PlaneGrid(center, e1, e2, sMin, sMax, columns, tMin, tMax, rows);
        }

        /** Equal when every component is equal, arrays by their contents. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Recipe other
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
            return "Recipe[center=" + Arrays.toString(center) + ", e1=" + Arrays.toString(e1)
                    + ", e2=" + Arrays.toString(e2) + ", sMin=" + sMin + ", sMax=" + sMax
                    + ", columns=" + columns + ", tMin=" + tMin + ", tMax=" + tMax + ", rows="
                    + rows + "]";
        }

        private Object[] componentValues() {
            return new Object[] {center, e1, e2, sMin, sMax, columns, tMin, tMax, rows};
        }
    }
}
