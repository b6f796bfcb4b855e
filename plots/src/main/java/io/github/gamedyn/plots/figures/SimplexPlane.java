package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;

/**
 * {@link Plane#simplex}: a three-action strategy \(x = (x_0, x_1, x_2)\) at the Cartesian point
 * \((s, t) = x_0 (0, 0) + x_1 (1, 0) + x_2 (\tfrac12, \tfrac{\sqrt3}2)\) of the triangle, so
 * \(x_2 = 2t/\sqrt3\), \(x_1 = s - x_2/2\), \(x_0 = 1 - x_1 - x_2\).
 */
final class SimplexPlane implements Plane {
    static final double HEIGHT = Math.sqrt(3) / 2;

    private final Game game;
    private final StrategyMap map;
    private final int player;
    /** The others' strategies, or {@code null}: every player plays the same one. */
    private final double[][] others;

    SimplexPlane(Game game, int player, double[] reference) {
        this.game = game;
        this.map = game.strategyMap().orElseThrow(() -> new IllegalArgumentException("game "
                + game.name() + " has no strategy map; a simplex needs one with a player of "
                + "three actions (Game.Builder.strategyMap)"));
        this.player = player;
        game.player(player);
        if (map.actions(player).size() != 3) {
            throw new IllegalArgumentException("player " + player + " of game " + game.name()
                    + " has " + map.actions(player).size() + " actions; a simplex needs three");
        }
        if (reference == null) {
            for (int i = 0; i < game.players().size(); i++) {
                if (!map.actions(i).equals(map.actions(0))) {
                    throw new IllegalArgumentException("player " + i + " of game " + game.name()
                            + " has actions " + map.actions(i) + ", player 0 " + map.actions(0)
                            + "; a symmetric simplex needs every player to have the same three");
                }
            }
            this.others = null;
        } else {
            if (reference.length != game.dimension()) {
                throw new IllegalArgumentException("reference has length " + reference.length
                        + "; game " + game.name() + " has dimension " + game.dimension());
            }
            this.others = new double[game.players().size()][];
            for (int i = 0; i < others.length; i++) {
                others[i] = map.strategy(reference, i);
            }
        }
    }

    /** The names of the three actions, at (0, 0), (1, 0) and the apex. */
    List<String> actions() {
        return map.actions(player);
    }

    /** The barycentric coordinates of (s, t). */
    static double[] strategy(double s, double t) {
        double x2 = t / HEIGHT;
        double x1 = s - x2 / 2;
        return new double[] {1 - x1 - x2, x1, x2};
    }

    @Override
    public double[] point(double s, double t) {
        if (!contains(s, t)) {
            throw new IllegalArgumentException("(s, t) = (" + s + ", " + t + ") is not inside the "
                    + "simplex; allowed: every probability in (0, 1)");
        }
        double[] x = strategy(s, t);
        double[][] profile = new double[game.players().size()][];
        for (int i = 0; i < profile.length; i++) {
            profile[i] = others == null || i == player ? x : others[i];
        }
        return map.point(profile);
    }

    @Override
    public double[] coordinates(double[] w) {
        double[] x = map.strategy(w, player);
        return new double[] {x[1] + x[2] / 2, x[2] * HEIGHT};
    }

    @Override
    public boolean contains(double s, double t) {
        for (double x : strategy(s, t)) {
            if (!(x > 0 && x < 1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String sLabel() {
        return "";
    }

    @Override
    public String tLabel() {
        return "";
    }

    @Override
    public double sMin() {
        return 0;
    }

    @Override
    public double sMax() {
        return 1;
    }

    @Override
    public double tMin() {
        return 0;
    }

    @Override
    public double tMax() {
        return HEIGHT;
    }
}
