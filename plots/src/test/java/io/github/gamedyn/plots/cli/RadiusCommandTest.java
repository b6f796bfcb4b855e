package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadiusCommandTest extends QuietTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        return (Map<String, Object>) MiniJson.parse(cli.out());
    }

    /**
     * GD on the bilinear game (Ĥ eigenvalues ±i) has J = I − αĤ with ρ = |1 ∓ iα| = √(1 + α²)
     * at every cell; the best cell is the smallest α.
     */
    @Test
    @SuppressWarnings("unchecked")
    void gradientDescentOnTheBilinearGameHasTheClosedFormRadius() {
        Map<String, Object> r = json("radius", "bilinear", "--optimizer", "gd", "--grid",
                "alpha=0.1:1:10", "--json");
        assertEquals(List.of("game", "optimizer", "fixedPoint", "axes", "cellCount", "best",
                "cells"), List.copyOf(r.keySet()));
        assertEquals(List.of(0.0, 0.0), r.get("fixedPoint"));
        assertEquals(10.0, r.get("cellCount"));
        List<Map<String, Object>> cells = (List<Map<String, Object>>) r.get("cells");
        assertEquals(10, cells.size());
        for (Map<String, Object> cell : cells) {
            double alpha = (Double) ((List<?>) cell.get("values")).get(0);
            assertEquals(Math.sqrt(1 + alpha * alpha), (Double) cell.get("spectralRadius"), 1e-14);
        }
        Map<String, Object> best = (Map<String, Object>) r.get("best");
        assertEquals(List.of(0.1), best.get("values"));
        assertEquals(Math.sqrt(1.01), (Double) best.get("spectralRadius"), 1e-14);
        assertEquals("gd:alpha=0.1,schedule=simultaneous", best.get("optimizer"));
    }

    @Test
    void textPrintsTheBestCell() {
        Cli cli = Cli.run("radius", "bilinear", "--optimizer", "gd", "--grid", "alpha=0.5:1:2");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("best cell       alpha.real = 0.5\n"), cli.out());
        assertTrue(cli.out().contains("spectral radius " + Math.sqrt(1.25)), cli.out());
    }

    /**
     * Complex momentum on the Dirac GAN over (arg β, |β|) with --at, written as CSV: the grid
     * contains the cell β = 0.9e^{iπ/8}, where ρ = 0.98569 (the value optimize reports).
     */
    @Test
    void twoAxesAndTheCsvGrid(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("grid.csv");
        Cli cli = Cli.run("radius", "dirac-gan", "--optimizer", "complex-momentum", "--lr", "0.1",
                "--at", "0,0", "--grid", "beta.argument=0:" + Math.PI / 4 + ":3,"
                        + "beta.modulus=0.8:0.9:2", "--out", csv.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("beta.argument,beta.modulus,spectral_radius", lines.get(0));
        assertEquals(7, lines.size());
        String[] cell = lines.get(4).split(",");
        assertEquals(Math.PI / 8, Double.parseDouble(cell[0]), 1e-15);
        assertEquals(0.9, Double.parseDouble(cell[1]));
        assertEquals(0.98569, Double.parseDouble(cell[2]), 5e-6);
    }

    @Test
    void largeGridsLeaveTheCellsOutOfTheJson() {
        Map<String, Object> r = json("radius", "bilinear", "--optimizer", "gd", "--grid",
                "alpha=0.01:1:10001", "--json");
        assertEquals(10001.0, r.get("cellCount"));
        assertFalse(r.containsKey("cells"));
    }

    @Test
    void aPointThatIsNotFixedIsAUsageError() {
        Cli cli = Cli.run("radius", "bilinear", "--optimizer", "gd", "--grid", "alpha=0.1:1:3",
                "--at", "1,0");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("gamedyn: error: --at 1,0 is not a fixed point"),
                cli.err());
    }

    @Test
    void helpShowsExamples() {
        Cli cli = Cli.run("radius", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Examples:"), cli.out());
    }
}
