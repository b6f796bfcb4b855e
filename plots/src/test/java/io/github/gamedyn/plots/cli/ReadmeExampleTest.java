package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.equilibrium.PointAnalysis;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.momentum.BaseRule;
import io.github.gamedyn.momentum.Coordinates;
import io.github.gamedyn.momentum.Dual;
import io.github.gamedyn.momentum.Hyperparameter;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerMethod;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.plots.figures.HeatMap;
import io.github.gamedyn.plots.figures.PhasePortrait;
import io.github.gamedyn.plots.figures.Plane;
import io.github.gamedyn.plots.figures.RunPlot;
import io.github.gamedyn.plots.figures.SpectrumPlot;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.ridge.grr.GrrTreeText;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library examples of README.md compile, compute what the README says, and are verbatim. */
class ReadmeExampleTest extends QuietTest {

    @Test
    void exampleComputesXiAndJacobian() {
        // README example: begin
        Game tandem = Game.builder("tandem")
                .player("x", 1)
                .player("y", 1)
                .losses(tape -> {
                    Var x = tape.block(0);
                    Var y = tape.block(1);
                    Var s = x.plus(y).square();
                    return new Var[] {s.minus(x.times(2)), s.minus(y.times(2))};
                })
                .build();
        double[] w = {0.25, 0.75};
        double[] xi = tandem.simultaneousGradient(w); // ξ(ω) = (0, 0): x + y = 1 is a line of fixed points
        DMatrixRMaj h = tandem.jacobian(w);           // Ĥ(ω) = [[2, 2], [2, 2]]: eigenvalues 4 and 0
        // README example: end
        assertArrayEquals(new double[] {0, 0}, xi, 1e-15);
        assertArrayEquals(new double[] {2, 2, 2, 2}, h.data, 1e-15);
    }

    @Test
    void tourAnalysesRunsComplexMomentumAndGrr() {
        // README tour: begin
        Game pennies = GameRegistry.create("matching-pennies");
        Eigendecomposition eig = Spectra.defaultSolver().decompose(pennies.jacobian(new double[2]));
        Complex lambda = eig.eigenpairs().get(0).value();  // 0.25i: a rotational Nash point

        Game dirac = GameRegistry.create("dirac-gan");
        OptimizerSpec cm = OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=0.9@0.3927");
        double rho = LinearisedAnalysis.at(dirac, cm, new double[2]).spectralRadius();  // 0.9857
        RunResult run = new TrajectoryRecorder(100)
                .run(cm.create(dirac, new double[] {1, 1}), 2000, new double[2]);
        double distance = run.last().distanceToTarget();   // below 1e-9: converged
        // README tour: end
        // README grr: begin
        GrrTree tree = new GeneralizedRidgeRider(GrrOptions.defaults().withLearningRate(10))
                .run(GameRegistry.create("small-ipd"));
        String text = GrrTreeText.format(tree);             // defection and cooperation clusters
        // README grr: end
        assertEquals(0.25, lambda.getImaginary(), 1e-15);
        assertEquals(0.98569, rho, 5e-6);
        assertTrue(distance < 1e-9, "distance " + distance);
        assertTrue(tree.clusters().size() >= 2 && text.contains("cluster"), text);
    }

