package io.github.gamedyn.plots.figures;

import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.Share;
import io.github.gamedyn.zoo.SmallGan;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.complex.ComplexUtils;
import org.jfree.chart.JFreeChart;

/**
 * cm-gan: the small GAN on the ring of 8 Gaussians trained by minibatch steps, as rates over
 * seeds. Part one: Adam (real β₁) and complex Adam (complex β₁) over a grid of
 * \((\arg\beta_1, |\beta_1|)\); part two: complex momentum against heavy ball (arg β = 0) and
 * gradient descent, simultaneous updates, the same step size α for all. Every (rule, seed) is an
 * independent cell ({@link GanTraining#rates}); each rule is reported as the share of seeds whose
 * generator covers all 8 modes (Wilson interval) and the mean modes covered and high-quality
 * share (t intervals), and the sample panels show each rule's median seed, not its best.
 */
final class GanMomentumFigure implements Figure {
    static final double ADAM_RATE = 0.003;
    static final double MOMENTUM_RATE = 0.1;
    static final double MOMENTUM_MODULUS = 0.5;
    static final double[] ARGS = {0, Math.PI / 8, Math.PI / 4, 3 * Math.PI / 8, Math.PI / 2};
    static final String[] ARG_NAMES = {"0", "π/8", "π/4", "3π/8", "π/2"};
    static final double[] MODS = {0.5, 0.9};
    /** The complex Adam cell shown as samples: arg β₁ = π/4 at |β₁| = 0.5. */
    static final int SHOWN_ARG = 2;
    static final int MODES = 8;

    /** The scale and the steps of each part of one version of the figure. */
    record Settings(GanTraining.Scale scale, int adamSteps, int momentumSteps) {
    }

