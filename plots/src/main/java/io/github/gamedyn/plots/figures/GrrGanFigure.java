package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.OutcomeExperiment;
import io.github.gamedyn.ridge.grr.Share;
import io.github.gamedyn.zoo.ModeCoverage;
import io.github.gamedyn.zoo.SmallGan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;

/**
 * grr-gan: does Generalized Ridge Rider find more diverse GAN generators than restarting? On a
 * small GAN (ring of 8 Gaussians, fixed batch), GRR runs with search seeds 0 … n − 1; its
 * branches' end points are told apart by the set of modes each generator covers. The fair
 * baseline for diversity is as many independent random restarts of the same follower from the
 * same start distribution as GRR's search: seed k's restarts are as many as seed k's branches.
 * Per seed, the number of distinct mode sets each reaches; over seeds, their means and the mean
 * paired difference with 95 % t intervals. GRR seeds and restarts are independent cells
 * ({@link OutcomeExperiment#cell}).
 */
final class GrrGanFigure implements Figure {
    private static final int WIDTH = 4;
    private static final int BATCH = 64;
    private static final int SAMPLES = 1000;

    /** What changes between the full and the quick version. */
    record Settings(int seeds, int iterations, int branches, int steps) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final Settings FULL = new Settings(10, 10, 8, 1000);
    static final Settings QUICK = new Settings(3, 2, 2, 200);

    /**
     * GRR with search seeds 0 … cells − 1, or as many random restarts of its follower, as a job
     * of cells ({@link OutcomeExperiment#cell}): a record of numbers, so an engine can ship it.
     *
     * @param settings the version of the figure
     * @param restarts random restarts of the follower if true, else GRR's seeds
     * @param cells the number of seeds or restarts
     */
    record ModeSetsJob(Settings settings, boolean restarts, int cells)
            implements CellJob<OutcomeExperiment.Cell>, Serializable {
        private static final long serialVersionUID = 1L;

        /** The method of these cells. */
        OutcomeExperiment.Method method() {
            GrrOptions options = options(settings);
            return restarts
                    ? new OutcomeExperiment.RandomStarts("restarts", options.following(),
                            options.search().startScale(), Math.max(1, cells))
                    : new OutcomeExperiment.GrrSeeds("GRR", options, cells);
        }

        @Override
        public int cells() {
            return cells;
        }

        @Override
        public CellKernel<OutcomeExperiment.Cell> kernel() {
            SmallGan gan = gan();
            ModeCoverage coverage = new ModeCoverage(gan, SAMPLES, 7);
            OutcomeExperiment experiment = new OutcomeExperiment(gan.game(), coverage,
                    coverage::format, 0.5);
            OutcomeExperiment.Method method = method();
            return k -> experiment.cell(method, k);
        }

        @Override
        public String failure(int cell, String cause) {
            return (restarts ? "restart " : "GRR seed ") + cell + " failed: " + cause;
        }
    }

