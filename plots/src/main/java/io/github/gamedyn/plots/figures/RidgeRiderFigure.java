package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.ridge.Ride;
import io.github.gamedyn.ridge.RidgeRider;
import io.github.gamedyn.ridge.RidgeRiderToy;
import io.github.gamedyn.ridge.Solution;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * rr-toy: Ridge Rider on the 2-D surface \(L = (x^2 + 2y^2 - 1)^2 + 10x^2y^2\) of
 * {@link RidgeRiderToy}: from the maximum at the origin, four rides along \(\pm\) the two
 * negative-curvature eigenvectors, each polished into one of the four minima.
 */
final class RidgeRiderFigure implements Figure {
    private static final double EXTENT = 1.5;

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new RidgeRiderFigure(), args);
    }

    @Override
    public String id() {
        return "rr-toy";
    }

    @Override
    public String title() {
        return "Ridge Rider on a 2-D loss surface";
    }

    @Override
    public String caption() {
        return "Ridge Rider on L(x, y) = (x² + 2y² − 1)² + 10x²y², coloured by log₁₀(1 + L): from"
                + " the maximum at the origin (Hessian diag(−4, −8)) it branches along ± both"
                + " negative-curvature eigenvectors; each ride (thick line) follows its eigenvector"
                + " until the curvature along it turns non-negative, then gradient descent polishes"
                + " it (thin line) into a minimum (dots): four rides, four distinct minima."
                + " Ridge Rider paper (Parker-Holder et al., NeurIPS 2020), the 2-D illustration.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Game loss = RidgeRiderToy.create();
        RidgeRider.Options options = RidgeRider.Options.defaults();
        RidgeRider.Result result = new RidgeRider(options).run(loss, new double[] {0, 0});
        Table table = new Table("kind", "index", "x", "y", "value");

        int cells = quick ? 40 : 150;
        double step = 2 * EXTENT / (cells - 1);
        double[] axis = new double[cells];
        for (int i = 0; i < cells; i++) {
            axis[i] = -EXTENT + i * step;
        }
        Plane plane = Plane.coordinates(new double[2], 0, 1, -EXTENT, EXTENT, -EXTENT, EXTENT)
                .withLabels("x", "y");
        HeatMap surface = HeatMap.compute(plane, "log₁₀(1 + L)", axis, axis,
                w -> Math.log10(1 + loss.losses(w)[0]));
        surface.rows(table, "surface", "");
        double upper = Math.max(0, surface.max());

        List<PlaneCurve> rides = new ArrayList<>();
        for (Ride ride : result.rides()) {
            List<double[]> path = ride.path();
            PlaneCurve c = new PlaneCurve(ride.fingerprint().toString(),
                    path.stream().mapToDouble(p -> p[0]).toArray(),
                    path.stream().mapToDouble(p -> p[1]).toArray());
            c.rows(table, 1, "ride");
            rides.add(c);
        }
        List<PlaneCurve> polish = new ArrayList<>();
        double[][] minima = new double[2][result.solutions().size()];
        for (int r = 0; r < result.solutions().size(); r++) {
            Solution sol = result.solutions().get(r);
            double[] end = result.rides().get(r).endPoint();
            double[] x = sol.point();
            polish.add(new PlaneCurve("polish " + sol.fingerprint(), new double[] {end[0], x[0]},
                    new double[] {end[1], x[1]}));
            minima[0][r] = x[0];
            minima[1][r] = x[1];
            table.row("solution", sol.fingerprint().toString(), x[0], x[1], sol.loss());
        }
        JFreeChart chart = new PlaneChart(plane).heatMap(surface, 0, upper)
                .curves(polish, 1, 1.5f).curves(rides, 1, 4f)
                .points(new PlaneCurve("solutions", minima[0], minima[1]), Color.WHITE, 12, true)
                .chart("Ridge Rider from the maximum");

        Map<String, String> params = new LinkedHashMap<>();
        params.put("loss", "(x² + 2y² − 1)² + 10x²y²");
        params.put("start", "(0, 0), the maximum");
        params.put("ride step α", Double.toString(options.stepSize()));
        params.put("rides", Integer.toString(result.rides().size()));
        params.put("solutions", Integer.toString(result.solutions().size()));
        params.put("grid", cells + "×" + cells);
        return new FigureResult(List.of(chart), 1, table, params);
    }
}
