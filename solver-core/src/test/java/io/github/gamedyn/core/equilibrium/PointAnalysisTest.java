package io.github.gamedyn.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analysis report against closed forms: spectra, α*, the fixed-point test, saturation. */
class PointAnalysisTest {

    /**
     * L_x = ½c x² + b xy, L_y = ½c y² − b xy with c = 0.5, b = 2: Ĥ = [[c, b], [−b, c]], eigenvalues
     * c ± ib, S = cI, A = [[0, b], [−b, 0]] with eigenvalues ±ib, α* = 2c/(c² + b²) = 1/4.25.
     */
    private static final Game DAMPED_ROTATION = Game.builder("damped")
            .player("x", 1).player("y", 1)
            .losses(t -> {
                Var x = t.block(0);
                Var y = t.block(1);
                Var xy = x.times(y).times(2);
                return new Var[] {x.square().times(0.25).plus(xy), y.square().times(0.25).minus(xy)};
            }).build();

    /** Matching pennies with its strategy map: p = σ(θ₁), q = σ(θ₂), L₁ = (2p−1)(2q−1) = −L₂. */
    private static final Game PENNIES = Game.builder("pennies")
            .player("row", 1).player("column", 1)
            .losses(t -> {
                Var l = t.block(0).sigmoid().times(2).minus(1)
                        .times(t.block(1).sigmoid().times(2).minus(1));
                return new Var[] {l, l.negate()};
            })
            .strategyMap(StrategyMap.sigmoid("heads", "tails"))
            .build();

