package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

/**
 * The README's full-IPD table is the output of the command printed beside it, and a reduced rerun
 * agrees with it. Cell k of a row depends on k alone, so the first n cells of a row are exactly the
 * first n cells of the README's run: a pair reached in k of them can be neither more often than
 * the README says (k ≤ K) nor missing more often (n − k ≤ N − K), and k must be a plausible draw
 * of n cells from the README's N (both hypergeometric tails above 10⁻³; the real table passes with
 * its smallest tail at 0.0066, LOLA's other pairs). A change of the settings breaks the dynamics
 * text; a change of the dynamics, the descriptor or the naming, or a number edited by hand, breaks
 * a count (e.g. LOLA's TFT–TFT edited to 0.1 % fails: the rerun has 2 of 16).
 */
class IpdOutcomesReadmeTest {
    private static final String COMMAND = "java -cp plots/target/gamedyn.jar "
            + "io.github.gamedyn.ridge.grr.IpdOutcomes full";
    private static final Pattern RANDOM = Pattern.compile("(\\d+\\.\\d) % \\[[^]]*]");
    private static final Pattern GRR = Pattern.compile("(\\d+)/(\\d+) seeds .*");
    private static final int STARTS = 16;
    private static final double TAIL = 1e-3;

    @Test
    void readmeTableIsTheCommandsOutputAndAReducedRerunAgrees() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains(COMMAND), "README.md must give the command " + COMMAND);
        int begin = readme.indexOf("<!-- ipd-outcomes: begin -->");
        int end = readme.indexOf("<!-- ipd-outcomes: end -->");
        assertTrue(begin >= 0 && end > begin, "README.md must mark the table with ipd-outcomes");
        List<String> rows = readme.substring(begin, end).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| from random starts")
                        && !l.startsWith("| GRR |"))
                .toList();
        List<OutcomeExperiment.Method> full = new ArrayList<>(IpdOutcomes.methods(IpdOutcomes.Scale.FULL));
        full.addAll(IpdOutcomes.attempts(IpdOutcomes.Scale.FULL));
        assertEquals(full.size(), rows.size(), "one README row per method");
        List<String> columns = new ArrayList<>(IpdOutcomes.COLUMNS);
        columns.add(IpdOutcomes.OTHER_PAIRS);
        OutcomeExperiment experiment = IpdOutcomes.experiment();
        for (int m = 0; m < full.size(); m++) {
            OutcomeExperiment.Method method = full.get(m);
            String[] cells = rows.get(m).split(" \\| ");
            assertEquals("| " + method.name(), cells[0]);
            assertTrue(cells[1].startsWith(method.dynamics()), cells[1] + "\n  differs from\n"
                    + method.dynamics());
            OutcomeExperiment.Method reduced = reduced(method);
            if (reduced == null) {
                continue;
            }
            OutcomeExperiment.Result r = experiment.run(reduced, 2);
            for (int c = 0; c < columns.size(); c++) {
                int[] readmeCount = count(method, cells[2 + c]);
                Share rerun = IpdOutcomes.cellShare(r, columns.get(c));
                String what = method.name() + ", " + columns.get(c) + ": README " + readmeCount[0]
                        + "/" + readmeCount[1] + ", rerun " + rerun.count() + "/" + rerun.trials();
                assertTrue(rerun.count() <= readmeCount[0], what);
                assertTrue(rerun.trials() - rerun.count() <= readmeCount[1] - readmeCount[0], what);
                HypergeometricDistribution draws = new HypergeometricDistribution(null,
                        readmeCount[1], readmeCount[0], rerun.trials());
                double tail = Math.min(draws.cumulativeProbability(rerun.count()),
                        draws.upperCumulativeProbability(rerun.count()));
                assertTrue(tail > TAIL, what + ": hypergeometric tail " + tail);
            }
        }
    }

    /**
     * The first cells of a row: {@value #STARTS} starts, or GRR's first seed; none for the
     * searches over LOLA's FTLE (a derivative-free search of a costly map, checked by its text).
     */
    private static OutcomeExperiment.Method reduced(OutcomeExperiment.Method m) {
        if (m instanceof OutcomeExperiment.RandomStarts r) {
            return new OutcomeExperiment.RandomStarts(r.name(), r.following(), r.startScale(), STARTS);
        }
        OutcomeExperiment.GrrSeeds g = (OutcomeExperiment.GrrSeeds) m;
        return g.options().search().method() == GrrOptions.Search.Method.NELDER_MEAD ? null
                : new OutcomeExperiment.GrrSeeds(g.name(), g.options(), 1);
    }

    /** (K, N) of a README cell: a percentage of the row's starts, or k/n seeds. */
    private static int[] count(OutcomeExperiment.Method m, String cell) {
        if (m instanceof OutcomeExperiment.RandomStarts r) {
            Matcher p = RANDOM.matcher(cell.strip());
            assertTrue(p.matches(), cell);
            return new int[] {(int) Math.round(Double.parseDouble(p.group(1)) * r.starts() / 100),
                r.starts()};
        }
        Matcher p = GRR.matcher(cell.strip());
        assertTrue(p.matches(), cell);
        return new int[] {Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2))};
    }
}
