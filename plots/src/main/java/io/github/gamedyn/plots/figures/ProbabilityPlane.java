package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;

/** {@link Plane#probabilities}: (s, t) = (P₁(first action), P₂(first action)). */
final class ProbabilityPlane implements Plane {
    private final StrategyMap map;

    ProbabilityPlane(Game game) {
        this.map = game.strategyMap().orElseThrow(() -> new IllegalArgumentException("game "
                + game.name() + " has no strategy map; a probability plane needs one, with two "
                + "players of two actions each (Game.Builder.strategyMap)"));
        int players = game.players().size();
        if (players != 2 || map.actions(0).size() != 2 || map.actions(1).size() != 2) {
            StringBuilder actions = new StringBuilder();
            for (int i = 0; i < players; i++) {
                actions.append(i == 0 ? "" : ", ").append(map.actions(i).size());
            }
            throw new IllegalArgumentException("game " + game.name() + " has " + players
                    + " players with " + actions + " actions; a probability plane needs two "
                    + "players with two actions each");
        }
    }

    @Override
    public double[] point(double s, double t) {
        return map.point(new double[][] {{s, 1 - s}, {t, 1 - t}});
    }

    @Override
    public double[] coordinates(double[] w) {
        return new double[] {map.strategy(w, 0)[0], map.strategy(w, 1)[0]};
    }

    @Override
    public boolean contains(double s, double t) {
        return s > 0 && s < 1 && t > 0 && t < 1;
    }

    @Override
    public String sLabel() {
        return "P₁(" + map.actions(0).get(0) + ")";
    }

    @Override
    public String tLabel() {
        return "P₂(" + map.actions(1).get(0) + ")";
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
        return 1;
    }
}
