package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.ridge.grr.GrrOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrrCommandTest extends QuietTest {

    /**
     * The small IPD (α = 10, K = 20): the tree's end points fall into mutual cooperation
     * (P = (1, 1)) and mutual defection (P ≈ (0, 0)), and --out holds the same JSON as stdout.
     */
    @Test
    @SuppressWarnings("unchecked")
    void smallIpdTreeHasCooperationAndDefection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tree.json");
        Cli cli = Cli.run("grr", "small-ipd", "--restarts", "3", "--json", "--out",
                file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(cli.out().strip(), Files.readString(file).strip());
        Map<String, Object> tree = (Map<String, Object>) MiniJson.parse(cli.out());
        List<Object> clusters = (List<Object>) tree.get("clusters");
        boolean cooperation = false;
        boolean defection = false;
        for (Object c : clusters) {
            List<Object> f = (List<Object>) ((Map<String, Object>) c).get("features");
            double p1 = (Double) f.get(0);
            double p2 = (Double) f.get(1);
            cooperation |= p1 > 0.99 && p2 > 0.99;
            defection |= p1 < 0.05 && p2 < 0.05;
        }
        assertTrue(cooperation && defection, cli.out());
    }

    /** A game without a strategy map or descriptor of its own is clustered by its parameters. */
    @Test
    void anyGameIsClusteredByItsOwnBehaviour() {
        Cli cli = Cli.run("grr", "bilinear:dim=2", "--lr", "0.1", "--restarts", "1", "--horizon",
                "5", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"behaviour\":\"parameters \\u03c9\""), cli.out());
        cli = Cli.run("grr", "ipd:scaled=true, gamma=0.5", "--restarts", "1", "--horizon", "5", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("(\\u03b3 = 0.5)"), cli.out());
    }

    /** The small GAN is reachable and clustered by the modes its generators cover. */
    @Test
    @SuppressWarnings("unchecked")
    void theSmallGanIsClusteredByTheModesItCovers() {
        Cli cli = Cli.run("grr", "small-gan:width=2,batch=8", "--lr", "0.1", "--horizon", "5",
                "--restarts", "1", "--branches", "2", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, Object> tree = (Map<String, Object>) MiniJson.parse(cli.out());
        assertTrue(((String) tree.get("behaviour")).startsWith("modes covered (1000 samples"),
                cli.out());
        List<Object> clusters = (List<Object>) tree.get("clusters");
        assertTrue(!clusters.isEmpty(), cli.out());
        for (Object c : clusters) {
            List<Object> f = (List<Object>) ((Map<String, Object>) c).get("features");
            assertEquals(8, f.size(), "one feature per mode of the ring");
            assertTrue(f.stream().allMatch(x -> (Double) x == 0 || (Double) x == 1), cli.out());
        }
    }

    /** Options left out keep GrrOptions.defaults(); the tree's JSON prints the settings used. */
    @Test
    @SuppressWarnings("unchecked")
    void defaultsAreGrrOptionsDefaults() {
        Cli cli = Cli.run("grr", "matching-pennies", "--restarts", "1", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, Object> options = (Map<String, Object>) ((Map<String, Object>) MiniJson.parse(
                cli.out())).get("options");
        Map<String, Object> search = (Map<String, Object>) options.get("search");
        Map<String, Object> branching = (Map<String, Object>) options.get("branching");
        Map<String, Object> following = (Map<String, Object>) options.get("following");
        GrrOptions d = GrrOptions.defaults();
        assertEquals(d.search().map().toString(), search.get("map"));
        assertEquals("gradient-ascent", search.get("method"));
        assertEquals((double) d.search().horizon(), ((Number) search.get("horizon")).doubleValue());
        assertEquals(Long.toString(d.search().seed()), search.get("seed"));
        assertEquals((double) d.branching().maxBranches(),
                ((Number) branching.get("maxBranches")).doubleValue());
        assertEquals(d.branching().perturbation(), ((Number) branching.get("perturbation")).doubleValue());
        assertEquals((double) d.branching().rideSteps(), ((Number) branching.get("rideSteps")).doubleValue());
        assertEquals(d.following().optimizer().toString(), following.get("optimizer"));
        assertEquals((double) d.depth(), ((Number) options.get("depth")).doubleValue());
        Cli help = Cli.run("grr", "--help");
        assertTrue(help.out().contains("(default " + d.search().horizon() + ";"), help.out());
        assertTrue(help.out().contains("(default " + d.branching().perturbation() + ")"), help.out());
    }

    /** The tree names the learning map it searched and judged branches by, searched exactly. */
    @Test
    @SuppressWarnings("unchecked")
    void theTreeNamesTheLearningMapOfMap() {
        Cli cli = Cli.run("grr", "small-ipd", "--map", "heavy-ball:alpha=5,beta=0.5",
                "--restarts", "2", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) ((Map<String,
                Object>) MiniJson.parse(cli.out())).get("options")).get("search");
        assertTrue(((String) search.get("map")).startsWith("heavy-ball:alpha=5.0,beta=0.5"),
                cli.out());
        assertEquals("gradient-ascent", search.get("method"));
    }

    @Test
    void badOptionsAreOneLine() {
        for (String[] args : new String[][] {
            {"grr", "small-ipd", "--lr", "-1"}, {"grr", "small-ipd", "--horizon", "0"},
            {"grr", "small-ipd", "--follower", "no-such-optimizer"},
            {"grr", "small-ipd", "--search", "bisection"},
            {"grr", "small-ipd", "--ride", "-1"},
            {"grr", "small-ipd", "--map", "lola"}}) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exitCode(), String.join(" ", args));
            assertEquals(1, cli.err().lines().count(), cli.err());
        }
    }
}