    /** The GAN every cell plays: its fixed batch of seed 0. */
    static SmallGan gan() {
        return SmallGan.builder().generatorWidth(WIDTH).discriminatorWidth(WIDTH).batch(BATCH)
                .build();
    }

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GrrGanFigure(), args);
    }

    @Override
    public String id() {
        return "grr-gan";
    }

    @Override
    public String title() {
        return "GRR on a small GAN against random restarts: distinct mode sets over seeds";
    }

    /** The GRR settings of one version. */
    static GrrOptions options(Settings s) {
        return GrrOptions.defaults().withLearningRate(0.1)
                .withSearch(x -> x.withHorizon(20).withRestarts(2).withIterations(s.iterations())
                        .withStartScale(0.5))
                .withBranching(b -> b.withPerturbation(0.5).withMaxBranches(s.branches()))
                .withFollowing(f -> f.withSteps(s.steps()));
    }

    @Override
    public String caption() {
        return "Generalized Ridge Rider on a small GAN (generator and discriminator MLPs with two"
                + " tanh layers of width " + WIDTH + ", fixed batch of " + BATCH + ", seed 0,"
                + " ring of 8 Gaussians) with search seeds 0–" + (FULL.seeds() - 1) + ": each seed"
                + " searches 2 restarts (θ₀ ~ N(0, 0.25), K = 20, GD α = 0.1, " + FULL.iterations()
                + " ascent steps), branches " + FULL.branches() + " ways at each bifurcation point"
                + " (ε = 0.5) and follows each branch with GD α = 0.1 for " + FULL.steps()
                + " steps (half the single-run version's, to keep 10 seeds and their restarts"
                + " within the figures' time budget; --quick: " + QUICK.seeds() + " seeds, "
                + QUICK.iterations() + " ascent steps, " + QUICK.branches() + " branches, "
                + QUICK.steps() + " steps). Baseline: as many independent random restarts of the"
                + " same follower"
                + " from the same N(0, 0.25) as GRR's branches (seed k's restarts as many as seed"
                + " k's end points, restarts disjoint across seeds). An end point is its set of"
                + " covered modes (a mode counts when ≥ 1 % of " + SAMPLES + " samples lie within"
                + " 3σ of its centre; the empty set is a generator off the ring). Left and middle:"
                + " the modes covered by each end point of the median seed (by GRR's distinct"
                + " sets), GRR and restarts; right: distinct mode sets per seed, with the means"
                + " (thick lines) and their 95 % t intervals (thin boxes). GRR paper (Lorraine et al., AAMAS"
                + " 2022), the GAN experiment, with the baseline it needs.";
    }

    @Override
    public FigureResult compute(boolean quickVersion) {
        return compute(quickVersion ? QUICK : FULL, Runtime.getRuntime().availableProcessors());
    }

    /** The figure at settings {@code s}, its cells on {@code threads} threads (the same bits). */
    static FigureResult compute(Settings s, int threads) {
        ModeSetsJob grr = new ModeSetsJob(s, false, s.seeds());
        List<OutcomeExperiment.Cell> trees = CellRuns.run(grr, threads);
        int[] first = new int[s.seeds() + 1];
        for (int k = 0; k < s.seeds(); k++) {
            first[k + 1] = first[k] + trees.get(k).labels().size();
        }
        ModeSetsJob restarts = new ModeSetsJob(s, true, first[s.seeds()]);
        List<OutcomeExperiment.Cell> starts = CellRuns.run(restarts, threads);

        Table table = new Table("kind", "method", "seed", "end", "modes", "covered", "value",
                "lower", "upper");
        double[] grrDistinct = new double[s.seeds()];
        double[] restartDistinct = new double[s.seeds()];
        List<List<double[]>> grrEnds = new ArrayList<>();
        List<List<double[]>> restartEnds = new ArrayList<>();
        for (int k = 0; k < s.seeds(); k++) {
            OutcomeExperiment.Cell tree = trees.get(k);
            List<OutcomeExperiment.Cell> mine = starts.subList(first[k], first[k + 1]);
            grrEnds.add(tree.features());
            restartEnds.add(mine.stream().map(c -> c.features().get(0)).toList());
            grrDistinct[k] = new HashSet<>(tree.labels()).size();
            restartDistinct[k] = mine.stream().map(c -> c.labels().get(0)).distinct().count();
            rows(table, "GRR", k, tree.labels(), tree.features());
            rows(table, "restarts", k, mine.stream().map(c -> c.labels().get(0)).toList(),
                    restartEnds.get(k));
            table.row("distinct", "GRR", (double) k, "", "", "", grrDistinct[k], "", "");
            table.row("distinct", "restarts", (double) k, "", "", "", restartDistinct[k], "", "");
        }
        double[] difference = IntStream.range(0, s.seeds())
                .mapToDouble(k -> grrDistinct[k] - restartDistinct[k]).toArray();
        MeanInterval g = MeanInterval.of(grrDistinct);
        MeanInterval r = MeanInterval.of(restartDistinct);
        MeanInterval diff = MeanInterval.of(difference);
        Share more = new Share((int) IntStream.range(0, s.seeds())
                .filter(k -> grrDistinct[k] > restartDistinct[k]).count(), s.seeds());
        table.row("mean", "GRR", "", "", "", "", g.mean(), g.lower(), g.upper());
        table.row("mean", "restarts", "", "", "", "", r.mean(), r.lower(), r.upper());
        table.row("mean", "GRR − restarts", "", "", "", "", diff.mean(), diff.lower(), diff.upper());

        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", "width " + WIDTH + ", batch " + BATCH + ", ring of 8, fixed batch, seed 0,"
                + " d = " + gan().game().dimension());
        params.put("GRR", grr.method().dynamics());
        params.put("restarts", restarts.method().dynamics() + "; seed k takes as many as seed k's branches");
        params.put("end points per seed", String.format(Locale.ROOT, "%.1f (GRR and restarts alike)",
                (double) first[s.seeds()] / s.seeds()));
        params.put("distinct mode sets per seed, GRR", g.format(2) + " (mean, 95 % t interval)");
        params.put("distinct mode sets per seed, restarts", r.format(2));
        params.put("GRR − restarts, paired by seed", diff.format(2));
        params.put("seeds where GRR reaches more", more.count() + " of " + more.trials() + " ("
                + more + ")");
        params.put("mode sets over all seeds", String.format(Locale.ROOT, "GRR %d, restarts %d",
                trees.stream().flatMap(c -> c.labels().stream()).distinct().count(),
                starts.stream().flatMap(c -> c.labels().stream()).distinct().count()));
        params.put(RESULT, String.format(Locale.ROOT, "over %d seeds, GRR's %s end points per"
                        + " seed reach %s distinct mode sets, as many random restarts of the"
                        + " same follower %s; the paired difference GRR − restarts is %s (means"
                        + " with 95 %% t intervals); GRR reaches more in %d of %d seeds.",
                s.seeds(), String.format(Locale.ROOT, "%.1f", (double) first[s.seeds()] / s.seeds()),
                g.format(2), r.format(2), diff.format(2), more.count(), more.trials()));

        int median = IntStream.range(0, s.seeds()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(k -> grrDistinct[k])
                        .thenComparingInt(k -> k))
                .toList().get((s.seeds() - 1) / 2);
        List<JFreeChart> panels = List.of(
                coverage("GRR, seed " + median + ": modes per end point", grrEnds.get(median)),
                coverage("Restarts for seed " + median + ": modes per end point",
                        restartEnds.get(median)),
                distinct(grrDistinct, restartDistinct, g, r));
        return new FigureResult(panels, 3, table, params);
    }

    private static void rows(Table table, String method, int seed, List<String> labels,
                             List<double[]> features) {
        for (int e = 0; e < labels.size(); e++) {
            double covered = 0;
            for (double f : features.get(e)) {
                covered += f;
            }
            table.row("end", method, (double) seed, (double) (e + 1), labels.get(e), covered, "",
                    "", "");
        }
    }

    /** A filled dot at (end point, mode) for every mode an end point covers. */
    private static JFreeChart coverage(String title, List<double[]> ends) {
        List<Double> s = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        for (int e = 0; e < ends.size(); e++) {
            double[] f = ends.get(e);
            for (int m = 0; m < f.length; m++) {
                if (f[m] > 0.5) {
                    s.add(e + 1.0);
                    t.add((double) m);
                }
            }
        }
        Plane plane = Plane.coordinates(new double[2], 0, 1, 0.4, ends.size() + 0.6, -0.6, 7.6)
                .withLabels("end point", "mode of the ring");
        PlaneCurve dots = new PlaneCurve("covered", s.stream().mapToDouble(x -> x).toArray(),
                t.stream().mapToDouble(x -> x).toArray());
        return new PlaneChart(plane).zoom(0.4, ends.size() + 0.6, -0.6, 7.6, 1)
                .points(dots, Charts.PALETTE[0], 14, true).chart(title);
    }

    /** Distinct mode sets per seed for both methods, their means and 95 % intervals. */
    private static JFreeChart distinct(double[] grr, double[] restarts, MeanInterval g,
                                       MeanInterval r) {
        int n = grr.length;
        double top = Math.max(g.upper(), r.upper());
        for (int k = 0; k < n; k++) {
            top = Math.max(top, Math.max(grr[k], restarts[k]));
        }
        Plane plane = Plane.coordinates(new double[2], 0, 1, -0.5, n - 0.5, 0, top + 1)
                .withLabels("seed", "distinct mode sets");
        double[] left = IntStream.range(0, n).mapToDouble(k -> k - 0.12).toArray();
        double[] right = IntStream.range(0, n).mapToDouble(k -> k + 0.12).toArray();
        List<PlaneCurve> means = List.of(level("GRR mean", g.mean(), n),
                level("restarts mean", r.mean(), n));
        return new PlaneChart(plane).zoom(-0.5, n - 0.5, 0, top + 1, 1)
                .curves(means, 0, 2f)
                .curves(List.of(box("GRR, 95 % interval", g, n),
                        box("restarts, 95 % interval", r, n)), 0, 0.8f)
                .points(new PlaneCurve("GRR", left, grr), Charts.PALETTE[0], 9, true)
                .points(new PlaneCurve("restarts", right, restarts), Charts.PALETTE[1], 9, true)
                .legend(true)
                .chart("Distinct mode sets per seed");
    }

    /** The interval as the outline of the band [lower, upper] across the seeds. */
    private static PlaneCurve box(String label, MeanInterval m, int n) {
        return new PlaneCurve(label, new double[] {-0.5, n - 0.5, n - 0.5, -0.5, -0.5},
                new double[] {m.lower(), m.lower(), m.upper(), m.upper(), m.lower()});
    }

    private static PlaneCurve level(String label, double y, int n) {
        return new PlaneCurve(label, new double[] {-0.5, n - 0.5}, new double[] {y, y});
    }
}
