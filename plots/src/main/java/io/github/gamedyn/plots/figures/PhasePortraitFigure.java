package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * grr-phase: phase portraits of simultaneous gradient descent on the small IPD, matching pennies
 * and their mixture, in the plane of the players' probabilities, at a small and a large learning
 * rate: the direction of one step at every point, and trajectories from fixed starts.
 */
final class PhasePortraitFigure implements Figure {
    /** A row of the figure: a toy game at a small and at a large learning rate. */
    private record Row(PlaneDynamics.Toy toy, double smallRate, double largeRate) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(PlaneDynamics.SMALL_IPD, 1.0, 20.0),
            new Row(PlaneDynamics.PENNIES, 1.0, 8.0),
            new Row(PlaneDynamics.MIXED, 0.6, 2.4));

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new PhasePortraitFigure(), args);
    }

    @Override
    public String id() {
        return "grr-phase";
    }

    @Override
    public String title() {
        return "Phase portraits of gradient descent on the GRR toy games";
    }

    @Override
    public String caption() {
        return "Simultaneous gradient descent θ ← θ − αξ(θ) on the small IPD, matching pennies and"
                + " the mixed game (w = 0.25), drawn in the plane of the players' probabilities"
                + " (P₁, P₂) = (σ(θ₁), σ(θ₂)): arrows give the direction of one step, lines are"
                + " trajectories from six fixed starts; left a small, right a large learning rate."
                + " On the small IPD learning goes to mutual defection or to mutual cooperation"
                + " depending on the side of the interior saddle; matching pennies cycles around"
                + " and away from its Nash point; the mixed game converges below its learning-rate"
                + " threshold α* ≈ 1.18 and cycles above it. GRR paper (Lorraine et al., AAMAS"
                + " 2022), phase portraits of the toy games.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int steps = quick ? 60 : 300;
        int arrows = quick ? 9 : 17;
        Table table = new Table("panel", "kind", "p1", "p2", "dp1", "dp2");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (Row row : ROWS) {
            for (int k = 0; k < 2; k++) {
                double lr = k == 0 ? row.smallRate() : row.largeRate();
                String panel = row.toy().spec() + " α=" + lr;
                params.put(row.toy().spec() + (k == 0 ? " small α" : " large α"),
                        Double.toString(lr));
                Game game = row.toy().game();
                PhasePortrait portrait = PhasePortrait.compute(Plane.probabilities(game),
                        new GradientDescentMap(game, lr), arrows, PlaneDynamics.STARTS, steps);
                portrait.rows(table, panel);
                panels.add(portrait.chart(0.6 / arrows).chart(row.toy().title() + ", α = " + lr));
            }
        }
        params.put("steps per trajectory", Integer.toString(steps));
        params.put("arrow grid", arrows + "×" + arrows);
        return new FigureResult(panels, 2, table, params);
    }
}
