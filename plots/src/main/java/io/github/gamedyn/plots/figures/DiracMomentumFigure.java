package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryPoint;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-dirac: the Dirac GAN (Mescheder et al. 2018) under gradient descent, positive, negative and
 * complex momentum with α = 0.1 from (θ, ψ) = (1, 1): trajectories in the (θ, ψ) plane and the
 * distance to the equilibrium per iteration, next to each method's linearised rate ρ at the
 * equilibrium. A run that spirals out far enough saturates the discriminator, whose gradient then
 * vanishes: it stalls on a plateau, which the distance curve shows as a flat line far from 0.
 */
final class DiracMomentumFigure implements Figure {
    private static final String[][] METHODS = {
        {"gradient descent", "gd:alpha=0.1"},
        {"positive momentum β = 0.9", "heavy-ball:alpha=0.1,beta=0.9"},
        {"negative momentum β = −0.5", "heavy-ball:alpha=0.1,beta=-0.5"},
        {"complex momentum β = 0.9·exp(iπ/8)", "complex-momentum:alpha=0.1,beta=0.9@"
                + Math.PI / 8}};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new DiracMomentumFigure(), args);
    }

    @Override
    public String id() {
        return "cm-dirac";
    }

    @Override
    public String title() {
        return "Dirac GAN: gradient descent and (complex) momentum";
    }

    @Override
    public String caption() {
        return "Dirac GAN (generator θ, discriminator ψ, data at 0, standard loss; equilibrium"
                + " at 0) from (θ, ψ) = (1, 1): 1500 simultaneous steps (--quick: 300) with step"
                + " size α = 0.1 of gradient descent, positive momentum (β = 0.9), negative"
                + " momentum (β = −0.5) and complex momentum (β = 0.9·exp(iπ/8)). Left: the"
                + " (θ, ψ) plane; right: distance to the equilibrium per step (log scale); the"
                + " legend gives ρ of each method's augmented update linearised at the"
                + " equilibrium. Gradient descent and negative momentum (ρ slightly above 1)"
                + " spiral out slowly; positive momentum (ρ ≈ 1.12) spirals out fast until the"
                + " discriminator saturates, where the gradient vanishes and the run stalls on a"
                + " plateau far from the equilibrium (its final distance and ‖ξ‖ are in the"
                + " parameters); complex momentum (ρ < 1) converges at its linearised rate."
                + " Complex momentum paper (Lorraine et al., AISTATS 2022), the Dirac GAN figure.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Game game = GameRegistry.create("dirac-gan");
        int steps = quick ? 300 : 1500;
        double[] start = {1, 1};
        double[] target = {0, 0};
        XYSeriesCollection plane = new XYSeriesCollection();
        XYSeriesCollection distance = new XYSeriesCollection();
        Table table = new Table("method", "step", "theta", "psi", "distance");
        Map<String, String> params = new LinkedHashMap<>();
        for (String[] m : METHODS) {
            OptimizerSpec spec = OptimizerSpec.parse(m[1]);
            double rho = LinearisedAnalysis.at(game, spec, target).spectralRadius();
            String name = String.format(Locale.ROOT, "%s (ρ = %.4f)", m[0], rho);
            params.put(m[0], spec + ", ρ = " + rho);
            RunResult run = new TrajectoryRecorder(1, 1e6).run(spec.create(game, start), steps,
                    target);
            XYSeries path = new XYSeries(name, false, true);
            XYSeries dist = new XYSeries(name);
            for (TrajectoryPoint p : run.trajectory()) {
                double[] w = p.parameters();
                path.add(w[0], w[1]);
                dist.add(p.step(), p.distanceToTarget());
                table.row(m[0], (double) p.step(), w[0], w[1], p.distanceToTarget());
            }
            plane.addSeries(path);
            distance.addSeries(dist);
            TrajectoryPoint last = run.last();
            params.put(m[0] + ", final", String.format(Locale.ROOT,
                    "step %d: distance %.6g, ‖ξ‖ %.3g", last.step(), last.distanceToTarget(),
                    last.gradientNorm()));
        }
        JFreeChart left = Charts.lines("Trajectories from (1, 1)", "generator θ",
                "discriminator ψ", plane);
        XYPlot lp = left.getXYPlot();
        lp.getDomainAxis().setRange(-2.5, 2.5);
        lp.getRangeAxis().setRange(-2.5, 2.5);
        JFreeChart right = Charts.lines("Distance to the equilibrium", "iteration",
                "‖(θ, ψ)‖", distance);
        right.getXYPlot().setRangeAxis(Charts.logAxis("‖(θ, ψ)‖ (log scale)"));
        params.put("game", "dirac-gan (standard)");
        params.put("start", "(1, 1)");
        params.put("steps", Integer.toString(steps));
        return new FigureResult(List.of(left, right), 2, table, params);
    }
}
