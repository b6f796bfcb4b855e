package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-ftle: finite-time Lyapunov exponent of simultaneous gradient descent as a function of the
 * starting point, over the probability planes of the GRR toy games, with trajectories on top.
 * The exponent is \(\hat\lambda(\omega_0) = \frac1K\sum_t \log\|J_t u_t\|\) with
 * \(J_t = I - \alpha\hat H(\omega_t)\) and \(u_0 = (1, 1)/\sqrt2\); its ridges are the separatrices
 * and unstable fixed points GRR looks for. Horizons are chosen so that \(\alpha K|\lambda| \ge 5\)
 * for the unstable eigenvalue of each game's interior fixed point.
 */
final class FtleFigure implements Figure {
    /** (toy, α, horizon K). */
    private static final Object[][] PANELS = {
        {PlaneDynamics.SMALL_IPD, 10.0, 20},
        {PlaneDynamics.PENNIES, 1.0, 30},
        {PlaneDynamics.MIXED, 1.0, 100}};

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
        for (Object[] row : PANELS) {
            PlaneDynamics.Toy toy = (PlaneDynamics.Toy) row[0];
            double lr = (Double) row[1];
            int horizon = (Integer) row[2];
            params.put(toy.spec(), "α = " + lr + ", K = " + horizon);
            panels.add(panel(toy, lr, horizon, cells, table));
        }
        params.put("grid", cells + "×" + cells + " over P ∈ [0.02, 0.98]");
        params.put("estimator", "transported vector, u₀ = (1, 1)/√2");
        return new FigureResult(panels, 3, table, params);
    }

    private static JFreeChart panel(PlaneDynamics.Toy toy, double lr, int horizon, int cells,
                                    Table table) {
        GradientDescentMap map = new GradientDescentMap(toy.game(), lr);
        ProbabilityGrid grid = new ProbabilityGrid(0.02, 0.98, cells);
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(new double[] {1, 1});
        Landscape landscape = Landscape.evaluate(grid,
                x0 -> estimator.estimate(map, x0, horizon).value(),
                Runtime.getRuntime().availableProcessors());
        double[][] xyz = new double[3][cells * cells];
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < cells; j++) {
                int k = i * cells + j;
                xyz[0][k] = grid.probability(i);
                xyz[1][k] = grid.probability(j);
                xyz[2][k] = landscape.value(i, j);
                table.row(toy.spec(), "ftle", xyz[0][k], xyz[1][k], xyz[2][k]);
            }
        }
        double lower = Arrays.stream(xyz[2]).min().orElse(0);
        double upper = Arrays.stream(xyz[2]).max().orElse(1);
        if (!(upper > lower)) {
            upper = lower + 1;
        }
        DefaultXYZDataset heat = new DefaultXYZDataset();
        heat.addSeries("FTLE", xyz);
        XYSeriesCollection paths = new XYSeriesCollection();
        for (int s = 0; s < 4; s++) {
            XYSeries path = PlaneDynamics.trajectory("start " + (s + 1), map,
                    PlaneDynamics.STARTS[s], 4 * horizon);
            for (int i = 0; i < path.getItemCount(); i++) {
                table.row(toy.spec(), "trajectory " + (s + 1), path.getX(i).doubleValue(),
                        path.getY(i).doubleValue(), "");
            }
            paths.addSeries(path);
        }
        XYPlot plot = Charts.probabilityPlane(toy.axis());
        double cell = grid.probability(1) - grid.probability(0);
        plot.setDataset(0, paths);
        plot.setRenderer(0, Charts.lineRenderer(paths.getSeriesCount(), 1, 1.6f));
        plot.setDataset(1, heat);
        plot.setRenderer(1, Charts.heatMap(cell, cell, lower, upper));
        JFreeChart chart = new JFreeChart(toy.title() + ", α = " + lr + ", K = " + horizon,
                Charts.TITLE, plot, false);
        chart.addSubtitle(Charts.colourBar(lower, upper, "FTLE"));
        return Charts.style(chart);
    }
}
