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
        assertEquals(List.of("game", "optimizer", "fixedPoint", "axes", "cellCount", "nonFiniteCount", "best",
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

    /**
     * Audit M8: ρ = |1 − αλ| of GD on the Dirac GAN (λ = ±i/2 at 0, so ρ = √(1 + α²/4))
     * overflows for α = 5e307 and 1e308; text, CSV
     * and JSON agree on which cells have no finite ρ, and the best cell is the finite one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void nonFiniteCellsAreMarkedAlikeInEveryOutput(@TempDir Path dir) throws Exception {
        String[] args = {"radius", "dirac-gan", "--optimizer", "gd", "--grid",
            "alpha=0.1:1e308:3"};
        Path csv = dir.resolve("r.csv");
        Cli text = Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--out", csv.toString())).toArray(String[]::new));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("best cell       alpha.real = 0.1\n"), text.out());
        assertTrue(text.out().contains("non-finite      2 of 3 cells"), text.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(List.of("alpha.real,spectral_radius", "5.0E307,", "1.0E308,"),
                List.of(lines.get(0), lines.get(2), lines.get(3)));
        double rho = Math.sqrt(1 + 0.1 * 0.1 / 4);
        assertEquals(rho, Double.parseDouble(lines.get(1).substring("0.1,".length())), 1e-15);
        Map<String, Object> r = json(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--json")).toArray(String[]::new));
        assertEquals(2.0, r.get("nonFiniteCount"));
        List<Map<String, Object>> cells = (List<Map<String, Object>>) r.get("cells");
        assertEquals(rho, (Double) cells.get(0).get("spectralRadius"), 1e-15);
        assertTrue(cells.get(1).containsKey("spectralRadius"));
        assertEquals(null, cells.get(1).get("spectralRadius"));
        assertEquals(null, cells.get(2).get("spectralRadius"));
        assertEquals(List.of(0.1), ((Map<String, Object>) r.get("best")).get("values"));
    }
}