    @Test
    void anyGameIsAnalysedAndPlotted(@TempDir Path dir) throws IOException {
        // README plots: begin
        Game stagHunt = Game.builder("stag-hunt")
                .player("hunter1", 1)
                .player("hunter2", 1)
                .losses(tape -> {
                    Var p = tape.block(0).sigmoid();                 // P(hunter 1 hunts the stag)
                    Var q = tape.block(1).sigmoid();
                    Var both = p.times(q).times(4);                  // the stag pays 4 each if both hunt it
                    return new Var[] {both.plus(p.negate().plus(1).times(3)).negate(),  // a hare pays 3
                        both.plus(q.negate().plus(1).times(3)).negate()};
                })
                .strategyMap(StrategyMap.sigmoid("stag", "hare"))    // what θ means: P(stag) = σ(θ)
                .build();
        PointAnalysis nash = new PointAnalysis(stagHunt, new double[] {Math.log(3), Math.log(3)});
        String report = nash.toText("stag-hunt");            // saddle, P(stag) = 0.75 for both
        boolean saturated = new PointAnalysis(stagHunt, new double[] {20, 20}).isSaturated();  // P(hare) ≈ 2e-9

        Plane plane = Plane.probabilities(stagHunt);
        GradientDescentMap gd = new GradientDescentMap(stagHunt, 4);
        PhasePortrait phase = PhasePortrait.compute(plane, gd, 15,
                new double[][] {{0.6, 0.65}, {0.8, 0.85}}, 300);   // to both hunting hares, and the stag
        phase.figure("Stag hunt, α = 4").write(dir, "stag-phase");   // stag-phase.png, .svg, .csv, .json
        double[] p = Plane.range(0.02, 0.98, 50);
        HeatMap ftle = HeatMap.ftle(plane, new GradientDescentMap(stagHunt, 10), 20, p, p);
        JFreeChart layered = ftle.chart().curves(phase.trajectories(), 1, 1.6f).chart("FTLE and paths");
        ftle.figure("Stag hunt: FTLE, α = 10, K = 20").write(dir, "stag-ftle");  // ridge: the separatrix

        RunResult run = new TrajectoryRecorder(1).run(OptimizerSpec.parse("gd:alpha=1")
                .create(stagHunt, new double[] {1.5, 1.5}), 300, null);
        new RunPlot(stagHunt).add("GD", run).figure("Stag hunt", plane).write(dir, "stag-run");
        SpectrumPlot.of("eigenvalues of Ĥ", nash.eigenvalues()).figure("Ĥ at the mixed Nash")
                .write(dir, "stag-spectrum");

        Game rps = GameRegistry.create("rock-paper-scissors");     // both players on one simplex
        PhasePortrait.compute(Plane.simplex(rps), new GradientDescentMap(rps, 0.5), 15,
                new double[][] {{0.5, 0.2}}, 300).figure("Rock-paper-scissors").write(dir, "rps-simplex");
        // README plots: end
        assertTrue(report.contains("classification  saddle"), report);
        assertTrue(report.contains("hunter1: P(stag) = 0.75, P(hare) = 0.25"), report);
        assertTrue(saturated);
        // the trajectories end in (0, 0) and (1, 1), on either side of the saddle's stable manifold
        double[] hares = phase.trajectories().get(0).s();
        double[] stags = phase.trajectories().get(1).s();
        assertTrue(hares[hares.length - 1] < 0.01 && stags[stags.length - 1] > 0.99);
        // along the column through P₁ = 0.75 the FTLE ridge crosses near the saddle (0.75, 0.75)
        int column = (int) Math.round((0.75 - 0.02) / (0.96 / 49));
        int ridge = 0;
        for (int j = 0; j < p.length; j++) {
            ridge = ftle.value(column, j) > ftle.value(column, ridge) ? j : ridge;
        }
        assertEquals(0.75, p[ridge], 0.06, "ridge at " + p[ridge]);
        assertEquals(2, layered.getXYPlot().getDatasetCount(), "heat map and paths");
        for (String name : List.of("stag-phase", "stag-ftle", "stag-run", "stag-spectrum",
                "rps-simplex")) {
            for (String file : List.of(name + ".png", name + ".svg", name + ".csv",
                    name + ".json")) {
                assertTrue(Files.size(dir.resolve(file)) > 0, file);
            }
        }
        // Ĥ at the mixed Nash is [[0, −c], [−c, 0]], c = σ'(log 3)²·4 = 9/64: eigenvalues ±c
        List<String> spectrum = Files.readAllLines(dir.resolve("stag-spectrum.csv"));
        assertEquals(List.of("re", "im"), List.of(spectrum.get(0).split(",")));
        assertEquals(3, spectrum.size());
        for (int k = 1; k <= 2; k++) {
            String[] cell = spectrum.get(k).split(",");
            assertEquals((k == 1 ? 1 : -1) * 9.0 / 64, Double.parseDouble(cell[0]), 1e-15);
            assertEquals(0, Double.parseDouble(cell[1]), 0);
        }
    }

    @Test
    void aLearningRuleWrittenOnceGetsItsRateFromTheSameCode() {
        Game dirac = GameRegistry.create("dirac-gan");
        // README rule: begin
        // optimistic complex momentum: mu <- beta mu - (2 g_t - g_{t-1}), w <- w + alpha Re mu
        OptimizerMethod ocm = OptimizerMethod.baseRule("optimistic-complex-momentum",
                "complex momentum on the optimistic direction 2 g_t - g_{t-1}",
                List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("beta",
                        new Complex(0.6, 0.3), Hyperparameter.Domain.OPEN_UNIT_DISC, "momentum")),
                spec -> new BaseRule() {
                    final double alpha = spec.real("alpha");
                    final Complex beta = spec.value("beta");

                    @Override
                    public int buffers() {
                        return 3;                           // Re mu, Im mu, g_{t-1}
                    }

                    @Override
                    public Coordinates update(Coordinates c, Dual g, Dual shared) {
                        Dual push = g.times(2).minus(c.buffer(2));
                        Dual re = Dual.scaledSum(beta.getReal(), c.buffer(0),
                                -beta.getImaginary(), c.buffer(1)).minus(push);
                        Dual im = Dual.scaledSum(beta.getImaginary(), c.buffer(0),
                                beta.getReal(), c.buffer(1));
                        return Coordinates.of(c.parameters().plus(re.times(alpha)), re, im, g);
                    }
                });
        OptimizerSpec mine = OptimizerSpec.builder(ocm).set("alpha", 0.3)
                .set("beta", new Complex(0.5, 0.4)).build();
        double rho = LinearisedAnalysis.at(dirac, mine, new double[2]).spectralRadius(); // 0.958
        // README rule: end
        assertEquals(0.9579, rho, 5e-5);
    }

    @Test
    void readmeShowsTheExamplesVerbatim() throws IOException {
        assertReadmeContains("example");
        assertReadmeContains("tour");
        assertReadmeContains("grr");
        assertReadmeContains("plots");
        assertReadmeContains("rule");
    }

    private static void assertReadmeContains(String name) throws IOException {
        // Surefire runs in the module directory: plots/.
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> source = Files.readAllLines(
                Path.of("src/test/java/io/github/gamedyn/plots/cli/ReadmeExampleTest.java"));
        int begin = source.indexOf("        // README " + name + ": begin");
        int end = source.indexOf("        // README " + name + ": end");
        assertTrue(begin >= 0 && end > begin, "markers of " + name + " in ReadmeExampleTest");
        String snippet = source.subList(begin + 1, end).stream()
                .map(line -> line.substring(Math.min(8, line.length())))
                .collect(Collectors.joining("\n", "```java\n", "\n```\n"));
        assertTrue(readme.contains(snippet), "README.md must contain, verbatim:\n" + snippet);
    }
}
