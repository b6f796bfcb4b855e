package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.testing.QuietTest;
import org.junit.jupiter.api.Test;

/** --engine and --master: local is the default and gives the same output; misuse is one line. */
class EngineOptionsTest extends QuietTest {

    @Test
    void theLocalEngineIsTheDefault() {
        String[] landscape = {"lyapunov", "small-ipd", "--lr", "10", "--horizon", "20", "--grid",
            "12"};
        Cli plain = Cli.run(landscape);
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(1 + 144, plain.out().lines().count());
        Cli local = Cli.run(concat(landscape, "--engine", "local"));
        assertEquals(plain, local);
        String[] radius = {"radius", "dirac-gan", "--optimizer", "complex-momentum:alpha=0.1",
            "--grid", "beta.argument=0:3.1416:20,beta.modulus=0:0.99:20", "--json"};
        Cli sweep = Cli.run(radius);
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertEquals(sweep, Cli.run(concat(radius, "--engine", "local")));
        String[] grr = {"grr", "small-ipd", "--restarts", "3", "--seed", "1", "--json"};
        Cli tree = Cli.run(grr);
        assertEquals(0, tree.exitCode(), tree.err());
        assertEquals(tree, Cli.run(concat(grr, "--engine", "local")));
    }

    @Test
    void misuseIsOneLineAndAUsageError() {
        String[][] cases = {
            {"lyapunov", "small-ipd", "--lr", "10", "--horizon", "20", "--grid", "4", "--engine",
                "spark"},
            {"lyapunov", "small-ipd", "--lr", "10", "--horizon", "20", "--grid", "4", "--master",
                "local[2]"},
            {"lyapunov", "small-ipd", "--lr", "10", "--horizon", "20", "--engine", "local"},
            {"radius", "bilinear", "--optimizer", "gd", "--grid", "alpha=0.1:1:5", "--engine",
                "nope"}};
        String[] expected = {
            "gamedyn: error: --engine spark: engine 'spark' is unknown; allowed: local (other "
                    + "engines come with their jars, found through ServiceLoader: "
                    + "gamedyn-spark's provides spark) (see 'gamedyn lyapunov --help')\n",
            "gamedyn: error: --master has no effect with --engine local; allowed: --master with "
                    + "an engine that connects to one, e.g. --engine spark (see 'gamedyn lyapunov "
                    + "--help')\n",
            "gamedyn: error: --engine without --grid has no effect; allowed: --engine with --grid "
                    + "(see 'gamedyn lyapunov --help')\n",
            "gamedyn: error: --engine nope: engine 'nope' is unknown; allowed: local (other "
                    + "engines come with their jars, found through ServiceLoader: "
                    + "gamedyn-spark's provides spark) (see 'gamedyn radius --help')\n"};
        for (int i = 0; i < cases.length; i++) {
            Cli cli = Cli.run(cases[i]);
            assertEquals(2, cli.exitCode(), String.join(" ", cases[i]));
            assertEquals(expected[i], cli.err());
            assertEquals("", cli.out());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
