package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LyapunovCommandTest extends QuietTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        return (Map<String, Object>) MiniJson.parse(cli.out());
    }

    /**
     * At the Nash point of matching pennies GD stays put and J = I − αĤ with
     * Ĥ = [[0, 1/4], [−1/4, 0]]: both exponents are log √(1 + α²/16).
     */
    @Test
    void matchingPenniesAtNashHasTheClosedFormSpectrum() {
        Map<String, Object> r = json("lyapunov", "matching-pennies", "--lr", "0.8", "--horizon",
                "30", "--estimator", "qr", "--json");
        assertEquals(List.of("game", "point", "learningRate", "horizon", "estimator", "diverged", "exponents",
                "maxExponent"), List.copyOf(r.keySet()));
        double expect = 0.5 * Math.log(1 + 0.64 / 16);
        List<?> exponents = (List<?>) r.get("exponents");
        assertEquals(2, exponents.size());
        assertEquals(expect, (Double) exponents.get(0), 1e-14);
        assertEquals(expect, (Double) exponents.get(1), 1e-14);
        assertEquals(expect, (Double) r.get("maxExponent"), 1e-14);
    }

    /** Bilinear game with A = I at the origin: log √(1 + α²) for every estimator. */
    @Test
    void everyEstimatorOnTheBilinearGame() {
        double expect = 0.5 * Math.log(1 + 0.01);
        for (String e : new String[] {"transported", "finite-horizon", "per-step-bound", "qr"}) {
            Map<String, Object> r = json("lyapunov", "bilinear:dim=2", "--lr", "0.1", "--horizon",
                    "20", "--estimator", e, "--json");
            assertEquals(expect, (Double) r.get("maxExponent"), 1e-13, e);
        }
        Map<String, Object> sum = json("lyapunov", "bilinear:dim=2", "--lr", "0.1", "--horizon",
                "20", "--estimator", "positive-sum", "--json");
        assertEquals(4 * expect, (Double) sum.get("maxExponent"), 1e-13);
    }

    @Test
    void gridWritesTheProbabilityPlaneLandscape(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ftle.csv");
        Cli cli = Cli.run("lyapunov", "matching-pennies", "--lr", "0.8", "--horizon", "10",
                "--grid", "5", "--out", csv.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("p1,p2,w1,w2,value,diverged", lines.get(0));
        assertEquals(26, lines.size());
        // row 2, column 2 is p1 = p2 = 0.5, the Nash point
        String[] centre = lines.get(1 + 2 * 5 + 2).split(",");
        assertEquals(0.5, Double.parseDouble(centre[0]), 1e-15);
        assertEquals(0.5, Double.parseDouble(centre[1]), 1e-15);
        assertEquals(0.5 * Math.log(1 + 0.64 / 16), Double.parseDouble(centre[4]), 1e-14);
        assertEquals("0", centre[5]);
        assertEquals("wrote 25 cells to " + csv + " (0 diverged: value empty, diverged = 1)\n",
                cli.out());
    }

    @Test
    void theGridLiesInTheGamesOwnProbabilityPlaneOrElseInCoordinates() {
        // the Dirac GAN has two players of one parameter each but no strategy map: coordinates
        Cli cli = Cli.run("lyapunov", "dirac-gan", "--lr", "0.1", "--horizon", "3", "--grid", "2");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("s,t,w1,w2,value,diverged", cli.out().lines().findFirst().orElseThrow());
        assertTrue(cli.out().contains("\n-2.0,-2.0,-2.0,-2.0,"), cli.out());
        cli = Cli.run("lyapunov", "matching-pennies", "--lr", "0.1", "--horizon", "3", "--grid",
                "2", "--plane", "coordinates");
        assertEquals("s,t,w1,w2,value,diverged", cli.out().lines().findFirst().orElseThrow());
        cli = Cli.run("lyapunov", "small-ipd", "--lr", "0.1", "--horizon", "3", "--grid", "2",
                "--plane", "probabilities");
        assertEquals("p1,p2,w1,w2,value,diverged", cli.out().lines().findFirst().orElseThrow());
        assertTrue(cli.out().contains("\n0.02,0.98," + Math.log(0.02 / 0.98) + ","
                + Math.log(0.98 / (1 - 0.98)) + ","), cli.out());
        cli = Cli.run("lyapunov", "rock-paper-scissors", "--lr", "0.1", "--horizon", "3",
                "--grid", "2", "--plane", "probabilities");
        assertEquals(2, cli.exitCode());
        assertEquals("gamedyn: error: game rock-paper-scissors has 2 players with 3, 3 actions; a "
                + "probability plane needs two players with two actions each (see 'gamedyn "
                + "lyapunov --help')", cli.err().strip());
        cli = Cli.run("lyapunov", "tandem", "--lr", "0.1", "--horizon", "3", "--grid", "2",
                "--plane", "probabilities");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("gamedyn: error: game tandem has no strategy map; a "
                + "probability plane needs one"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void badInputIsOneLine() {
        for (String[] args : new String[][] {
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "10", "--estimator", "x"},
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "0"},
            {"lyapunov", "matching-pennies", "--lr", "-1", "--horizon", "3"},
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "3", "--grid", "1"},
            {"lyapunov", "matching-pennies", "--horizon", "3"},
            {"lyapunov", "matching-pennies", "--lr", "1", "--horizon", "3", "--grid", "2",
                "--plane", "simplex"}}) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exitCode(), String.join(" ", args));
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        }
    }

    /**
     * Audit M9: GD with α = 10 on tandem (Ĥ has eigenvalue 4, |1 − 40| > 1) overflows within 200
     * steps from every start off the line of fixed points. The landscape is kept with every cell
     * marked diverged, and the single-point run from a cell's start reports the same, as text
     * and JSON, with exit 0.
     */
    @Test
    @SuppressWarnings("unchecked")
    void divergedRunsAreResultsAndEveryOutputAgrees(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("f.csv");
        // tandem has no strategy map: its grid is the coordinate plane, here through the origin,
        // whose cells all lie off the line x + y = 1 of fixed points
        Cli grid = Cli.run("lyapunov", "tandem", "--lr", "10", "--horizon", "200", "--grid", "3",
                "--at", "0,0", "--out", csv.toString());
        assertEquals(0, grid.exitCode(), grid.err());
        assertEquals("wrote 9 cells to " + csv + " (9 diverged: value empty, diverged = 1)\n",
                grid.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(10, lines.size());
        // the centre cell: s = t = 0, ω = (0, 0)
        assertEquals("0.0,0.0,0.0,0.0,,1", lines.get(1 + 4));
        for (String line : lines.subList(1, 10)) {
            assertTrue(line.endsWith(",,1"), line);
        }
        Map<String, Object> r = json("lyapunov", "tandem", "--lr", "10", "--horizon", "200",
                "--at", "0,0", "--json");
        assertEquals(true, r.get("diverged"));
        assertFalse(r.containsKey("exponents"));
        Map<String, Object> d = (Map<String, Object>) r.get("divergence");
        double step = (Double) d.get("step");
        assertTrue(step > 1 && step <= 200, "step " + step);
        assertTrue(((String) d.get("reason")).startsWith("non-finite "), (String) d.get("reason"));
        Cli text = Cli.run("lyapunov", "tandem", "--lr", "10", "--horizon", "200", "--at", "0,0");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("diverged    yes: " + d.get("reason") + " at step "
                + (int) step + "; last finite state "), text.out());
    }
}
