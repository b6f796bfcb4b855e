package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of("game", "point", "lr", "horizon", "estimator", "exponents",
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
        assertEquals("p1,p2,w1,w2,value", lines.get(0));
        assertEquals(26, lines.size());
        // row 2, column 2 is p1 = p2 = 0.5, the Nash point
        String[] centre = lines.get(1 + 2 * 5 + 2).split(",");
        assertEquals(0.5, Double.parseDouble(centre[0]), 1e-15);
        assertEquals(0.5, Double.parseDouble(centre[1]), 1e-15);
        assertEquals(0.5 * Math.log(1 + 0.64 / 16), Double.parseDouble(centre[4]), 1e-14);
    }

    @Test
    void badInputIsOneLine() {
        for (String[] args : new String[][] {
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "10", "--estimator", "x"},
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "0"},
            {"lyapunov", "matching-pennies", "--lr", "-1", "--horizon", "3"},
            {"lyapunov", "matching-pennies", "--lr", "0.5", "--horizon", "3", "--grid", "1"},
            {"lyapunov", "matching-pennies", "--horizon", "3"}}) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exitCode(), String.join(" ", args));
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        }
    }
}
