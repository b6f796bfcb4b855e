package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.engine.CellFailedException;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.OutcomeExperiment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The GAN figures' runs over seeds: deterministic cells, medians, rates and what the figures say. */
class GanRatesTest {
    private static final GanTraining.Scale TINY = new GanTraining.Scale(3, 16, 3);

    @Test
    void sameSeedSameNumbersWhateverTheThreadCount() {
        List<OptimizerSpec> specs = List.of(OptimizerSpec.parse("adam:alpha=0.01,beta1=0.5"),
                OptimizerSpec.parse("complex-momentum:alpha=0.05,beta=0.5@0.7854"));
        List<SeedRates> one = GanTraining.rates(TINY, specs, 30, 1);
        List<SeedRates> three = GanTraining.rates(TINY, specs, 30, 3);
        for (int s = 0; s < specs.size(); s++) {
            for (int k = 0; k < TINY.seeds(); k++) {
                GanTraining.Run a = one.get(s).runs().get(k);
                GanTraining.Run b = three.get(s).runs().get(k);
                GanTraining.Run alone = GanTraining.run(TINY, specs.get(s), 30, k);
                assertEquals(k, a.seed());
                assertArrayEquals(a.parameters(), b.parameters(), 0, "bits of seed " + k);
                assertArrayEquals(a.parameters(), alone.parameters(), 0, "a cell is its index");
                assertEquals(a.modes(), b.modes());
                assertEquals(a.highQualityShare(), b.highQualityShare(), 0);
            }
            assertFalse(Arrays.equals(one.get(s).runs().get(0).parameters(),
                    one.get(s).runs().get(1).parameters()), "seeds differ");
        }
    }

    @Test
    void eachGanFigureWritesTheSameDataOnOneAndOnTwoThreads() {
        GanMomentumFigure.Settings gan = new GanMomentumFigure.Settings(
                new GanTraining.Scale(3, 16, 2), 8, 8);
        GanEigenvaluesFigure.Settings eigs = new GanEigenvaluesFigure.Settings(TINY, 8);
        GrrGanFigure.Settings grr = new GrrGanFigure.Settings(2, 1, 2, 30);
        List<IntFunction<FigureResult>> figures = List.of(
                threads -> GanMomentumFigure.compute(gan, threads),
                threads -> GanEigenvaluesFigure.compute(eigs, threads),
                threads -> GrrGanFigure.compute(grr, threads));
        for (IntFunction<FigureResult> figure : figures) {
            FigureResult one = figure.apply(1);
            FigureResult two = figure.apply(2);
            assertEquals(one.data().toCsv(), two.data().toCsv());
            assertEquals(one.parameters(), two.parameters());
        }
    }

