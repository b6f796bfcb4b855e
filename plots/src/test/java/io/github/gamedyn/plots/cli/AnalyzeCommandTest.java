package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest extends QuietTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().endsWith("}" + System.lineSeparator()), cli.out());
        return (Map<String, Object>) MiniJson.parse(cli.out());
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(x -> (Double) x).toArray();
    }

    @Test
    void matchingPenniesAtNashIsRotationalWithEigenvaluesPlusMinusQuarterI() {
        Map<String, Object> r = json("analyze", "matching-pennies", "--json");
        assertEquals(List.of("game", "dimension", "point", "gradient", "jacobian", "eigenvalues",
                "eigenvectors", "classification", "gradientNorm", "fixedPoint",
                "learningRateThreshold", "symmetricEigenvalues", "rotationRates", "strategies",
                "saturated", "saturation"), List.copyOf(r.keySet()));
        assertEquals("matching-pennies", r.get("game"));
        assertEquals(2.0, r.get("dimension"));
        assertEquals(List.of(0.0, 0.0), r.get("point"));
        assertEquals(List.of(0.0, 0.0), r.get("gradient"));
        assertEquals(List.of(List.of(0.0, 0.25), List.of(-0.25, 0.0)), r.get("jacobian"));
        // One entry per conjugate pair: +0.25i stands for ±0.25i.
        List<?> values = (List<?>) r.get("eigenvalues");
        assertEquals(1, values.size());
        Map<?, ?> lambda = (Map<?, ?>) values.get(0);
        assertEquals(0.0, (Double) lambda.get("re"), 1e-15);
        assertEquals(0.25, (Double) lambda.get("im"), 1e-15);
        Map<?, ?> v = (Map<?, ?>) ((List<?>) r.get("eigenvectors")).get(0);
        double s = Math.sqrt(0.5);
        assertArrayEquals(new double[] {s, 0}, numbers(v.get("re")));
        assertArrayEquals(new double[] {0, s}, numbers(v.get("im")));
        assertEquals("rotational", r.get("classification"));
        assertEquals(List.of(List.of(0.5, 0.5), List.of(0.5, 0.5)), r.get("strategies"));
        assertEquals(false, r.get("saturated"));
    }

    @Test
    void saturatedStrategiesAreFlaggedInTextAndJson() {
        Map<String, Object> r = json("analyze", "matching-pennies", "--at", "0,-15", "--json");
        assertEquals(true, r.get("saturated"));
        assertEquals(List.of(Map.of("player", 1.0, "name", "column", "actions", List.of("heads"))),
                r.get("saturation"));
        Cli text = Cli.run("analyze", "matching-pennies", "--at", "0,-15");
        assertTrue(text.out().contains("saturated       column: P(heads) ≤ 1e-06"), text.out());
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-15);
    }

    @Test
    void bilinearAwayFromEquilibriumHasNonZeroGradient() {
        Map<String, Object> r = json("analyze", "bilinear:dim=2", "--at", "1,-2,0.5,3", "--json");
        // ξ = (Ay, −Aᵀx) with A = I.
        assertArrayEquals(new double[] {0.5, 3, -1, 2}, numbers(r.get("gradient")));
        assertArrayEquals(new double[] {1, -2, 0.5, 3}, numbers(r.get("point")));
        assertEquals("not-a-fixed-point", r.get("classification"));
        assertEquals(2, ((List<?>) r.get("eigenvalues")).size(), "±i twice: two pairs");
    }

    @Test
    void negativeFirstCoordinateIsAValueNotAnOption() {
        Map<String, Object> r = json("analyze", "matching-pennies", "--at", "-1,2", "--json");
        assertArrayEquals(new double[] {-1, 2}, numbers(r.get("point")));
    }

    @Test
    void eigenvectorsSatisfyTheEigenEquationAtARandomGame() {
        Map<String, Object> r = json("analyze", "bilinear:dim=3,seed=11", "--json");
        List<?> rows = (List<?>) r.get("jacobian");
        List<?> values = (List<?>) r.get("eigenvalues");
        List<?> vectors = (List<?>) r.get("eigenvectors");
        assertEquals(values.size(), vectors.size());
        for (int k = 0; k < values.size(); k++) {
            double a = (Double) ((Map<?, ?>) values.get(k)).get("re");
            double b = (Double) ((Map<?, ?>) values.get(k)).get("im");
            double[] x = numbers(((Map<?, ?>) vectors.get(k)).get("re"));
            double[] y = numbers(((Map<?, ?>) vectors.get(k)).get("im"));
            for (int i = 0; i < rows.size(); i++) {
                double[] h = numbers(rows.get(i));
                double hx = 0;
                double hy = 0;
                for (int j = 0; j < h.length; j++) {
                    hx += h[j] * x[j];
                    hy += h[j] * y[j];
                }
                assertEquals(a * x[i] - b * y[i], hx, 1e-12);
                assertEquals(b * x[i] + a * y[i], hy, 1e-12);
            }
        }
        assertEquals("rotational", r.get("classification"));
    }

    @Test
    void textReportNamesEveryQuantity() {
        Cli cli = Cli.run("analyze", "matching-pennies");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        for (String expected : new String[] {"gradient ξ(ω)   [0, 0]", "Jacobian Ĥ(ω)   [0, 0.25]",
                "                [-0.25, 0]", "λ = 0 ± 0.25i", "v = [0.707107, ",
                "classification  rotational"}) {
            assertTrue(cli.out().contains(expected), () -> expected + " missing from\n" + cli.out());
        }
    }

    @Test
    void helpShowsExamplesAndVersionIsTheProjectVersion() {
        Cli help = Cli.run("analyze", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:") && help.out().contains("--json"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("gamedyn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"),
                version.out());
    }
}
