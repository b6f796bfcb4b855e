package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.zoo.GameRegistry;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-radius: the spectral radius ρ of complex momentum's linearised update on the bilinear game
 * \(xy\) (Ĥ eigenvalues ±i) over \((\arg\beta, |\beta|)\) at step size α = 0.5, simultaneous and
 * alternating; ρ &lt; 1 is local linear convergence at rate ρ.
 */
final class MomentumRadiusFigure implements Figure {
    private static final double LEARNING_RATE = 0.5;
    private static final double CLAMP = 1.2;

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new MomentumRadiusFigure(), args);
    }

    @Override
    public String id() {
        return "cm-radius";
    }

    @Override
    public String title() {
        return "Spectral radius of complex momentum over (arg β, |β|)";
    }

    @Override
    public String caption() {
        return "Spectral radius ρ of the linearised update of complex momentum (μ ← βμ − ξ,"
                + " ω ← ω + Re(αμ)) with α = 0.5 at the equilibrium of the bilinear game xy"
                + " (eigenvalues of Ĥ: ±i), on a 120 × 120 grid (--quick: 30 × 30) of arg β in"
                + " [0, π] (β̄ gives the same ρ) and |β| in [0, 0.99]; left simultaneous, right"
                + " alternating updates. Below 1 (dark) the method converges at rate ρ. Real β"
                + " (arg β = 0 or π: positive or negative momentum) never does simultaneously;"
                + " alternating, negative momentum does (Gidel et al. 2019), and complex β does"
                + " in both. The best cell is marked; colours are clamped at ρ = 1.2. Complex"
                + " momentum paper (Lorraine et al., AISTATS 2022), the figure of convergence"
                + " rates over arg β and |β|.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int n = quick ? 30 : 120;
        Game game = GameRegistry.create("bilinear");
        double[] args = new double[n];
        double[] mods = new double[n];
        for (int i = 0; i < n; i++) {
            args[i] = Math.PI * i / (n - 1);
            mods[i] = 0.99 * i / (n - 1);
        }
        List<RadiusSweep.Axis> axes = List.of(
                new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, args),
                new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, mods));
        Table table = new Table("schedule", "arg_beta", "abs_beta", "spectral_radius");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("game", "bilinear (x·y)");
        params.put("alpha", Double.toString(LEARNING_RATE));
        params.put("grid", n + "×" + n + ", arg β ∈ [0, π], |β| ∈ [0, 0.99]");
        for (String schedule : new String[] {"simultaneous", "alternating"}) {
            OptimizerSpec spec = OptimizerSpec.parse("complex-momentum:alpha=" + LEARNING_RATE
                    + ",schedule=" + schedule);
            RadiusSweep.Result r = RadiusSweep.sweep(game, new double[] {0, 0}, spec, axes,
                    Runtime.getRuntime().availableProcessors());
            double[] radii = r.radii();
            double[][] xyz = new double[3][radii.length];
            double lower = Double.POSITIVE_INFINITY;
            for (int k = 0; k < radii.length; k++) {
                int[] cell = r.cell(k);
                xyz[0][k] = args[cell[0]];
                xyz[1][k] = mods[cell[1]];
                xyz[2][k] = radii[k];
                lower = Math.min(lower, radii[k]);
                table.row(schedule, xyz[0][k], xyz[1][k], radii[k]);
            }
            int[] best = r.cell(r.bestIndex());
            params.put("best " + schedule, String.format(Locale.ROOT,
                    "ρ = %.6f at arg β = %.4f, |β| = %.4f", r.bestRadius(), args[best[0]],
                    mods[best[1]]));
            panels.add(panel(schedule, xyz, lower, args[1] - args[0], mods[1] - mods[0],
                    args[best[0]], mods[best[1]], r.bestRadius()));
        }
        return new FigureResult(panels, 2, table, params);
    }

    private static JFreeChart panel(String schedule, double[][] xyz, double lower, double dx,
                                    double dy, double bestArg, double bestMod, double bestRho) {
        DefaultXYZDataset heat = new DefaultXYZDataset();
        heat.addSeries("ρ", xyz);
        XYSeries best = new XYSeries(String.format(Locale.ROOT, "best ρ = %.4f", bestRho));
        best.add(bestArg, bestMod);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("arg β (radians)"));
        plot.setRangeAxis(Charts.axis("|β|"));
        plot.getDomainAxis().setRange(-dx / 2, Math.PI + dx / 2);
        plot.getRangeAxis().setRange(-dy / 2, 0.99 + dy / 2);
        XYLineAndShapeRenderer marker = new XYLineAndShapeRenderer(false, true);
        marker.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        marker.setSeriesPaint(0, Color.RED);
        plot.setDataset(0, new XYSeriesCollection(best));
        plot.setRenderer(0, marker);
        plot.setDataset(1, heat);
        plot.setRenderer(1, Charts.heatMap(dx, dy, lower, CLAMP));
        JFreeChart chart = new JFreeChart("Complex momentum, " + schedule + ", α = "
                + LEARNING_RATE, Charts.TITLE, plot, true);
        chart.addSubtitle(Charts.colourBar(lower, CLAMP, "spectral radius ρ"));
        return Charts.style(chart);
    }
}
