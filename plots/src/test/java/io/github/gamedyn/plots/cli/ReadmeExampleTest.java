package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The library example of README.md compiles, computes what the README says, and is verbatim. */
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
    void readmeShowsTheExampleVerbatim() throws IOException {
        // Surefire runs in the module directory: plots/.
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> source = Files.readAllLines(
                Path.of("src/test/java/io/github/gamedyn/plots/cli/ReadmeExampleTest.java"));
        int begin = source.indexOf("        // README example: begin");
        int end = source.indexOf("        // README example: end");
        assertTrue(begin >= 0 && end > begin, "markers in ReadmeExampleTest");
        String snippet = source.subList(begin + 1, end).stream()
                .map(line -> line.substring(Math.min(8, line.length())))
                .collect(Collectors.joining("\n", "```java\n", "\n```\n"));
        assertTrue(readme.contains(snippet), "README.md must contain, verbatim:\n" + snippet);
    }
}
