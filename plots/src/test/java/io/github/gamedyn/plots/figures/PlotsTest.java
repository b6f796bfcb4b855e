package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phase portraits, heat maps, spectra and runs against closed forms, and the files they write. */
class PlotsTest {

    /**
     * A linear game with constant Ĥ = [[1, 2], [−2, 1]]: L_x = ½x² + 2xy, L_y = ½y² − 2xy, so one
     * GD step is (I − αĤ)ω.
     */
    private static final Game LINEAR = Game.builder("linear")
            .player("x", 1).player("y", 1)
            .losses(t -> {
                Var x = t.block(0);
                Var y = t.block(1);
                Var xy = x.times(y).times(2);
                return new Var[] {x.square().times(0.5).plus(xy), y.square().times(0.5).minus(xy)};
            }).build();

    @Test
    void phasePortraitArrowsAreOneStepAndTrajectoriesIterateIt() {
        double alpha = 0.1;
        Plane plane = Plane.coordinates(new double[2], 0, 1, -1, 1, -2, 2);
        PhasePortrait p = PhasePortrait.compute(plane, new GradientDescentMap(LINEAR, alpha), 4,
                new double[][] {{0.5, -1}}, 3);
        assertEquals(16, p.field().size());
        // cell (1, 2): s = −1 + 1.5·2/4 = −0.25, t = −2 + 2.5·4/4 = 0.5; Δ = −αĤω
        PhasePortrait.Arrow a = p.field().get(4 + 2);
        assertEquals(-0.25, a.s(), 0);
        assertEquals(0.5, a.t(), 0);
        assertEquals(-alpha * (-0.25 + 2 * 0.5), a.ds(), 1e-15);
        assertEquals(-alpha * (-2 * -0.25 + 0.5), a.dt(), 1e-15);
        PlaneCurve c = p.trajectories().get(0);
        double[] w = {0.5, -1};
        for (int k = 0; k <= 3; k++) {
            assertEquals(w[0], c.s()[k], 1e-15);
            assertEquals(w[1], c.t()[k], 1e-15);
            w = new double[] {w[0] - alpha * (w[0] + 2 * w[1]), w[1] - alpha * (-2 * w[0] + w[1])};
        }
        Table table = new Table("panel", "kind", "s", "t", "ds", "dt");
        p.rows(table, "A");
        assertEquals(16 + 4, table.size());
        assertTrue(table.toCsv().contains("\nA,field,-0.25,0.5,"), table.toCsv());
        assertTrue(table.toCsv().endsWith(",,\n"), table.toCsv());
    }

