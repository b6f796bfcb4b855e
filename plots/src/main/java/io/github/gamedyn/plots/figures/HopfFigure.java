package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.equilibrium.Classification;
import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.equilibrium.NewtonFixedPointSolver;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * grr-hopf: the learning-rate Hopf (Neimark–Sacker) threshold of the mixed small-IPD / matching
 * pennies game. At its interior fixed point Ĥ has a complex pair \(\lambda = a \pm ib\), \(a \gt 0\),
 * so GD's linearisation \(I - \alpha\hat H\) has eigenvalues of modulus \(|1 - \alpha\lambda|\),
 * below 1 exactly for \(\alpha \lt \alpha^* = 2a/|\lambda|^2\): below the threshold learning
 * spirals in, above it spirals out.
 */
final class HopfFigure implements Figure {
    private static final double[] FACTORS = {0.8, 1.2};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new HopfFigure(), args);
    }

    @Override
    public String id() {
        return "grr-hopf";
    }

    @Override
    public String title() {
        return "Learning-rate Hopf threshold of the mixed game";
    }

    @Override
    public String caption() {
        return "Mixed small-IPD / matching-pennies game (w = 0.25). Left: modulus |1 − αλ| of the"
                + " eigenvalues of GD's update I − αĤ at the interior fixed point (λ = a ± ib the"
                + " complex pair of Ĥ) against the learning rate α; it crosses 1 at"
                + " α* = 2a/|λ|², where the fixed point loses stability (a discrete Hopf /"
                + " Neimark–Sacker bifurcation). Middle: GD trajectories from next to the fixed"
                + " point at 0.8α* (spirals in) and 1.2α* (spirals out). Right: distance to the"
                + " fixed point per step, decaying or growing at the rate |1 − αλ|. GRR paper"
                + " (Lorraine et al., AAMAS 2022), the learning-rate bifurcation of the mixed game.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Game game = PlaneDynamics.MIXED.game();
        Plane plane = Plane.probabilities(game);
        FixedPointResult fixed = new NewtonFixedPointSolver().solve(game, new double[] {0, 0});
        if (!fixed.converged()) {
            throw new IllegalStateException("no interior fixed point of " + game.name()
                    + " found near 0 (|ξ| = " + fixed.gradientNorm() + ")");
        }
        double[] star = fixed.point();
        Complex[] lambda = Spectra.defaultSolver().eigenvalues(game.jacobian(star));
        Complex top = lambda[0];
        double threshold = Classification.learningRateThreshold(lambda);
        Table table = new Table("panel", "series", "x", "y");

        XYSeries modulus = new XYSeries("|1 − αλ|");
        int points = quick ? 50 : 400;
        for (int i = 0; i <= points; i++) {
            double lr = 2.5 * threshold * i / points;
            double m = Complex.ONE.subtract(top.multiply(lr)).abs();
            modulus.add(lr, m);
            table.row("modulus", "|1-alpha*lambda|", lr, m);
        }
        JFreeChart left = Charts.lines("Stability of GD at the fixed point", "learning rate α",
                "|1 − αλ|, λ = " + String.format(java.util.Locale.ROOT, "%.4f ± %.4fi",
                        top.getReal(), Math.abs(top.getImaginary())),
                new XYSeriesCollection(modulus));
        XYPlot lp = left.getXYPlot();
        lp.addRangeMarker(marker(1, null));
        lp.addDomainMarker(marker(threshold, String.format(java.util.Locale.ROOT, "α* = %.4f",
                threshold)));

        int steps = quick ? 200 : 1500;
        XYSeriesCollection distances = new XYSeriesCollection();
        double[] fixedPoint = plane.coordinates(star);
        double p1 = fixedPoint[0];
        double p2 = fixedPoint[1];
        List<PlaneCurve> paths = new ArrayList<>();
        for (double factor : FACTORS) {
            double lr = factor * threshold;
            String name = String.format(java.util.Locale.ROOT, "α = %.1fα* = %.3f", factor, lr);
            PlaneCurve path = PlaneCurve.trajectory(name, plane, new GradientDescentMap(game, lr),
                    p1 + 0.04, p2, steps);
            XYSeries distance = new XYSeries(name);
            double[] x = path.s();
            double[] y = path.t();
            for (int t = 0; t < path.size(); t++) {
                double dist = Math.hypot(x[t] - p1, y[t] - p2);
                table.row("trajectory", name, x[t], y[t]);
                table.row("distance", name, (double) t, dist);
                distance.add(t, Math.max(dist, 1e-300));
            }
            paths.add(path);
            distances.addSeries(distance);
        }
        JFreeChart mid = new PlaneChart(plane).curves(paths, 0, 0.8f)
                .zoom(p1 - 0.15, p1 + 0.15, p2 - 0.15, p2 + 0.15, 0.05).legend(true)
                .chart("GD near the fixed point");
        JFreeChart right = Charts.lines("Distance to the fixed point", "step t",
                "‖P(t) − P*‖", distances);
        right.getXYPlot().setRangeAxis(Charts.logAxis("‖P(t) − P*‖ (log scale)"));

        Map<String, String> params = new LinkedHashMap<>();
        params.put("game", "mixed-ipd-pennies, w = 0.25");
        params.put("fixed point θ*", String.format(java.util.Locale.ROOT, "(%.6f, %.6f)",
                star[0], star[1]));
        params.put("eigenvalues of Ĥ", top + " and conjugate");
        params.put("alpha*", Double.toString(threshold));
        params.put("learning rates", "0.8α*, 1.2α*");
        params.put("steps", Integer.toString(steps));
        return new FigureResult(List.of(left, mid, right), 3, table, params);
    }

    private static ValueMarker marker(double value, String label) {
        ValueMarker m = new ValueMarker(value, Color.DARK_GRAY, new BasicStroke(1.2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        if (label != null) {
            m.setLabel(label);
        }
        m.setLabelFont(Charts.TICK);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        return m;
    }
}
