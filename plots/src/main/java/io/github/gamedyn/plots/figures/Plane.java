package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.StartPointGrid;

/**
 * A two-dimensional view of a game's parameters ω: a map from plane coordinates (s, t) to ω, its
 * (projecting) inverse, axis labels and the rectangle drawn. Phase portraits, heat maps and
 * trajectories are drawn over a plane:
 * <ul>
 *   <li>{@link #probabilities}: the players' probabilities of their first action, for a game
 *       whose strategy map has two players with two actions each (the GRR toy games);</li>
 *   <li>{@link #simplex}: one player's three-action simplex, the others held at a point, or
 *       every player playing the same strategy (single-population dynamics);</li>
 *   <li>{@link #coordinates} and {@link #affine}: any 2-D affine plane of ω.</li>
 * </ul>
 * Implementations are immutable.
 */
public interface Plane {

    /**
     * The parameters at plane coordinates (s, t).
     *
     * @throws IllegalArgumentException if (s, t) is not a point of the plane ({@link #contains})
     */
    double[] point(double s, double t);

    /**
     * The plane coordinates {s, t} of ω: exact for points of the plane, a projection otherwise.
     *
     * @param w the parameters. Not modified.
     */
    double[] coordinates(double[] w);

    /** Whether (s, t) is a point of the plane (every point of the rectangle, unless it says). */
    default boolean contains(double s, double t) {
        return true;
    }

    /** The label of the s axis, e.g. "P₁(C)". */
    String sLabel();

    /** The label of the t axis. */
    String tLabel();

    /** The rectangle drawn: smallest s. */
    double sMin();

    /** Largest s drawn. */
    double sMax();

    /** Smallest t drawn. */
    double tMin();

    /** Largest t drawn. */
    double tMax();

    /**
     * The cells {@code (s[i], t[j])} as start points of a {@link io.github.gamedyn.core.lyapunov.Landscape}:
     * column i, row j.
     *
     * @param s the s values. Not modified.
     * @param t the t values. Not modified.
     */
    default StartPointGrid grid(double[] s, double[] t) {
        double[] sv = s.clone();
        double[] tv = t.clone();
        return new StartPointGrid() {
            @Override
            public int columns() {
                return sv.length;
            }

            @Override
            public int rows() {
                return tv.length;
            }

            @Override
            public double[] point(int column, int row) {
                return Plane.this.point(sv[column], tv[row]);
            }
        };
    }

    /**
     * {@code count} equally spaced values {@code min + i (max − min)/(count − 1)}, i = 0 … count − 1.
     *
     * @param count at least 2
     */
    static double[] range(double min, double max, int count) {
        if (count < 2 || !(min < max)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] with count = "
                    + count + "; allowed: min < max and count ≥ 2");
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = min + i * (max - min) / (count - 1);
        }
        return v;
    }

    /**
     * The plane of probabilities \((P_1, P_2)\) of each player's first action, through the game's
     * strategy map: the unit square, drawn with axes "P₁(a)", "P₂(a)" for first action a.
     *
     * @throws IllegalArgumentException naming the game if it has no strategy map, or its map
     *     does not give two players two actions each
     */
    static Plane probabilities(Game game) {
        return new ProbabilityPlane(game);
    }

    /**
     * The simplex of player {@code player}'s three actions, the other players' strategies held at
     * those of {@code reference}: s, t are Cartesian coordinates of the triangle with the actions
     * at (0, 0), (1, 0) and (½, √3/2).
     *
     * @param reference where the other players are. Not modified.
     * @throws IllegalArgumentException if the game has no strategy map or the player does not
     *     have three actions
     */
    static Plane simplex(Game game, int player, double[] reference) {
        return new SimplexPlane(game, player, reference.clone());
    }

    /**
     * The simplex of three actions that every player of a symmetric game plays: each point is
     * the profile where all players play that strategy, and a point ω is read as player 0's
     * strategy (single-population dynamics, the view of OpenSpiel's {@code Dynamics3x3Axes}).
     *
     * @throws IllegalArgumentException if some player does not have the same three actions
     */
    static Plane simplex(Game game) {
        return new SimplexPlane(game, 0, null);
    }

    /**
     * The plane of coordinates \(\omega_i\) and \(\omega_j\), the others fixed at those of
     * {@code base}: s = ω_i over [sMin, sMax], t = ω_j over [tMin, tMax], axes "ω_{i+1}".
     *
     * @param base the other coordinates. Not modified.
     */
    static Plane coordinates(double[] base, int i, int j, double sMin, double sMax, double tMin,
                             double tMax) {
        if (i < 0 || j < 0 || i >= base.length || j >= base.length || i == j) {
            throw new IllegalArgumentException("coordinates i = " + i + ", j = " + j
                    + "; allowed: two different indices in 0.." + (base.length - 1));
        }
        double[] origin = base.clone();
        origin[i] = 0;
        origin[j] = 0;
        double[] e1 = new double[base.length];
        double[] e2 = new double[base.length];
        e1[i] = 1;
        e2[j] = 1;
        return new AffinePlane(origin, e1, e2, sMin, sMax, tMin, tMax, "ω" + subscript(i + 1),
                "ω" + subscript(j + 1));
    }

    /**
     * The affine plane \(\omega = o + s e_1 + t e_2\) over [sMin, sMax] × [tMin, tMax], axes "s"
     * and "t"; {@link #coordinates(double[])} is the least-squares projection.
     *
     * @param origin o. Not modified.
     * @param e1 a direction, same length. Not modified.
     * @param e2 another direction, not parallel to e1. Not modified.
     */
    static Plane affine(double[] origin, double[] e1, double[] e2, double sMin, double sMax,
                        double tMin, double tMax) {
        return new AffinePlane(origin.clone(), e1.clone(), e2.clone(), sMin, sMax, tMin, tMax, "s",
                "t");
    }

    /** The same plane with other axis labels. */
    default Plane withLabels(String s, String t) {
        return new RelabelledPlane(this, s, t);
    }

    /** {@code n} in Unicode subscript digits. */
    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