    @Test
    void aSimplexPortraitKeepsToTheTriangleAndStepsLikeTheClosedForm() {
        Game rps = GameRegistry.create("rock-paper-scissors");
        Plane plane = Plane.simplex(rps);
        double alpha = 0.5;
        PhasePortrait p = PhasePortrait.compute(plane, new GradientDescentMap(rps, alpha), 12,
                new double[][] {{0.5, 0.2}}, 200);
        assertTrue(p.field().size() > 40 && p.field().size() < 144 / 2 + 12, "" + p.field().size());
        // Both players at x (logits log x): L₁ = −xᵀAy has ∇θ₁ = −J(x)Ax with the softmax
        // Jacobian J = diag(x) − xxᵀ, and so does L₂ = xᵀAy at y = x (A = −Aᵀ); one step moves
        // both logits to log x + αJAx.
        double[][] a = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
        for (PhasePortrait.Arrow arrow : p.field()) {
            assertTrue(plane.contains(arrow.s(), arrow.t()));
            double x2 = arrow.t() / (Math.sqrt(3) / 2);
            double x1 = arrow.s() - x2 / 2;
            double[] x = {1 - x1 - x2, x1, x2};
            double[] ax = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    ax[i] += a[i][j] * x[j];
                }
            }
            double xax = x[0] * ax[0] + x[1] * ax[1] + x[2] * ax[2];
            double[] next = new double[3];
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                next[i] = x[i] * Math.exp(alpha * x[i] * (ax[i] - xax));
                sum += next[i];
            }
            double ds = (next[1] + next[2] / 2) / sum - arrow.s();
            double dt = next[2] / sum * Math.sqrt(3) / 2 - arrow.t();
            assertEquals(ds, arrow.ds(), 1e-14, arrow.toString());
            assertEquals(dt, arrow.dt(), 1e-14, arrow.toString());
        }
    }

    @Test
    void heatMapsHoldTheFunctionAndTheFtleOfEveryCell() {
        Plane plane = Plane.coordinates(new double[2], 0, 1, -1, 1, -1, 1);
        double[] s = {-1, 0, 1};
        double[] t = {-0.5, 0.5};
        HeatMap h = HeatMap.compute(plane, "x + 2y", s, t, w -> w[0] + 2 * w[1]);
        assertEquals(-2, h.min(), 0);
        assertEquals(2, h.max(), 0);
        assertEquals(0 + 2 * 0.5, h.value(1, 1), 0);
        Table table = new Table("s", "t", "value");
        h.rows(table);
        assertEquals("s,t,value\n-1.0,-0.5,-2.0\n-1.0,0.5,0.0\n0.0,-0.5,-1.0\n0.0,0.5,1.0\n"
                + "1.0,-0.5,0.0\n1.0,0.5,2.0\n", table.toCsv());

        Game ipd = GameRegistry.create("small-ipd");
        GradientDescentMap map = new GradientDescentMap(ipd, 10);
        Plane probabilities = Plane.probabilities(ipd);
        double[] p = Plane.range(0.1, 0.9, 3);
        HeatMap ftle = HeatMap.ftle(probabilities, map, 20, p, p);
        TransportedVectorEstimator reference = new TransportedVectorEstimator(new double[] {1, 1});
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // the batched estimate agrees with the one-start estimate up to rounding
                double expect = reference.estimate(map, probabilities.point(p[i], p[j]), 20)
                        .value();
                assertEquals(expect, ftle.value(i, j), 1e-12 * Math.max(1, Math.abs(expect)));
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> new HeatMap(plane, "v", s, t, new double[2][2]));
        // a diverged cell (NaN) is left out of the colour range and written as an empty cell
        HeatMap holes = new HeatMap(plane, "v", new double[] {0, 1}, new double[] {0},
                new double[][] {{Double.NaN}, {3}});
        assertEquals(3, holes.min(), 0);
        assertEquals(3, holes.max(), 0);
        assertEquals(1, holes.chart().chart("holes").getXYPlot().getDatasetCount());
        Table withHoles = new Table("s", "t", "value");
        holes.rows(withHoles);
        assertEquals("s,t,value\n0.0,0.0,\n1.0,0.0,3.0\n", withHoles.toCsv());
    }

    @Test
    void spectraAndRunsAreWrittenAsPngSvgCsvAndJson(@TempDir Path dir) throws IOException {
        SpectrumPlot spectrum = SpectrumPlot.of("λ", new Complex[] {new Complex(1, 2),
            new Complex(1, -2), new Complex(3, 0)});
        assertEquals(2, spectrum.complexCount());
        spectrum.figure("spectrum").write(dir, "spectrum");
        assertEquals("re,im\n1.0,2.0\n1.0,-2.0\n3.0,0.0\n",
                Files.readString(dir.resolve("spectrum.csv")));

        OptimizerSpec gd = OptimizerSpec.parse("gd:alpha=0.1");
        RunResult run = new TrajectoryRecorder(10).run(gd.create(LINEAR, new double[] {1, 1}), 50,
                new double[2]);
        RunPlot plot = new RunPlot(LINEAR).add("GD", run);
        FigureResult figure = plot.figure("linear", Plane.coordinates(new double[2], 0, 1, -2, 2,
                -2, 2));
        assertEquals(4, figure.panels().size(), "trajectories, losses, ‖ξ‖, distance");
        figure.write(dir, "run");
        for (String name : FigureFiles.fileNames("run")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        List<String> csv = Files.readAllLines(dir.resolve("run.csv"));
        assertEquals("run,step,w1,w2,loss1,loss2,xi_norm,distance", csv.get(0));
        assertEquals(run.trajectory().size() + 1, csv.size());
        // ‖ω_k‖ = |1 − α(1 ± 2i)|^k ‖ω_0‖ for this normal Ĥ: the distance column checks the run
        double rate = Math.hypot(1 - 0.1, 0.2);
        String[] last = csv.get(csv.size() - 1).split(",");
        assertEquals(Math.pow(rate, 50) * Math.sqrt(2), Double.parseDouble(last[7]), 1e-12);
        RunPlot noTarget = new RunPlot(LINEAR).add("GD", new TrajectoryRecorder(10)
                .run(gd.create(LINEAR, new double[] {1, 1}), 5, null));
        assertThrows(IllegalArgumentException.class, () -> noTarget.distances("d"));
        assertEquals(2, noTarget.figure("no target").panels().size());
    }

    @Test
    void overlaidSpectraAndIntervalPlotsKeepEverySeries(@TempDir Path dir) throws IOException {
        SpectrumPlot a = SpectrumPlot.of("seed 0", new Complex[] {new Complex(1, 2),
            new Complex(1, -2)});
        SpectrumPlot b = SpectrumPlot.of("seed 1", new Complex[] {new Complex(3, 0)});
        var overlay = SpectrumPlot.overlay("two", List.of(a, b));
        assertEquals(2, overlay.getXYPlot().getDataset().getSeriesCount());
        assertEquals("seed 1", overlay.getXYPlot().getDataset().getSeriesKey(1));
        assertEquals(1, overlay.getXYPlot().getDataset().getItemCount(1));
        assertThrows(IllegalArgumentException.class, () -> SpectrumPlot.overlay("none", List.of()));

        IntervalPlot plot = new IntervalPlot("arg β", "share").add("rule", new double[] {0, 1},
                new double[] {0.2, 0.5}, new double[] {0.1, 0.3}, new double[] {0.4, 0.7});
        plot.figure("rates").write(dir, "rates");
        assertEquals("series,x,estimate,lower,upper\nrule,0.0,0.2,0.1,0.4\nrule,1.0,0.5,0.3,0.7\n",
                Files.readString(dir.resolve("rates.csv")));
        assertEquals("series rule at x = 1.0: interval [0.6, 0.7] around 0.5; allowed: lower ≤ "
                + "estimate ≤ upper", assertThrows(IllegalArgumentException.class,
                    () -> plot.add("rule", new double[] {1}, new double[] {0.5},
                            new double[] {0.6}, new double[] {0.7})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> plot.add("short", new double[] {1, 2},
                new double[] {1}, new double[] {1}, new double[] {1}));
        assertThrows(IllegalStateException.class, () -> new IntervalPlot("x", "y").figure("empty"));
    }

    @Test
    void aCaptionStatesTheMeasuredResultWhenTheFigureHasOne() {
        Figure figure = new GanMomentumFigure();
        FigureResult plain = SpectrumPlot.of("λ", new Complex[] {Complex.ONE}).figure("one");
        assertEquals(figure.caption(), figure.caption(plain));
        Map<String, String> measured = new LinkedHashMap<>(plain.parameters());
        measured.put(Figure.RESULT, "3 of 20 seeds.");
        assertEquals(figure.caption() + " Result: 3 of 20 seeds.", figure.caption(new FigureResult(
                plain.panels(), 1, plain.data(), measured)));
    }

    @Test
    void planeChartsDrawEveryLayer() {
        Game pennies = GameRegistry.create("matching-pennies");
        Plane plane = Plane.probabilities(pennies);
        double[] p = Plane.range(0.1, 0.9, 4);
        HeatMap h = HeatMap.compute(plane, "P₁ P₂", p, p, w -> plane.coordinates(w)[0]
                * plane.coordinates(w)[1]);
        PlaneCurve dots = new PlaneCurve("dots", new double[] {0.5}, new double[] {0.5});
        var chart = h.chart().curves(List.of(dots), 0, 1f).points(dots, java.awt.Color.RED, 6,
                true).chart("layers");
        // heat map, curves and points, drawn bottom to top
        assertEquals(3, chart.getXYPlot().getDatasetCount());
        assertEquals(1, chart.getXYPlot().getDataset(0).getSeriesCount());
        assertEquals(16, chart.getXYPlot().getDataset(2).getItemCount(0));
        assertEquals("P₁(heads)", chart.getXYPlot().getDomainAxis().getLabel());
    }
}
