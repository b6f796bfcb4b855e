package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.zoo.SpectrumOfGames;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-spectrum, the "spectrum of games" of the complex momentum paper (Lorraine, Acuna, Vicol,
 * Duvenaud; AISTATS 2022): on the {@linkplain SpectrumOfGames toy quadratic} at each maximum
 * adversarialness \(\gamma_{\max}\), every method's hyperparameters are tuned on a grid to the
 * smallest spectral radius ρ of its linearised update at the equilibrium, scored per gradient
 * evaluation, \(\rho_{\mathrm{eval}} = \rho^{1/k}\) for k evaluations per step, and shown as the
 * gradient evaluations to shrink the error a millionfold, \(\ln 10^{-6} / \ln \rho_{\mathrm{eval}}\).
 *
 * <p>The grids are the protocol's (numpy {@code linspace}), nested so that a method containing
 * another as a special case is tuned over a grid containing the other's: β = 0 (gradient descent)
 * is in every momentum grid, every momentum α grid contains gradient descent's, the best-phase
 * grid of complex momentum contains the fixed phases and arg β = 0 and π (positive and negative
 * momentum), and optimism β′ = 0 is gradient descent. Extragradient with extrapolation 0 is
 * gradient descent too, but at two evaluations per step, so it may score worse. Values where every
 * method has ρ ≥ 1 (α = 0, |β| = 1) are left out: gamedyn's domains exclude them. Arg β ∈ [0, π]
 * suffices: with real α, β̄ gives the same ρ.
 */
final class SpectrumOfGamesFigure implements Figure {
    /** Convergence means shrinking the error by this factor. */
    private static final double TOLERANCE = 1e-6;
    private static final java.awt.Color GREY = new java.awt.Color(120, 120, 120);

    /** The methods of the figure, in legend order. */
    enum Method {
        GRADIENT_DESCENT("gradient descent"),
        POSITIVE_MOMENTUM("positive momentum"),
        NEGATIVE_MOMENTUM("negative momentum"),
        COMPLEX_QUARTER("complex momentum, arg β = π/4"),
        COMPLEX_HALF("complex momentum, arg β = π/2"),
        COMPLEX_THREE_QUARTERS("complex momentum, arg β = 3π/4"),
        COMPLEX_BEST("complex momentum, best arg β"),
        EXTRAGRADIENT("extragradient"),
        OPTIMISTIC("optimistic gradient");

        final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /**
     * The hyperparameter grids, each a numpy {@code linspace} (or a union of two) without the
     * values outside gamedyn's domains.
     *
     * @param gdAlpha α of gradient descent, extragradient and optimistic gradient:
     *     linspace(0, 1.75, n) without 0
     * @param momentumAlpha α of every momentum method: gdAlpha ∪ linspace(0, 1, n) without 0
     * @param modulus |β|: linspace(0, 1, n) without 1
     * @param phase arg β of complex momentum at its best phase: linspace(0, π, phases), phases
     *     − 1 a multiple of 4, so that π/4, π/2 and 3π/4 are grid values
     * @param second extragradient's extrapolation and optimistic gradient's optimism:
     *     linspace(0, 1.75, n)
     */
    record Grids(double[] gdAlpha, double[] momentumAlpha, double[] modulus, double[] phase,
                 double[] second) {
        /** The protocol's grids: 50 points per axis, 49 phases. */
        static final Grids FULL = of(50, 49);
        /** The quick grids: 15 points per axis, 9 phases. */
        static final Grids QUICK = of(15, 9);

        static Grids of(int n, int phases) {
            double[] gd = Arrays.copyOfRange(linspace(0, 1.75, n), 1, n);
            double[] momentum = union(gd, Arrays.copyOfRange(linspace(0, 1, n), 1, n));
            double[] modulus = Arrays.copyOf(linspace(0, 1, n), n - 1);
            return new Grids(gd, momentum, modulus, linspace(0, Math.PI, phases),
                    linspace(0, 1.75, n));
        }

        /** The fixed phase j·π/4 (j = 1, 2, 3), as a value of {@link #phase}. */
        double quarterPhase(int j) {
            return phase[j * (phase.length - 1) / 4];
        }
    }

    /**
     * A method's best cell.
     *
     * @param method the method
     * @param radius the smallest ρ over its grid
     * @param evaluations gradient evaluations per step, k
     * @param spec the spec of the best cell (the first on ties)
     */
    record Best(Method method, double radius, int evaluations, OptimizerSpec spec) {
        /** \(\rho^{1/k}\), the score. */
        double perEvaluation() {
            return Math.pow(radius, 1.0 / evaluations);
        }