    @Test
    void dampedRotationIsAStableFocusWithItsClosedFormSpectra() {
        PointAnalysis a = new PointAnalysis(DAMPED_ROTATION, new double[2]);
        assertTrue(a.isFixedPoint());
        assertEquals(Optional.of(Classification.STABLE), a.classification());
        assertEquals(1, a.eigenpairs().size());
        assertEquals(0.5, a.eigenpairs().get(0).value().getReal(), 1e-15);
        assertEquals(2, a.eigenpairs().get(0).value().getImaginary(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, a.symmetricEigenvalues(), 1e-15);
        assertArrayEquals(new double[] {2}, a.rotationRates(), 1e-15);
        assertEquals(1 / 4.25, a.learningRateThreshold(), 1e-15);
        assertTrue(a.strategies().isEmpty());
        assertFalse(a.isSaturated());
        String json = a.toJson("damped");
        assertTrue(json.contains("\"classification\":\"stable\",\"gradientNorm\":0.0,"
                + "\"fixedPoint\":true,\"learningRateThreshold\":0.23529411764705"), json);
        assertTrue(json.endsWith("\"strategies\":null,\"saturated\":false,\"saturation\":[]}"), json);
        String text = a.toText("damped");
        assertTrue(text.contains("spectrum of S   [0.5, 0.5]"), text);
        assertTrue(text.contains("spectrum of A   [±2i]"), text);
        assertTrue(text.endsWith("threshold α*    0.235294 (gradient descent with step α is "
                + "stable here iff α < α*)"), text);
    }

    @Test
    void awayFromTheFixedPointThereIsNoClassificationNorThreshold() {
        // ξ(1, 0) = (c, −b) = (0.5, −2)
        PointAnalysis a = new PointAnalysis(DAMPED_ROTATION, new double[] {1, 0});
        assertArrayEquals(new double[] {0.5, -2}, a.gradient(), 1e-15);
        assertEquals(Math.sqrt(4.25), a.gradientNorm(), 1e-15);
        assertFalse(a.isFixedPoint());
        assertTrue(a.classification().isEmpty());
        assertEquals("not a fixed point", a.classificationLabel());
        assertTrue(a.toJson("damped").contains("\"fixedPoint\":false,\"learningRateThreshold\":null"));
        assertFalse(a.toText("damped").contains("threshold α*"));
    }

    @Test
    void aPotentialGameHasASymmetricJacobianAndNoRotation() {
        // Every player minimises ½ωᵀMω over its own coordinate: ξ = Mω, Ĥ = M, eigenvalues 3, 1, −1.
        Game potential = Game.builder("potential")
                .player("a", 1).player("b", 1).player("c", 1)
                .losses(t -> {
                    Var x = t.block(0);
                    Var y = t.block(1);
                    Var z = t.block(2);
                    Var l = x.square().plus(y.square()).plus(x.times(y))
                            .minus(z.square().times(0.5));
                    return new Var[] {l, l, l};
                }).build();
        PointAnalysis a = new PointAnalysis(potential, new double[3]);
        assertArrayEquals(new double[] {3, 1, -1}, a.symmetricEigenvalues(), 1e-14);
        assertArrayEquals(new double[] {0, 0, 0}, a.rotationRates(), 1e-14);
        assertEquals(Optional.of(Classification.SADDLE), a.classification());
        // α* over the eigenvalues with positive real part: min(2/3, 2/1)
        assertEquals(2.0 / 3, a.learningRateThreshold(), 1e-14);
        assertTrue(a.toText("potential").endsWith("threshold α*    0.666667 (|1 − αλ| < 1 iff α < α*"
                + " for the eigenvalues with positive real part; the others make gradient descent"
                + " unstable here for every α)"), a.toText("potential"));
    }

    @Test
    void strategiesWithinOneMillionthOfAFaceAreFlagged() {
        // σ(−14) = 8.3e-7 < 1e-6 (saturated), σ(−13.8) = 1.02e-6 (not); at θ = 0 the strategies are (½, ½).
        PointAnalysis saturated = new PointAnalysis(PENNIES, new double[] {14, 0});
        assertTrue(saturated.isSaturated());
        assertEquals(List.of(new PointAnalysis.Saturation(0, "row", List.of("tails"))),
                saturated.saturation());
        assertEquals(1 / (1 + Math.exp(14)), saturated.strategies().get(0)[1], 1e-22);
        assertTrue(saturated.toJson("pennies").endsWith("\"saturated\":true,\"saturation\":"
                + "[{\"player\":0,\"name\":\"row\",\"actions\":[\"tails\"]}]}"));
        String text = saturated.toText("pennies");
        assertTrue(text.contains("\nsaturated       row: P(tails) ≤ 1e-06 (near a face of its simplex"), text);
        assertTrue(text.contains("strategies      row: P(heads) = 0.999999, P(tails) = 8.31528e-07\n"
                + "                column: P(heads) = 0.5, P(tails) = 0.5\n"), text);

        assertFalse(new PointAnalysis(PENNIES, new double[] {13.8, -13.8}).isSaturated());
        PointAnalysis both = new PointAnalysis(PENNIES, new double[] {-14, 14.5});
        assertEquals(List.of(new PointAnalysis.Saturation(0, "row", List.of("heads")),
                new PointAnalysis.Saturation(1, "column", List.of("tails"))), both.saturation());

        PointAnalysis nash = new PointAnalysis(PENNIES, new double[2]);
        assertEquals(Optional.of(Classification.ROTATIONAL), nash.classification());
        assertTrue(nash.toText("pennies").endsWith("threshold α*    none (no eigenvalue has positive"
                + " real part: gradient descent is not stable here for any α)"));
        assertTrue(nash.toJson("pennies").contains("\"learningRateThreshold\":null,"
                + "\"symmetricEigenvalues\":[0.0,0.0],\"rotationRates\":[0.25],"
                + "\"strategies\":[[0.5,0.5],[0.5,0.5]],\"saturated\":false"), nash.toJson("pennies"));
    }

    @Test
    void nonFiniteDerivativesAreReportedNotAnalysed() {
        Game blowUp = Game.builder("log").player("x", 1)
                .losses(t -> new Var[] {t.block(0).log()}).build();
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new PointAnalysis(blowUp, new double[] {0}));
        assertTrue(e.getMessage().startsWith("the simultaneous gradient ξ is not finite at ω = [0.0]"),
                e.getMessage());
    }
}
