package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-spectrum, the "spectrum of games": for quadratic games whose Jacobian eigenvalues
 * \((1-\gamma_k) \pm i\gamma_k\) range from purely cooperative (\(\gamma = 0\)) to the given maximum
 * adversarialness \(\gamma_{\max}\), the number of gradient evaluations each method needs to
 * shrink the distance to the equilibrium by \(10^{6}\) with its best hyperparameters:
 * \(n = \ln 10^{-6} / \ln \rho_{\mathrm{eval}}\), \(\rho_{\mathrm{eval}} = \rho^{1/k}\) for k
 * gradient evaluations per step, ρ the smallest spectral radius over a hyperparameter grid.
 */
final class SpectrumOfGamesFigure implements Figure {
    private static final int COORDINATES = 5;

    /** (label, spec, axes as hyperparameter:part:from:to:count with log spacing for alpha). */
    private static final String[][] METHODS = {
        {"gradient descent", "gd"},
        {"positive momentum", "heavy-ball"},
        {"negative momentum", "heavy-ball"},
        {"complex momentum", "complex-momentum"},
        {"extragradient", "extragradient"},
        {"optimistic gradient", "optimistic"}};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new SpectrumOfGamesFigure(), args);
    }

    @Override
    public String id() {
        return "cm-spectrum";
    }

    @Override
    public String title() {
        return "Spectrum of games: gradient evaluations to converge";
    }

    @Override
    public String caption() {
        return "Quadratic games with " + COORDINATES + " coordinate pairs whose Jacobian"
                + " eigenvalues (1 − γₖ) ± iγₖ spread evenly from purely cooperative (γ = 0) to"
                + " the maximum adversarialness γ_max on the horizontal axis. For each method the"
                + " hyperparameters are tuned on a grid (α log-spaced; real β in (0, 1) for"
                + " positive and (−1, 0) for negative momentum; |β| and arg β for complex"
                + " momentum) to the smallest spectral radius ρ of the linearised update, and the"
                + " plot shows ln(10⁻⁶)/ln ρ^{1/k}, the gradient evaluations to shrink the error a"
                + " millionfold (k evaluations per step; missing points: no setting converges)."
                + " Complex momentum paper (Lorraine et al., AISTATS 2022), the spectrum-of-games"
                + " figure.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int gammas = quick ? 6 : 21;
        int alphas = quick ? 12 : 40;
        int betas = quick ? 6 : 16;
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        for (String[] m : METHODS) {
            series.add(new XYSeries(m[0]));
        }
        Table table = new Table("method", "gamma_max", "best_radius", "evaluations", "best_spec");
        for (int g = 0; g < gammas; g++) {
            double gammaMax = (double) g / (gammas - 1);
            Game game = GameRegistry.create("quadratic:dim=" + COORDINATES + ",a=1,gamma="
                    + gammaList(gammaMax));
            for (int m = 0; m < METHODS.length; m++) {
                RadiusSweep.Result r = RadiusSweep.sweep(game, new double[2 * COORDINATES],
                        OptimizerSpec.parse(METHODS[m][1]), axes(m, alphas, betas),
                        Runtime.getRuntime().availableProcessors());
                double perEvaluation = Math.pow(r.bestRadius(),
                        1.0 / r.gradientEvaluationsPerStep());
                double evaluations = perEvaluation < 1 ? Math.log(1e-6) / Math.log(perEvaluation)
                        : Double.POSITIVE_INFINITY;
                if (Double.isFinite(evaluations)) {
                    series.get(m).add(gammaMax, evaluations);
                }
                table.row(METHODS[m][0], gammaMax, r.bestRadius(), evaluations,
                        r.best().toString());
            }
        }
        series.forEach(data::addSeries);
        var chart = Charts.lines("Gradient evaluations to converge", "maximum adversarialness"
                + " γ_max", "gradient evaluations (log scale)", data);
        chart.getXYPlot().setRangeAxis(Charts.logAxis("gradient evaluations to shrink error 10⁶×"
                + " (log)"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("games", "quadratic, " + COORDINATES + " pairs, a = 1, γ_k evenly in [0, γ_max]");
        params.put("gamma_max", gammas + " values in [0, 1]");
        params.put("alpha grid", alphas + " values, log-spaced in [1e-3, 10]");
        params.put("beta grid", betas + " values per axis");
        params.put("tolerance", "error shrunk by 1e6");
        return new FigureResult(List.of(chart), 1, table, params);
    }

    private static String gammaList(double gammaMax) {
        StringJoiner j = new StringJoiner(";");
        for (int k = 0; k < COORDINATES; k++) {
            j.add(Double.toString(gammaMax * k / (COORDINATES - 1)));
        }
        return j.toString();
    }

    private static List<RadiusSweep.Axis> axes(int method, int alphas, int betas) {
        double[] alpha = new double[alphas];
        for (int i = 0; i < alphas; i++) {
            alpha[i] = Math.pow(10, -3 + 4.0 * i / (alphas - 1));
        }
        RadiusSweep.Axis a = new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, alpha);
        return switch (method) {
            case 1 -> List.of(a, new RadiusSweep.Axis("beta", RadiusSweep.Part.REAL,
                    spaced(0.05, 0.95, betas)));
            case 2 -> List.of(a, new RadiusSweep.Axis("beta", RadiusSweep.Part.REAL,
                    spaced(-0.95, -0.05, betas)));
            case 3 -> List.of(a, new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT,
                    spaced(0, Math.PI, betas)), new RadiusSweep.Axis("beta",
                    RadiusSweep.Part.MODULUS, spaced(0.05, 0.95, betas)));
            default -> List.of(a);
        };
    }

    private static double[] spaced(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s(%d coordinates)", id(), COORDINATES);
    }
}