        /** \(\ln 10^{-6} / \ln \rho^{1/k}\), or ∞ when ρ ≥ 1. */
        double evaluationsToConverge() {
            double r = perEvaluation();
            return r < 1 ? Math.log(TOLERANCE) / Math.log(r) : Double.POSITIVE_INFINITY;
        }
    }

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
        return "The complex momentum paper's spectrum of games (Lorraine et al., AISTATS 2022):"
                + " quadratic games with 7 coordinate pairs, scales a = linspace(1/4, 4, 7) and"
                + " adversarialness γₖ = γ_max·uₖ (u from numpy's seed(0) uniform draws, then"
                + " γ₁ = 0 and γ₇ = γ_max), so pair k has Jacobian eigenvalues aₖ((1 − γₖ) ± iγₖ)."
                + " At each of 20 values of γ_max in [0, 1] every method is tuned on a grid to the"
                + " smallest spectral radius ρ of its linearised update; the score is ρ per"
                + " gradient evaluation (ρ^{1/2} for extragradient). (a) gradient evaluations to"
                + " shrink the error 10⁶-fold, ln 10⁻⁶ / ln ρ^{1/k} (missing: no setting"
                + " converges); (b)–(d) the best hyperparameters. Grids (the paper's, nested so"
                + " that every special case is inside its generalisation's grid): gradient"
                + " descent α ∈ linspace(0, 1.75, 50); momentum α ∈ linspace(0, 1, 50) ∪"
                + " linspace(0, 1.75, 50), |β| ∈ linspace(0, 1, 50), β = 0 included, real β for"
                + " positive and negative momentum, arg β ∈ {π/4, π/2, 3π/4} and, for the best"
                + " phase, 49 values in [0, π]; extragradient ω − αξ(ω − ηξ(ω)) and optimistic"
                + " gradient ω − αg_t − β′(g_t − g_{t−1}) with α ∈ linspace(0, 1.75, 50) and"
                + " η, β′ ∈ linspace(0, 1.75, 50); α = 0 and |β| = 1 (ρ ≥ 1) left out. --quick:"
                + " 15 points per axis, 9 phases, 6 values of γ_max.";
    }

    /** The game of the figure at maximum adversarialness {@code gammaMax}; equilibrium 0. */
    static Game game(double gammaMax) {
        return SpectrumOfGames.game(gammaMax);
    }

    /**
     * The best cell of every method on the game at {@code gammaMax}, in {@link Method} order.
     *
     * @param threads worker threads of the sweeps; the result does not depend on them
     */
    static List<Best> best(double gammaMax, Grids grids, int threads) {
        Game game = game(gammaMax);
        double[] origin = new double[game.dimension()];
        double[] negative = new double[grids.modulus().length];
        for (int i = 0; i < negative.length; i++) {
            negative[i] = 0 - grids.modulus()[i];
        }
        RadiusSweep.Axis gdAlpha = axis("alpha", RadiusSweep.Part.REAL, grids.gdAlpha());
        RadiusSweep.Axis alpha = axis("alpha", RadiusSweep.Part.REAL, grids.momentumAlpha());
        RadiusSweep.Axis modulus = axis("beta", RadiusSweep.Part.MODULUS, grids.modulus());
        List<Best> out = new ArrayList<>();
        for (Method m : Method.values()) {
            List<RadiusSweep.Axis> axes = switch (m) {
                case GRADIENT_DESCENT -> List.of(gdAlpha);
                case POSITIVE_MOMENTUM -> List.of(alpha,
                        axis("beta", RadiusSweep.Part.REAL, grids.modulus()));
                case NEGATIVE_MOMENTUM -> List.of(alpha,
                        axis("beta", RadiusSweep.Part.REAL, negative));
                case COMPLEX_QUARTER, COMPLEX_HALF, COMPLEX_THREE_QUARTERS -> List.of(alpha,
                        axis("beta", RadiusSweep.Part.ARGUMENT,
                                new double[] {grids.quarterPhase(m.ordinal() - 2)}), modulus);
                case COMPLEX_BEST -> List.of(alpha,
                        axis("beta", RadiusSweep.Part.ARGUMENT, grids.phase()), modulus);
                case EXTRAGRADIENT -> List.of(gdAlpha,
                        axis("extrapolation", RadiusSweep.Part.REAL, grids.second()));
                case OPTIMISTIC -> List.of(gdAlpha,
                        axis("optimism", RadiusSweep.Part.REAL, grids.second()));
            };
            RadiusSweep.Result r = RadiusSweep.sweep(game, origin, OptimizerSpec.parse(spec(m)),
                    axes, threads);
            out.add(new Best(m, r.bestRadius(), r.gradientEvaluationsPerStep(), r.best()));
        }
        return out;
    }

