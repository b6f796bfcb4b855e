package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.StartingPoints;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.zoo.GameRegistry;
import io.github.gamedyn.zoo.IpdOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gamedyn experiment: the runs, their outcomes and clusters, as text, JSON and CSV. */
class ExperimentCommandTest extends QuietTest {

    /**
     * Every CSV row is the run {@code optimize --seed S+k} gives and is classified by
     * {@link IpdOutcome}; the JSON counts those rows, with the Wilson interval of each share.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theCountsAreThoseOfTheRuns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("runs.csv");
        Cli cli = Cli.run("experiment", "ipd", "--optimizer", "lola:alpha=1", "--starts", "24",
                "--seed", "5", "--steps", "120", "--json", "--out", csv.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(cli.out().strip());
        assertEquals("5", json.get("seed"));
        assertEquals(24.0, ((Number) json.get("starts")).doubleValue());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(25, lines.size());
        String[] header = lines.get(0).split(",");
        assertEquals("run", header[0]);
        assertEquals("outcome", header[header.length - 2]);
        Game ipd = GameRegistry.create("ipd");
        OptimizerSpec lola = OptimizerSpec.parse("lola:alpha=1");
        Map<String, Integer> counted = new HashMap<>();
        for (int k = 0; k < 24; k++) {
            String[] row = lines.get(k + 1).split(",", -1);
            assertEquals(Integer.toString(k), row[0]);
            assertEquals(Long.toString(5 + k), row[1]);
            double[] w0 = StartingPoints.gaussian(10, 0, 1, 5 + k);
            double[] w = new TrajectoryRecorder(120).run(lola.create(ipd, w0), 120, null).last()
                    .parameters();
            for (int i = 0; i < 10; i++) {
                assertEquals(w0[i], Double.parseDouble(row[2 + i]), 0, "run " + k);
                assertEquals(w[i], Double.parseDouble(row[12 + i]), 0, "run " + k);
            }
            String outcome = IpdOutcome.classify(w, 0.96).name().toLowerCase().replace('_', '-');
            assertEquals(outcome, row[header.length - 2]);
            counted.merge(outcome, 1, Integer::sum);
        }
        List<Object> outcomes = (List<Object>) json.get("outcomes");
        assertEquals(5, outcomes.size());
        int total = 0;
        for (Object o : outcomes) {
            Map<String, Object> m = (Map<String, Object>) o;
            int count = ((Number) m.get("count")).intValue();
            assertEquals(counted.getOrDefault((String) m.get("outcome"), 0), count,
                    (String) m.get("outcome"));
            assertEquals(count / 24.0, ((Number) m.get("share")).doubleValue(), 1e-15);
            double lower = ((Number) m.get("lower")).doubleValue();
            double upper = ((Number) m.get("upper")).doubleValue();
            assertTrue(lower <= count / 24.0 && count / 24.0 <= upper, m.toString());
            total += count;
        }
        assertEquals(24, total);
        Map<String, Object> clusters = (Map<String, Object>) json.get("clusters");
        int members = 0;
        for (Object o : (List<Object>) clusters.get("members")) {
            members += ((Number) ((Map<String, Object>) o).get("count")).intValue();
        }
        assertEquals(24, members);
    }

    @Test
    void aGameWithoutOutcomeClassesHasClustersAndDivergedRunsAreCounted() {
        Cli cli = Cli.run("experiment", "bilinear:dim=1", "--optimizer", "gd:alpha=10",
                "--starts", "5", "--steps", "100");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("diverged        5 of 5\n"), cli.out());
        assertTrue(cli.out().contains("clusters        0 of parameters"), cli.out());
        assertTrue(!cli.out().contains("outcomes"), cli.out());
        Cli calm = Cli.run("experiment", "matching-pennies", "--optimizer", "gd:alpha=0.1",
                "--starts", "30", "--steps", "50", "--engine", "local");
        assertEquals(0, calm.exitCode(), calm.err());
        assertTrue(calm.out().contains("diverged        0 of 30\n"), calm.out());
    }

    @Test
    void misuseIsOneLineAndAUsageError() {
        String[][] cases = {
            {"experiment", "ipd", "--optimizer", "lola", "--starts", "0"},
            {"experiment", "ipd", "--optimizer", "lola", "--starts", "3", "--steps", "-1"},
            {"experiment", "ipd", "--optimizer", "lola", "--starts", "3",
                "--cluster-tolerance", "-1"},
            {"experiment", "ipd", "--optimizer", "nope", "--starts", "3"},
            {"experiment", "ipd", "--optimizer", "gd", "--starts", "3", "--master", "local"},
            {"experiment", "ipd", "--optimizer", "gd"}};
        for (String[] args : cases) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exitCode(), String.join(" ", args));
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        }
    }
}
