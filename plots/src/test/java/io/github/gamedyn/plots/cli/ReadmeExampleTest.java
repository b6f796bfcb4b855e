package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryRecorder;
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
import org.junit.jupiter.api.Test;

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

        GrrTree tree = new GeneralizedRidgeRider(GrrOptions.builder().learningRate(10).build())
                .run(GameRegistry.create("small-ipd"));
        String text = GrrTreeText.format(tree);             // defection and cooperation clusters
        // README tour: end
        assertEquals(0.25, lambda.getImaginary(), 1e-15);
        assertEquals(0.98569, rho, 5e-6);
        assertTrue(distance < 1e-9, "distance " + distance);
        assertTrue(tree.clusters().size() >= 2 && text.contains("cluster"), text);
    }

    @Test
    void readmeShowsTheExamplesVerbatim() throws IOException {
        assertReadmeContains("example");
        assertReadmeContains("tour");
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