    private static String spec(Method m) {
        return switch (m) {
            case GRADIENT_DESCENT -> "gd";
            case POSITIVE_MOMENTUM, NEGATIVE_MOMENTUM -> "heavy-ball";
            case COMPLEX_QUARTER, COMPLEX_HALF, COMPLEX_THREE_QUARTERS, COMPLEX_BEST ->
                    "complex-momentum";
            case EXTRAGRADIENT -> "extragradient";
            case OPTIMISTIC -> "optimistic";
        };
    }

    private static RadiusSweep.Axis axis(String name, RadiusSweep.Part part, double[] values) {
        return new RadiusSweep.Axis(name, part, values);
    }

    @Override
    public FigureResult compute(boolean quick) {
        Grids grids = quick ? Grids.QUICK : Grids.FULL;
        double[] gammas = linspace(0, 1, quick ? 6 : 20);
        int threads = Runtime.getRuntime().availableProcessors();
        Method[] methods = Method.values();
        XYSeriesCollection evaluations = new XYSeriesCollection();
        XYSeriesCollection steps = new XYSeriesCollection();
        XYSeriesCollection moduli = new XYSeriesCollection();
        XYSeries phase = new XYSeries("complex momentum, best arg β");
        XYSeries extrapolation = new XYSeries("extragradient: extrapolation η");
        XYSeries optimism = new XYSeries("optimistic gradient: optimism β′");
        for (Method m : methods) {
            evaluations.addSeries(new XYSeries(m.label));
            steps.addSeries(new XYSeries(m.label));
            if (hasMomentum(m)) {
                moduli.addSeries(new XYSeries(m.label));
            }
        }
        steps.addSeries(extrapolation);
        steps.addSeries(optimism);
        Table table = new Table("method", "gamma_max", "best_radius", "radius_per_evaluation",
                "evaluations_to_converge", "alpha", "beta_modulus", "beta_argument",
                "extrapolation", "optimism", "best_spec");
        for (double gammaMax : gammas) {
            for (Best b : best(gammaMax, grids, threads)) {
                Method m = b.method();
                OptimizerSpec s = b.spec();
                double n = b.evaluationsToConverge();
                if (Double.isFinite(n)) {
                    evaluations.getSeries(m.ordinal()).add(gammaMax, n);
                }
                double alpha = s.real("alpha");
                steps.getSeries(m.ordinal()).add(gammaMax, alpha);
                // CSV cells of the hyperparameters a method does not have stay empty
                Object[] cells = {"", "", "", ""};
                if (hasMomentum(m)) {
                    Complex beta = s.value("beta");
                    double argument = Math.atan2(beta.getImaginary(), beta.getReal());
                    cells[0] = beta.abs();
                    cells[1] = argument;
                    moduli.getSeries(m.label).add(gammaMax, beta.abs());
                    if (m == Method.COMPLEX_BEST) {
                        phase.add(gammaMax, argument);
                    }
                } else if (m == Method.EXTRAGRADIENT) {
                    cells[2] = s.real("extrapolation");
                    extrapolation.add(gammaMax, s.real("extrapolation"));
                } else if (m == Method.OPTIMISTIC) {
                    cells[3] = s.real("optimism");
                    optimism.add(gammaMax, s.real("optimism"));
                }
                table.row(m.label, gammaMax, b.radius(), b.perEvaluation(), n, alpha, cells[0],
                        cells[1], cells[2], cells[3], s.toString());
            }
        }
        JFreeChart a = Charts.lines("(a) Gradient evaluations to converge", "maximum"
                + " adversarialness γ_max", "gradient evaluations", evaluations);
        a.getXYPlot().setRangeAxis(Charts.logAxis("gradient evaluations to shrink error 10⁶×"
                + " (log)"));
        JFreeChart b = Charts.lines("(b) Best step sizes", "maximum adversarialness γ_max",
                "step size", steps);
        JFreeChart c = Charts.lines("(c) Best momentum |β|", "maximum adversarialness γ_max",
                "|β|", moduli);
        JFreeChart d = Charts.lines("(d) Best arg β of complex momentum",
                "maximum adversarialness γ_max", "arg β (radians)", new XYSeriesCollection(phase));
        List<Method> all = List.of(methods);
        List<Method> withMomentum = all.stream().filter(SpectrumOfGamesFigure::hasMomentum)
                .toList();
        style(a, all, List.of());
        style(b, all, List.of(Method.EXTRAGRADIENT, Method.OPTIMISTIC));
        style(c, withMomentum, List.of());
        style(d, List.of(Method.COMPLEX_BEST), List.of());
        for (JFreeChart chart : List.of(a, b, c, d)) {
            chart.getXYPlot().getDomainAxis().setRange(-0.02, 1.02);
        }
        d.getXYPlot().getRangeAxis().setRange(-0.1, Math.PI + 0.1);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("game", "SpectrumOfGames: 7 pairs, a = linspace(1/4, 4, 7), γ_k = γ_max·u_k,"
                + " u = numpy seed(0) uniform(0, 1, 7), γ_1 = 0, γ_7 = γ_max");
        params.put("gamma_max", "linspace(0, 1, " + gammas.length + ")");
        params.put("alpha (gd, extragradient, optimistic)", describe(grids.gdAlpha()));
        params.put("alpha (momentum)", describe(grids.momentumAlpha()));
        params.put("|beta|", describe(grids.modulus()));
        params.put("arg beta (best phase)", describe(grids.phase()));
        params.put("extrapolation, optimism", describe(grids.second()));
        params.put("score", "best ρ per gradient evaluation; evaluations to shrink the error by "
                + (int) Math.round(1 / TOLERANCE));
        params.put("evaluations_to_converge", "empty in the CSV where no setting converges (best ρ"
                + " per evaluation ≥ 1)");
        return new FigureResult(List.of(a, b, c, d), 2, table, params);
    }

