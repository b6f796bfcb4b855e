package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.plots.figures.Figure;
import io.github.gamedyn.plots.figures.FigureCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresCommandTest extends QuietTest {

    /**
     * The quick catalogue writes every file of every figure; running the parallel figures again
     * (landscapes, sweeps, GAN grids) gives identical CSVs.
     */
    @Test
    void quickRunWritesTheWholeCatalogueDeterministically(@TempDir Path a, @TempDir Path b)
            throws Exception {
        Cli first = Cli.run("figures", "--quick", "--out", a.toString());
        assertEquals(0, first.exitCode(), first.err());
        for (Figure f : FigureCatalogue.all()) {
            for (String extension : List.of(".png", ".svg", ".csv", ".json")) {
                String name = f.id() + extension;
                assertTrue(Files.size(a.resolve(name)) > 0, name);
            }
            assertTrue(first.out().contains(f.id()), first.out());
        }
        assertTrue(Files.exists(a.resolve("index.html")));
        for (Figure f : FigureCatalogue.all()) {
            assertLoadsAsPlainCsv(a.resolve(f.id() + ".csv"));
        }
        String parallel = "grr-ftle,cm-radius,cm-spectrum,cm-gan";
        Cli second = Cli.run("figures", "--quick", "--only", parallel, "--out", b.toString());
        assertEquals(0, second.exitCode(), second.err());
        for (String id : parallel.split(",")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(id + ".csv")),
                    Files.readAllBytes(b.resolve(id + ".csv")), id);
        }
    }

    /**
     * What numpy.genfromtxt(path, names=True, delimiter=",") needs (two figure CSVs failed it,
     * audit): a header of names, the same number of fields on every line when split at commas
     * (it reads no quotes), no '#' (its comment character); .ci/run loads them with numpy too.
     */
    private static void assertLoadsAsPlainCsv(Path csv) throws java.io.IOException {
        List<String> lines = Files.readAllLines(csv);
        int columns = lines.get(0).split(",", -1).length;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertEquals(columns, line.split(",", -1).length, csv + " line " + (i + 1));
            assertTrue(line.indexOf('"') < 0 && line.indexOf('#') < 0, csv + " line " + (i + 1));
        }
        for (String name : lines.get(0).split(",")) {
            assertTrue(!name.isBlank(), csv + ": an empty column name");
        }
    }

    @Test
    void unknownFigureIsAUsageError() {
        Cli cli = Cli.run("figures", "--only", "cm-nope", "--out", "unused");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("gamedyn: error: unknown figure 'cm-nope'"), cli.err());
    }
}
