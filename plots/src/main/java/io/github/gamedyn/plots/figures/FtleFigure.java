package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * grr-ftle: finite-time Lyapunov exponent of simultaneous gradient descent as a function of the
 * starting point, over the probability planes of the GRR toy games, with trajectories on top.
 * The exponent is \(\hat\lambda(\omega_0) = \frac1K\sum_t \log\|J_t u_t\|\) with
 * \(J_t = I - \alpha\hat H(\omega_t)\) and \(u_0 = (1, 1)/\sqrt2\); its ridges are the separatrices
 * and unstable fixed points GRR looks for. Horizons are chosen so that \(\alpha K|\lambda| \ge 5\)
 * for the unstable eigenvalue of each game's interior fixed point.
 */
final class FtleFigure implements Figure {
    /** A panel: a toy game, the learning rate α and the horizon K. */
    private record Panel(PlaneDynamics.Toy toy, double learningRate, int horizon) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel(PlaneDynamics.SMALL_IPD, 10.0, 20),
            new Panel(PlaneDynamics.PENNIES, 1.0, 30),
            new Panel(PlaneDynamics.MIXED, 1.0, 100));

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new FtleFigure(), args);
    }

    @Override
    public String id() {
        return "grr-ftle";
    }

    @Override
    public String title() {
        return "Finite-time Lyapunov exponents of gradient descent on the GRR toy games";
    }

    @Override
    public String caption() {
        return "Heat maps of the finite-time Lyapunov exponent (1/K)Σ log‖(I − αĤ(θₜ))uₜ‖ of"
                + " simultaneous gradient descent started at each point of the plane of"
                + " probabilities (P₁, P₂), for the small IPD (α = 10, K = 20), matching pennies"
                + " (α = 1, K = 30) and the mixed game (α = 1, K = 100), with GD trajectories on"
                + " top. High values mark where nearby starts separate: the interior saddle of the"
                + " small IPD and its stable manifold (the boundary between defection and"
                + " cooperation), the neighbourhood of the rotational Nash point of matching"
                + " pennies. GRR paper (Lorraine et al., AAMAS 2022), FTLE landscapes of the toy"
                + " games.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int cells = quick ? 16 : 60;
        Table table = new Table("panel", "kind", "p1", "p2", "value");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (Panel panel : PANELS) {
            params.put(panel.toy().spec(), "α = " + panel.learningRate() + ", K = "
                    + panel.horizon());
            panels.add(panel(panel, cells, table));
        }
        params.put("grid", cells + "×" + cells + " over P ∈ [0.02, 0.98]");
        params.put("estimator", "transported vector, u₀ = (1, 1)/√2");
        return new FigureResult(panels, 3, table, params);
    }

    private static JFreeChart panel(Panel panel, int cells, Table table) {
        Game game = panel.toy().game();
        Plane plane = Plane.probabilities(game);
        GradientDescentMap map = new GradientDescentMap(game, panel.learningRate());
        double[] p = Plane.range(0.02, 0.98, cells);
        HeatMap ftle = HeatMap.ftle(plane, map, panel.horizon(), p, p);
        ftle.rows(table, panel.toy().spec(), "ftle");
        List<PlaneCurve> paths = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            PlaneCurve path = PlaneCurve.trajectory("trajectory " + (s + 1), plane, map,
                    PlaneDynamics.STARTS[s][0], PlaneDynamics.STARTS[s][1], 4 * panel.horizon());
            path.rows(table, 1, panel.toy().spec());
            paths.add(path);
        }
        return ftle.chart().curves(paths, 1, 1.6f).chart(panel.toy().title() + ", α = "
                + panel.learningRate() + ", K = " + panel.horizon());
    }
}