    @Test
    void theJobsAreRecordsThatAnEngineCanShip() throws Exception {
        GanSeedsJob job = new GanSeedsJob(TINY, List.of("adam:alpha=0.01,beta1=0.5"), 10);
        GanSeedsJob shipped = roundTrip(job);
        assertEquals(job, shipped);
        List<GanTraining.Run> here = CellRuns.run(job, 1);
        List<GanTraining.Run> there = roundTrip(new ArrayList<>(CellRuns.run(shipped, 2)));
        assertEquals(TINY.seeds(), there.size());
        for (int k = 0; k < here.size(); k++) {
            assertArrayEquals(here.get(k).parameters(), there.get(k).parameters(), 0);
        }
        GanEigenvaluesFigure.SpectraJob spectra = new GanEigenvaluesFigure.SpectraJob(TINY, 5);
        assertEquals(spectra, roundTrip(spectra));
        GanEigenvaluesFigure.Seed seed = roundTrip(CellRuns.run(spectra, 1).get(2));
        assertEquals(2, seed.seed());
        assertArrayEquals(GanEigenvaluesFigure.seed(TINY, 5, 2).eigenvalues(), seed.eigenvalues());
        assertEquals("adam:alpha=0.01,beta1=0.5, seed 2 failed: boom", job.failure(2, "boom"));
        GrrGanFigure.ModeSetsJob restarts = new GrrGanFigure.ModeSetsJob(
                new GrrGanFigure.Settings(2, 1, 2, 30), true, 3);
        assertEquals(restarts, roundTrip(restarts));
        List<OutcomeExperiment.Cell> local = CellRuns.run(restarts, 1);
        List<OutcomeExperiment.Cell> shippedBack = roundTrip(new ArrayList<>(CellRuns.run(
                roundTrip(restarts), 2)));
        for (int k = 0; k < local.size(); k++) {
            assertEquals(local.get(k).labels(), shippedBack.get(k).labels());
            assertArrayEquals(local.get(k).features().get(0), shippedBack.get(k).features().get(0), 0);
        }
        assertEquals("restart 1 failed: boom", restarts.failure(1, "boom"));
        assertThrows(IllegalArgumentException.class, () -> new GanSeedsJob(TINY, List.of("nope"), 1));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aDivergedRunCoversNoModeAndSaysWhere() {
        GanTraining.Run run = GanTraining.run(TINY, OptimizerSpec.parse("gd:alpha=1e300"), 50, 1);
        assertTrue(run.divergedAt() >= 1 && run.divergedAt() <= 50, Integer.toString(run.divergedAt()));
        assertEquals(0, run.modes());
        assertEquals(0, run.highQualityShare(), 0);
        assertEquals(TINY.gan(1).generatorSize() + TINY.gan(1).discriminatorSize(),
                run.parameters().length);
        assertTrue(Arrays.stream(run.parameters()).allMatch(Double::isFinite), "the last finite ω");
        assertEquals("width = 3, batch = 16, seeds = 1; allowed: width ≥ 1, batch ≥ 1, seeds ≥ 2",
                assertThrows(IllegalArgumentException.class, () -> new GanTraining.Scale(3, 16, 1))
                        .getMessage());
    }

    @Test
    void cellsKeepTheirOrderAndTheLowestFailureIsReported() {
        assertEquals(List.of(0, 1, 4, 9, 16), CellRuns.run(5, 2, k -> k * k));
        CellFailedException e = assertThrows(CellFailedException.class,
                () -> CellRuns.run(40, 3, k -> {
                    if (k % 7 == 3) {
                        throw new IllegalStateException("cell " + k);
                    }
                    return k;
                }));
        assertEquals("cell 3 failed: cell 3", e.getMessage());
        assertEquals(3, e.cell());
    }

    @Test
    void theMedianSeedIsTheLowerMedianAndTheRatesHaveIntervals() {
        double[] w = new double[2];
        List<GanTraining.Run> runs = List.of(new GanTraining.Run(0, w, 8, 0.9, 0),
                new GanTraining.Run(1, w, 2, 0.2, 0), new GanTraining.Run(2, w, 5, 0.4, 0),
                new GanTraining.Run(3, w, 5, 0.3, 0), new GanTraining.Run(4, w, 0, 0, 17));
        SeedRates r = new SeedRates(OptimizerSpec.parse("gd:alpha=0.1"), 10, runs);
        // by (modes, quality): 4, 1, 3, 2, 0; the middle one is seed 3, not the best (seed 0)
        assertEquals(3, r.median().seed());
        // seeds 1, 3, 2, 0: the lower of the middle two is seed 3 (the upper, seed 2)
        assertEquals(3, new SeedRates(r.spec(), 10, runs.subList(0, 4)).median().seed(),
                "even n: the lower median");
        assertEquals(1, r.allModes(8).count());
        assertEquals(1, r.diverged());
        assertEquals(4.0, r.modes().mean(), 1e-15);
        // Wilson 1 of 5: [0.0362, 0.6245]
        assertEquals("all 8 modes in 1 of 5 seeds (20.0 % [3.6, 62.4]); modes covered "
                + r.modes().format(2) + "; high-quality share " + r.highQuality().format(2)
                + "; 1 diverged (counted as 0 modes)", r.summary(8));
        assertThrows(IllegalArgumentException.class,
                () -> new SeedRates(r.spec(), 10, runs.subList(0, 1)));
    }

    /** The cm-gan CSV's rows of one kind, by rule: column index → values. */
    private static Map<String, List<String[]>> rows(FigureResult r, String kind) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        String[] lines = r.data().toCsv().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f[0].equals(kind)) {
                out.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    @Test
    void cmGanReportsEachRuleAsRatesOverItsSeedsAndShowsMedianSeeds() {
        Figure figure = new GanMomentumFigure();
        FigureResult r = figure.compute(true);
        int seeds = GanTraining.QUICK.seeds();
        Map<String, List<String[]>> runs = rows(r, "run");
        assertEquals(GanMomentumFigure.ARGS.length * GanMomentumFigure.MODS.length
                + GanMomentumFigure.ARGS.length + 1, runs.size());
        Map<String, List<String[]>> all = rows(r, "all-modes");
        Map<String, List<String[]>> modes = rows(r, "modes");
        for (Map.Entry<String, List<String[]>> e : runs.entrySet()) {
            List<String[]> seedRows = e.getValue();
            assertEquals(seeds, seedRows.size(), e.getKey());
            double covered = seedRows.stream().filter(f -> Double.parseDouble(f[5]) == 8).count();
            double mean = seedRows.stream().mapToDouble(f -> Double.parseDouble(f[5])).sum() / seeds;
            assertEquals(covered / seeds, Double.parseDouble(all.get(e.getKey()).get(0)[8]), 0,
                    e.getKey());
            assertEquals(mean, Double.parseDouble(modes.get(e.getKey()).get(0)[8]), 1e-12,
                    e.getKey());
        }
        // each sample panel is its rule's median seed, by the CSV's own runs
        Map<String, List<String[]>> samples = rows(r, "samples");
        assertEquals(4, samples.size());
        for (Map.Entry<String, List<String[]>> e : samples.entrySet()) {
            List<String[]> sorted = new ArrayList<>(runs.get(e.getKey()));
            sorted.sort(Comparator.<String[]>comparingDouble(f -> Double.parseDouble(f[5]))
                    .thenComparingDouble(f -> Double.parseDouble(f[6]))
                    .thenComparingDouble(f -> Double.parseDouble(f[4])));
            assertEquals(sorted.get((seeds - 1) / 2)[4], e.getValue().get(0)[4], e.getKey());
            assertEquals(1000, e.getValue().size());
        }
        String adam = OptimizerSpec.parse("adam:alpha=0.003,beta1=0.5").toString().replace(',', ';');
        String complexAdam = GanMomentumFigure.adam(GanMomentumFigure.SHOWN_ARG, 0).toString()
                .replace(',', ';');
        long a = runs.get(complexAdam).stream().filter(f -> Double.parseDouble(f[5]) == 8).count();
        long b = runs.get(adam).stream().filter(f -> Double.parseDouble(f[5]) == 8).count();
        String caption = figure.caption(r);
        assertTrue(caption.startsWith(figure.caption()), caption);
        assertTrue(caption.contains("complex Adam (β₁ = 0.5·exp(iπ/4)) covers all 8 modes in " + a
                + " of " + seeds + " seeds") && caption.contains("Adam (β₁ = 0.5) in " + b + " of "
                + seeds + " ("), caption);
        // the best phase: most seeds with all 8 modes, then most modes, among arg β > 0 only
        String best = r.parameters().get("best phase, complex momentum |β| = 0.5");
        int expected = 1;
        for (int arg = 2; arg < GanMomentumFigure.ARGS.length; arg++) {
            double[] x = outcome(all, modes, GanMomentumFigure.momentum(arg));
            double[] y = outcome(all, modes, GanMomentumFigure.momentum(expected));
            if (x[0] > y[0] || x[0] == y[0] && x[1] > y[1]) {
                expected = arg;
            }
        }
        assertTrue(best.startsWith("arg β = " + GanMomentumFigure.ARG_NAMES[expected] + ": all 8 modes in"),
                best);
        assertTrue(caption.contains("at its best phase, arg β = " + GanMomentumFigure.ARG_NAMES[expected]
                + ","), caption);
    }

    /** {share of seeds with all modes, mean modes} of a rule, from the CSV. */
    private static double[] outcome(Map<String, List<String[]>> all, Map<String, List<String[]>> modes,
                                    OptimizerSpec spec) {
        String rule = spec.toString().replace(',', ';');
        return new double[] {Double.parseDouble(all.get(rule).get(0)[8]),
            Double.parseDouble(modes.get(rule).get(0)[8])};
    }

    @Test
    void cmGanEigsSharesAreMeansOverSeedsOfEachSpectrum() {
        FigureResult r = new GanEigenvaluesFigure().compute(true);
        Map<String, List<double[]>> bySeed = new LinkedHashMap<>();
        String[] lines = r.data().toCsv().split("\n");
        for (int i = 1; i < lines.length; i++) {
            double[] f = Arrays.stream(lines[i].split(",")).mapToDouble(Double::parseDouble).toArray();
            bySeed.computeIfAbsent(Double.toString(f[0]), k -> new ArrayList<>()).add(f);
        }
        assertEquals(GanEigenvaluesFigure.QUICK.scale().seeds(), bySeed.size());
        double[] shares = new double[bySeed.size()];
        int k = 0;
        for (List<double[]> spectrum : bySeed.values()) {
            // d = 2·16 + 44 + 3 = 79 at width 4
            assertEquals(79, spectrum.size());
            shares[k++] = spectrum.stream().filter(f -> Math.abs(Math.atan2(f[2], f[1])) > Math.PI / 4)
                    .count() / (double) spectrum.size();
        }
        MeanInterval expected = MeanInterval.of(shares);
        assertTrue(r.parameters().get("share with |arg λ| > π/4").startsWith(expected.format(3)),
                r.parameters().toString());
        assertTrue(new GanEigenvaluesFigure().caption(r).contains("a share " + expected.format(3)));
    }

    @Test
    void grrGanComparesDistinctModeSetsWithAsManyRestartsPerSeed() {
        Figure figure = new GrrGanFigure();
        FigureResult r = figure.compute(true);
        // kind, method, seed, end, modes, covered, value, lower, upper
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, Double> distinct = new LinkedHashMap<>();
        String[] lines = r.data().toCsv().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            String key = f[1] + " " + f[2];
            if (f[0].equals("end")) {
                labels.computeIfAbsent(key, k -> new ArrayList<>()).add(f[4]);
            } else if (f[0].equals("distinct")) {
                distinct.put(key, Double.parseDouble(f[6]));
            }
        }
        int seeds = GrrGanFigure.QUICK.seeds();
        double[] grr = new double[seeds];
        double[] restarts = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            List<String> g = labels.get("GRR " + (double) k);
            List<String> s = labels.get("restarts " + (double) k);
            assertEquals(g.size(), s.size(), "as many restarts as branches, seed " + k);
            grr[k] = g.stream().distinct().count();
            restarts[k] = s.stream().distinct().count();
            assertEquals(grr[k], distinct.get("GRR " + (double) k), 0);
            assertEquals(restarts[k], distinct.get("restarts " + (double) k), 0);
        }
        assertEquals(MeanInterval.of(grr).format(2) + " (mean, 95 % t interval)",
                r.parameters().get("distinct mode sets per seed, GRR"));
        assertEquals(MeanInterval.of(restarts).format(2),
                r.parameters().get("distinct mode sets per seed, restarts"));
        double[] diff = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            diff[k] = grr[k] - restarts[k];
        }
        assertTrue(figure.caption(r).contains("the paired difference GRR − restarts is "
                + MeanInterval.of(diff).format(2)), figure.caption(r));
    }
}
