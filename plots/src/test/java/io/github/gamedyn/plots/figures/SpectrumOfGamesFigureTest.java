package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.plots.figures.SpectrumOfGamesFigure.Best;
import io.github.gamedyn.plots.figures.SpectrumOfGamesFigure.Grids;
import io.github.gamedyn.plots.figures.SpectrumOfGamesFigure.Method;
import io.github.gamedyn.zoo.SpectrumOfGames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cm-spectrum against the numpy reference of spectrum_of_games_reference.py (the game, the grids
 * and every method's best ρ from dense update matrices), and the nesting of its grids.
 */
class SpectrumOfGamesFigureTest {
    private static final double[] REFERENCE_GAMMAS = {0, 0.5, 1};
    /** Different polynomial solvers round differently; a special case scores no better than this. */
    private static final double ROUNDING = 1e-12;
    private static final Map<String, Method> KEYS = Map.of("gd", Method.GRADIENT_DESCENT,
            "positive-momentum", Method.POSITIVE_MOMENTUM,
            "negative-momentum", Method.NEGATIVE_MOMENTUM, "cm-pi/4", Method.COMPLEX_QUARTER,
            "cm-pi/2", Method.COMPLEX_HALF, "cm-3pi/4", Method.COMPLEX_THREE_QUARTERS,
            "cm-best", Method.COMPLEX_BEST, "extragradient", Method.EXTRAGRADIENT,
            "optimistic", Method.OPTIMISTIC);
    /** (general, special): every method on the left contains the one on the right. */
    private static final Method[][] CONTAINS = {
        {Method.POSITIVE_MOMENTUM, Method.GRADIENT_DESCENT},
        {Method.NEGATIVE_MOMENTUM, Method.GRADIENT_DESCENT},
        {Method.COMPLEX_QUARTER, Method.GRADIENT_DESCENT},
        {Method.COMPLEX_HALF, Method.GRADIENT_DESCENT},
        {Method.COMPLEX_THREE_QUARTERS, Method.GRADIENT_DESCENT},
        {Method.OPTIMISTIC, Method.GRADIENT_DESCENT},
        {Method.COMPLEX_BEST, Method.GRADIENT_DESCENT},
        {Method.COMPLEX_BEST, Method.POSITIVE_MOMENTUM},
        {Method.COMPLEX_BEST, Method.NEGATIVE_MOMENTUM},
        {Method.COMPLEX_BEST, Method.COMPLEX_QUARTER},
        {Method.COMPLEX_BEST, Method.COMPLEX_HALF},
        {Method.COMPLEX_BEST, Method.COMPLEX_THREE_QUARTERS}};

    private static final List<String[]> REFERENCE = new ArrayList<>();
    /** The figure's bests on the full grids at the reference γ_max, in that order. */
    private static final List<List<Best>> FULL = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SpectrumOfGamesFigureTest.class.getResourceAsStream(
                "/reference/spectrum_of_games_reference.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    REFERENCE.add(line.split(","));
                }
            }
        }
        for (double gammaMax : REFERENCE_GAMMAS) {
            FULL.add(SpectrumOfGamesFigure.best(gammaMax, Grids.FULL, 2));
        }
    }

    private static List<String[]> rows(String kind) {
        return REFERENCE.stream().filter(r -> r[0].equals(kind)).toList();
    }

    private static double[] grid(String name) {
        String[] row = rows("grid").stream().filter(r -> r[1].equals(name)).findFirst()
                .orElseThrow();
        return Arrays.stream(row, 2, row.length).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void theGameHasTheProtocolsAdversarialnessBitForBit() {
        double[] u = rows("u").stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
        assertEquals(SpectrumOfGames.PAIRS, u.length);
        for (double gammaMax : new double[] {0.5, 0.3157894736842105, 1}) {
            double[] gamma = SpectrumOfGames.adversarialness(gammaMax);
            // numpy's uniform(0, γ_max) is 0 + γ_max·u, then the ends are replaced
            for (int k = 1; k < u.length - 1; k++) {
                assertEquals(gammaMax * u[k], gamma[k], 0.0);
            }
            assertEquals(0, gamma[0], 0.0);
            assertEquals(gammaMax, gamma[u.length - 1], 0.0);
        }
    }

    @Test
    void theFiguresGameHasEigenvaluesAkTimesOneMinusGammaKPlusMinusIGammaK() {
        Comparator<double[]> order = Comparator.<double[]>comparingDouble(z -> z[0])
                .thenComparingDouble(z -> z[1]);
        double[] a = {0.25, 0.875, 1.5, 2.125, 2.75, 3.375, 4};
        double[] u = rows("u").stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
        for (double gammaMax : REFERENCE_GAMMAS) {
            double[][] formula = new double[14][];
            for (int k = 0; k < 7; k++) {
                double g = k == 0 ? 0 : k == 6 ? gammaMax : gammaMax * u[k];
                formula[2 * k] = new double[] {a[k] * (1 - g), a[k] * g};
                formula[2 * k + 1] = new double[] {a[k] * (1 - g), -a[k] * g};
            }
            double[][] numpy = rows("eigenvalue").stream()
                    .filter(r -> Double.parseDouble(r[1]) == gammaMax)
                    .map(r -> new double[] {Double.parseDouble(r[2]), Double.parseDouble(r[3])})
                    .toArray(double[][]::new);
            Complex[] eig = Spectra.defaultSolver().eigenvalues(
                    SpectrumOfGamesFigure.game(gammaMax).jacobian(new double[14]));
            double[][] figure = Arrays.stream(eig)
                    .map(z -> new double[] {z.getReal(), z.getImaginary()})
                    .toArray(double[][]::new);
            for (double[][] set : new double[][][] {formula, numpy, figure}) {
                Arrays.sort(set, order);
            }
            for (int i = 0; i < 14; i++) {
                assertArrayEquals(formula[i], figure[i], 1e-12, "γ_max = " + gammaMax);
                assertArrayEquals(numpy[i], figure[i], 1e-12, "γ_max = " + gammaMax);
            }
        }
    }

    @Test
    void theGridsAreNumpysLinspacesBitForBit() {
        Grids full = Grids.FULL;
        assertArrayEquals(grid("gd_alpha"), full.gdAlpha(), 0.0);
        assertArrayEquals(grid("momentum_alpha"), full.momentumAlpha(), 0.0);
        assertArrayEquals(grid("modulus"), full.modulus(), 0.0);
        assertArrayEquals(grid("phase"), full.phase(), 0.0);
        assertArrayEquals(grid("second"), full.second(), 0.0);
    }

    @Test
    void everyGeneralisationsGridContainsItsSpecialCases() {
        for (Grids g : new Grids[] {Grids.FULL, Grids.QUICK}) {
            assertTrue(containsAll(g.momentumAlpha(), g.gdAlpha()), "momentum α ⊇ gd α");
            assertEquals(0, g.modulus()[0], 0.0, "β = 0 (gradient descent)");
            assertEquals(0, g.second()[0], 0.0, "optimism 0 (gradient descent)");
            assertEquals(0, g.phase()[0], 0.0, "arg β = 0 (positive momentum)");
            assertEquals(Math.PI, g.phase()[g.phase().length - 1], 0.0, "arg β = π");
            for (int j = 1; j <= 3; j++) {
                assertEquals(j * Math.PI / 4, g.quarterPhase(j), 1e-15);
                assertTrue(containsAll(g.phase(), new double[] {g.quarterPhase(j)}));
            }
        }
    }

    private static boolean containsAll(double[] grid, double[] values) {
        return Arrays.stream(values).allMatch(v -> Arrays.stream(grid).anyMatch(x -> x == v));
    }

    @Test
    void bestRadiiMatchNumpysDenseUpdateMatrices() {
        for (int g = 0; g < REFERENCE_GAMMAS.length; g++) {
            double gammaMax = REFERENCE_GAMMAS[g];
            Map<Method, Best> figure = new HashMap<>();
            FULL.get(g).forEach(b -> figure.put(b.method(), b));
            List<String[]> best = rows("best").stream()
                    .filter(r -> Double.parseDouble(r[1]) == gammaMax).toList();
            assertEquals(Method.values().length, best.size());
            Game game = SpectrumOfGamesFigure.game(gammaMax);
            for (String[] r : best) {
                Best b = figure.get(KEYS.get(r[2]));
                String what = r[2] + " at γ_max = " + gammaMax;
                assertEquals(Double.parseDouble(r[3]), b.radius(), 1e-12, what);
                assertEquals(Double.parseDouble(r[4]), b.perEvaluation(), 1e-12, what);
                // numpy's best cell, run through gamedyn's dense analysis, has numpy's ρ
                OptimizerSpec numpyCell = OptimizerSpec.parse(b.spec().method().specName()
                        + ":" + r[5].replace(';', ','));
                assertEquals(Double.parseDouble(r[3]), LinearisedAnalysis.at(game, numpyCell,
                        new double[14]).spectralRadius(), 1e-12, what);
            }
        }
    }

    @Test
    void aMethodContainingAnotherNeverScoresWorse() {
        List<List<Best>> figures = new ArrayList<>(FULL);
        for (double gammaMax : SpectrumOfGamesFigure.linspace(0, 1, 6)) {
            figures.add(SpectrumOfGamesFigure.best(gammaMax, Grids.QUICK, 2));
        }
        // extragradient with extrapolation 0 is gradient descent at two evaluations per step:
        // it contains gradient descent as a map, not as a score, and is not checked here
        for (List<Best> bests : figures) {
            for (Method[] pair : CONTAINS) {
                double general = bests.get(pair[0].ordinal()).perEvaluation();
                double special = bests.get(pair[1].ordinal()).perEvaluation();
                assertTrue(general <= special * (1 + ROUNDING), pair[0] + " scores " + general
                        + ", worse than its special case " + pair[1] + " at " + special);
            }
        }
    }
}