    static final Settings FULL = new Settings(GanTraining.FULL, 1000, 1000);
    static final Settings QUICK = new Settings(GanTraining.QUICK, 60, 60);

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GanMomentumFigure(), args);
    }

    @Override
    public String id() {
        return "cm-gan";
    }

    @Override
    public String title() {
        return "Small GAN with real and complex Adam and momentum, rates over seeds";
    }

    @Override
    public String caption() {
        GanTraining.Scale s = FULL.scale();
        return "Small GAN (generator and discriminator MLPs with two tanh layers of width "
                + s.width() + ") on a ring of 8 Gaussians, trained by minibatch steps (a fresh"
                + " seeded minibatch of " + s.batch() + " data and noise samples per step,"
                + " simultaneous updates) from the seeded initialisation, over seeds 0–"
                + (s.seeds() - 1) + " (each seed is one initialisation and one stream of"
                + " minibatches, the same for every rule; --quick: width "
                + QUICK.scale().width() + ", minibatch " + QUICK.scale().batch() + ", "
                + QUICK.scale().seeds() + " seeds, " + QUICK.adamSteps() + " steps). Rules: Adam"
                + " and complex Adam (α = " + ADAM_RATE + ", " + FULL.adamSteps() + " steps)"
                + " over arg β₁ ∈ {0, π/8, π/4, 3π/8, π/2} and |β₁| ∈ {0.5, 0.9} (arg β₁ = 0 is"
                + " Adam; two moduli rather than four keep 20 seeds per cell within the figures'"
                + " time budget); gradient descent, heavy ball and complex momentum with the same"
                + " step size α = " + MOMENTUM_RATE + " and |β| = " + MOMENTUM_MODULUS + " over the"
                + " same phases (arg β = 0 is heavy ball; " + FULL.momentumSteps() + " steps,"
                + " not 1500, for the same budget)."
                + " Top row: 1000 generator samples (orange) over the data (grey) of the median"
                + " seed (seeds ordered by modes covered, then high-quality share; the lower"
                + " median), not the best, of Adam (β₁ = 0.5), complex Adam (β₁ = 0.5·exp(iπ/4)),"
                + " heavy ball and complex momentum at its best phase. Bottom row: mean modes"
                + " covered per cell of (complex) Adam; then mean modes covered, the share of"
                + " seeds covering all 8 modes and the mean high-quality share against the phase,"
                + " with 95 % intervals (t over seeds for means, Wilson for shares). A mode counts"
                + " when ≥ 1 % of 2000 samples lie within 3σ of its centre; a high-quality"
                + " sample lies within 3σ of some centre. The best phase is chosen on the same"
                + " seeds, so its rate is optimistic. Complex momentum paper (Lorraine et al.,"
                + " AISTATS 2022), the GAN experiment, as rates over seeds rather than single runs.";
    }

    /** Adam for arg index 0, else complex Adam, at (arg index, modulus index). */
    static OptimizerSpec adam(int arg, int mod) {
        return OptimizerSpec.parse(arg == 0
                ? "adam:alpha=" + ADAM_RATE + ",beta1=" + MODS[mod]
                : "complex-adam:alpha=" + ADAM_RATE + ",beta1=" + MODS[mod] + "@" + ARGS[arg]);
    }

    /** Gradient descent for {@code arg < 0}, heavy ball for 0, else complex momentum. */
    static OptimizerSpec momentum(int arg) {
        if (arg < 0) {
            return OptimizerSpec.parse("gd:alpha=" + MOMENTUM_RATE);
        }
        return OptimizerSpec.parse(arg == 0
                ? "heavy-ball:alpha=" + MOMENTUM_RATE + ",beta=" + MOMENTUM_MODULUS
                : "complex-momentum:alpha=" + MOMENTUM_RATE + ",beta=" + MOMENTUM_MODULUS + "@"
                        + ARGS[arg]);
    }

    static String adamName(int arg, int mod) {
        return arg == 0 ? "Adam, β₁ = " + MODS[mod]
                : "complex Adam, β₁ = " + MODS[mod] + "·exp(i" + ARG_NAMES[arg] + ")";
    }

    static String momentumName(int arg) {
        return arg < 0 ? "GD" : arg == 0 ? "heavy ball, β = " + MOMENTUM_MODULUS
                : "complex momentum, β = " + MOMENTUM_MODULUS + "·exp(i" + ARG_NAMES[arg] + ")";
    }

    @Override
    public FigureResult compute(boolean quickVersion) {
        return compute(quickVersion ? QUICK : FULL, Runtime.getRuntime().availableProcessors());
    }

    /** The figure at settings {@code s}, its cells on {@code threads} threads (the same bits). */
    static FigureResult compute(Settings s, int threads) {
        List<OptimizerSpec> adamSpecs = new ArrayList<>();
        for (int m = 0; m < MODS.length; m++) {
            for (int a = 0; a < ARGS.length; a++) {
                adamSpecs.add(adam(a, m));
            }
        }
        List<OptimizerSpec> momentumSpecs = new ArrayList<>();
        for (int a = -1; a < ARGS.length; a++) {
            momentumSpecs.add(momentum(a));
        }
        List<SeedRates> adamRates = GanTraining.rates(s.scale(), adamSpecs, s.adamSteps(),
                threads);
        List<SeedRates> momentumRates = GanTraining.rates(s.scale(), momentumSpecs,
                s.momentumSteps(), threads);
        // adamRates.get(m * ARGS.length + a); momentumRates.get(a + 1), GD first
        SeedRates adam = adamRates.get(0);
        SeedRates complexAdam = adamRates.get(SHOWN_ARG);
        SeedRates gd = momentumRates.get(0);
        SeedRates heavyBall = momentumRates.get(1);
        // the phases arg β > 0: momentumRates 2 .. ARGS.length, arg index 1 ..
        int bestMomentum = 1 + bestPhase(momentumRates.subList(2, momentumRates.size()));
        SeedRates complexMomentum = momentumRates.get(1 + bestMomentum);

        Table table = new Table("kind", "rule", "arg", "modulus", "seed", "modes",
                "high_quality", "diverged_at", "estimate", "lower", "upper", "x", "y");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", s.scale().describe() + ", ring of 8, minibatch training on "
                + "SmallGan.minibatchGame(), quality of " + GanTraining.SAMPLES
                + " samples (seed " + GanTraining.SAMPLE_SEED + ")");
        params.put("steps", "Adam family " + s.adamSteps() + ", momentum family "
                + s.momentumSteps());
        for (int m = 0; m < MODS.length; m++) {
            for (int a = 0; a < ARGS.length; a++) {
                SeedRates r = adamRates.get(m * ARGS.length + a);
                record(table, r, ARGS[a], MODS[m]);
                params.put(adamName(a, m), r.summary(MODES));
            }
        }
        for (int a = -1; a < ARGS.length; a++) {
            SeedRates r = momentumRates.get(a + 1);
            record(table, r, a < 0 ? Double.NaN : ARGS[a], a < 0 ? 0 : MOMENTUM_MODULUS);
            Complex beta = a < 0 ? Complex.ZERO
                    : ComplexUtils.polar2Complex(MOMENTUM_MODULUS, ARGS[a]);
            params.put(momentumName(a), r.summary(MODES) + String.format(Locale.ROOT,
                    "; step on a constant gradient α·Re 1/(1 − β) = %.4f",
                    MOMENTUM_RATE * Complex.ONE.divide(Complex.ONE.subtract(beta)).getReal()));
        }
        int[] bestAdam = new int[MODS.length];
        for (int m = 0; m < MODS.length; m++) {
            bestAdam[m] = 1 + bestPhase(adamRates.subList(m * ARGS.length + 1,
                    (m + 1) * ARGS.length));
            params.put("best phase, complex Adam |β₁| = " + MODS[m], "arg β₁ = "
                    + ARG_NAMES[bestAdam[m]] + ": " + adamRates.get(m * ARGS.length + bestAdam[m])
                    .summary(MODES));
        }
        params.put("best phase, complex momentum |β| = " + MOMENTUM_MODULUS, "arg β = "
                + ARG_NAMES[bestMomentum] + ": " + complexMomentum.summary(MODES));
        params.put(RESULT, result(adam, complexAdam, adamRates.get(bestAdam[0]), bestAdam[0],
                gd, heavyBall, complexMomentum, bestMomentum));

        List<JFreeChart> panels = new ArrayList<>();
        double[] data = s.scale().gan(0).sampleData(1000, 11);
        panels.add(samples(adamName(0, 0), adam, s.scale(), data, table));
        panels.add(samples(adamName(SHOWN_ARG, 0), complexAdam, s.scale(), data, table));
        panels.add(samples(momentumName(0), heavyBall, s.scale(), data, table));
        panels.add(samples(momentumName(bestMomentum), complexMomentum, s.scale(), data,
                table));
        panels.add(heatMap(adamRates, s));
        List<SeedRates> momentumPhases = momentumRates.subList(1, momentumRates.size());
        panels.add(phases("modes covered (of 8)", adamRates,
                momentumPhases, gd, r -> r.modes().mean(), r -> r.modes().lower(),
                r -> r.modes().upper()).yRange(0, MODES).chart("Modes covered"));
        panels.add(phases("share of seeds", adamRates,
                momentumPhases, gd, r -> r.allModes(MODES).estimate(),
                r -> r.allModes(MODES).lower(), r -> r.allModes(MODES).upper()).yRange(0, 1)
                .chart("Seeds covering all 8 modes"));
        panels.add(phases("share of samples", adamRates, momentumPhases,
                gd, r -> r.highQuality().mean(), r -> r.highQuality().lower(),
                r -> r.highQuality().upper()).yRange(0, 1).chart("High-quality samples"));
        return new FigureResult(panels, 4, table, params);
    }

    /**
     * The index of the rule with the most seeds covering every mode, then the highest mean modes
     * covered, then the first (smallest phase): the phase that does best.
     */
    static int bestPhase(List<SeedRates> rates) {
        int best = 0;
        for (int k = 1; k < rates.size(); k++) {
            Share a = rates.get(k).allModes(MODES);
            Share b = rates.get(best).allModes(MODES);
            if (a.count() > b.count() || a.count() == b.count()
                    && rates.get(k).modes().mean() > rates.get(best).modes().mean()) {
                best = k;
            }
        }
        return best;
    }

    /** The sentence of the caption that states the comparison as rates. */
    private static String result(SeedRates adam, SeedRates complexAdam, SeedRates bestAdam,
                                 int adamPhase, SeedRates gd, SeedRates heavyBall,
                                 SeedRates complexMomentum, int phase) {
        int n = adam.runs().size();
        return "complex Adam (β₁ = 0.5·exp(iπ/4)) covers all 8 modes in "
                + complexAdam.allModes(MODES).count() + " of " + n + " seeds ("
                + complexAdam.allModes(MODES) + "), Adam (β₁ = 0.5) in "
                + adam.allModes(MODES).count() + " of " + n + " (" + adam.allModes(MODES)
                + "); mean modes covered " + complexAdam.modes().format(2) + " against "
                + adam.modes().format(2) + "; at its best phase, arg β₁ = " + ARG_NAMES[adamPhase]
                + ", complex Adam covers all 8 in " + bestAdam.allModes(MODES).count() + " of "
                + n + " (" + bestAdam.allModes(MODES) + "). Complex momentum at its best phase,"
                + " arg β = " + ARG_NAMES[phase] + ", covers all 8 modes in "
                + complexMomentum.allModes(MODES).count() + " of " + n + " seeds ("
                + complexMomentum.allModes(MODES) + "), heavy ball in "
                + heavyBall.allModes(MODES).count() + " (" + heavyBall.allModes(MODES)
                + "), GD in " + gd.allModes(MODES).count() + " (" + gd.allModes(MODES)
                + "); mean modes covered " + complexMomentum.modes().format(2)
                + " (complex momentum), " + heavyBall.modes().format(2) + " (heavy ball) and "
                + gd.modes().format(2) + " (GD).";
    }

    /** The runs and the rates of one rule as rows. */
    private static void record(Table table, SeedRates r, double arg, double modulus) {
        String rule = r.spec().toString();
        for (GanTraining.Run run : r.runs()) {
            table.row("run", rule, arg, modulus, (double) run.seed(), (double) run.modes(),
                    run.highQualityShare(), (double) run.divergedAt(), "", "", "", "", "");
        }
        Share all = r.allModes(MODES);
        MeanInterval modes = r.modes();
        MeanInterval quality = r.highQuality();
        table.row("all-modes", rule, arg, modulus, "", "", "", "", all.estimate(), all.lower(),
                all.upper(), "", "");
        table.row("modes", rule, arg, modulus, "", "", "", "", modes.mean(), modes.lower(),
                modes.upper(), "", "");
        table.row("high-quality", rule, arg, modulus, "", "", "", "", quality.mean(),
                quality.lower(), quality.upper(), "", "");
    }

    /** Generator samples of the median seed of {@code r} over the data. */
    private static JFreeChart samples(String name, SeedRates r, GanTraining.Scale scale,
                                      double[] data, Table table) {
        GanTraining.Run median = r.median();
        SmallGan gan = scale.gan(median.seed());
        double[] generated = gan.generate(median.parameters(), 1000, 13);
        Plane plane = Plane.coordinates(new double[2], 0, 1, -3, 3, -3, 3).withLabels("x₁", "x₂");
        for (int i = 0; i < generated.length; i += 2) {
            table.row("samples", r.spec().toString(), "", "", (double) median.seed(), "", "", "",
                    "", "", "", generated[i], generated[i + 1]);
        }
        return new PlaneChart(plane)
                .points(points("data", data), new Color(180, 180, 180), 4, true)
                .points(points("generator", generated), Charts.PALETTE[1], 3, true)
                .legend(true)
                .chart(name + ": seed " + median.seed() + ", " + median.modes() + "/8 modes");
    }

    private static PlaneCurve points(String label, double[] xy) {
        double[] s = new double[xy.length / 2];
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = xy[2 * i];
            t[i] = xy[2 * i + 1];
        }
        return new PlaneCurve(label, s, t);
    }

    /** Mean modes covered by complex Adam over (arg β₁, |β₁|). */
    private static JFreeChart heatMap(List<SeedRates> adamRates, Settings s) {
        double[][] values = new double[ARGS.length][MODS.length];
        for (int m = 0; m < MODS.length; m++) {
            for (int a = 0; a < ARGS.length; a++) {
                values[a][m] = adamRates.get(m * ARGS.length + a).modes().mean();
            }
        }
        double dx = ARGS[1] - ARGS[0];
        double dy = MODS[1] - MODS[0];
        Plane plane = Plane.coordinates(new double[2], 0, 1, ARGS[0] - dx / 2,
                ARGS[ARGS.length - 1] + dx / 2, MODS[0] - dy / 2, MODS[MODS.length - 1] + dy / 2)
                .withLabels("arg β₁ (radians)", "|β₁|");
        HeatMap map = new HeatMap(plane, "mean modes covered (of 8)", ARGS, MODS, values);
        return new PlaneChart(plane).heatMap(map, 0, MODES).chart("(Complex) Adam, "
                + s.adamSteps() + " steps: mean modes");
    }

    /**
     * One statistic against the phase: complex Adam at each modulus, complex momentum, and
     * gradient descent (no phase) as a constant band.
     */
    private static IntervalPlot phases(String label, List<SeedRates> adamRates,
                                       List<SeedRates> momentumPhases, SeedRates gd,
                                       Function<SeedRates, Double> estimate,
                                       Function<SeedRates, Double> lower,
                                       Function<SeedRates, Double> upper) {
        IntervalPlot plot = new IntervalPlot("arg β (radians)", label);
        for (int m = 0; m < MODS.length; m++) {
            add(plot, "(complex) Adam, |β₁| = " + MODS[m],
                    adamRates.subList(m * ARGS.length, (m + 1) * ARGS.length), estimate, lower,
                    upper);
        }
        add(plot, "heavy ball / complex momentum, |β| = " + MOMENTUM_MODULUS, momentumPhases,
                estimate, lower, upper);
        double[] x = {ARGS[0], ARGS[ARGS.length - 1]};
        plot.add("GD", x, new double[] {estimate.apply(gd), estimate.apply(gd)},
                new double[] {lower.apply(gd), lower.apply(gd)},
                new double[] {upper.apply(gd), upper.apply(gd)});
        return plot;
    }

    private static void add(IntervalPlot plot, String label, List<SeedRates> rates,
                            Function<SeedRates, Double> estimate,
                            Function<SeedRates, Double> lower, Function<SeedRates, Double> upper) {
        double[] e = new double[rates.size()];
        double[] lo = new double[rates.size()];
        double[] hi = new double[rates.size()];
        for (int k = 0; k < e.length; k++) {
            e[k] = estimate.apply(rates.get(k));
            lo[k] = lower.apply(rates.get(k));
            hi[k] = upper.apply(rates.get(k));
        }
        plot.add(label, ARGS.clone(), e, lo, hi);
    }
}