    private static boolean hasMomentum(Method m) {
        return m != Method.GRADIENT_DESCENT && m != Method.EXTRAGRADIENT
                && m != Method.OPTIMISTIC;
    }

    /**
     * Each method in its colour in every panel: complex momentum at a fixed phase dashed and
     * coloured by viridis at arg β/π (as in the paper), the other methods in fixed colours; the
     * series after the methods, the second step sizes of {@code extra}, dotted in its colour.
     */
    private static void style(JFreeChart chart, List<Method> series, List<Method> extra) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        ViridisPaintScale viridis = new ViridisPaintScale(0, 1);
        for (int i = 0; i < series.size() + extra.size(); i++) {
            Method m = i < series.size() ? series.get(i) : extra.get(i - series.size());
            r.setSeriesShapesVisible(i, true);
            r.setSeriesPaint(i, switch (m) {
                case GRADIENT_DESCENT -> Charts.PALETTE[0];
                case POSITIVE_MOMENTUM -> Charts.PALETTE[3];
                case NEGATIVE_MOMENTUM -> Charts.PALETTE[2];
                case COMPLEX_QUARTER -> viridis.getPaint(0.25);
                case COMPLEX_HALF -> viridis.getPaint(0.5);
                case COMPLEX_THREE_QUARTERS -> viridis.getPaint(0.75);
                case COMPLEX_BEST -> Charts.PALETTE[6];
                case EXTRAGRADIENT -> Charts.PALETTE[1];
                case OPTIMISTIC -> GREY;
            });
            float[] dashes = i >= series.size() ? new float[] {2f, 3f}
                    : m == Method.COMPLEX_QUARTER || m == Method.COMPLEX_HALF
                    || m == Method.COMPLEX_THREE_QUARTERS ? new float[] {6f, 4f} : null;
            r.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, dashes, 0f));
        }
    }

    private static String describe(double[] grid) {
        return String.format(Locale.ROOT, "%d values in [%s, %s]", grid.length, grid[0],
                grid[grid.length - 1]);
    }

    /**
     * numpy's {@code linspace(start, stop, num)}, bit for bit: \(start + i\cdot step\) with
     * \(step = (stop - start)/(num - 1)\), the last value {@code stop}.
     */
    static double[] linspace(double start, double stop, int num) {
        double step = (stop - start) / (num - 1);
        double[] v = new double[num];
        for (int i = 0; i < num; i++) {
            v[i] = i * step + start;
        }
        v[num - 1] = stop;
        return v;
    }

    /** The sorted union of two sorted arrays, exact repeats once (numpy's {@code unique}). */
    static double[] union(double[] a, double[] b) {
        return java.util.stream.DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted()
                .distinct().toArray();
    }

    @Override
    public String toString() {
        return id() + "(spectrum of games, 7 pairs)";
    }
}
