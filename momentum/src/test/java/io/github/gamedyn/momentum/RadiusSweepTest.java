package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.zoo.BilinearGame;
import io.github.gamedyn.zoo.QuadraticGame;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class RadiusSweepTest {
    private static final Game BILINEAR = BilinearGame.create(new double[][] {{1, 0}, {0, 3}});
    private static final double[] ORIGIN = new double[4];

    private static double[] grid(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    private static List<RadiusSweep.Axis> axes() {
        return List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, grid(0, Math.PI, 21)),
                new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, grid(0.5, 0.95, 10)),
                new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, new double[] {0.1, 0.2}));
    }

    @Test
    void parallelSweepIsBitIdenticalToSingleThreadedAndMatchesTheDenseAnalysis() {
        OptimizerSpec base = OptimizerSpec.of(ComplexMomentum.METHOD);
        RadiusSweep.Result one = RadiusSweep.sweep(BILINEAR, ORIGIN, base, axes(), 1);
        RadiusSweep.Result three = RadiusSweep.sweep(BILINEAR, ORIGIN, base, axes(), 3);
        assertArrayEquals(one.radii(), three.radii(), 0.0);
        assertEquals(one.best(), three.best());
        assertTrue(one.bestRadius() < 1);
        for (int i : new int[] {0, 17, one.bestIndex(), one.radii().length - 1}) {
            OptimizerSpec cell = RadiusSweep.cellSpec(base, axes(), i);
            assertEquals(LinearisedAnalysis.at(BILINEAR, cell, ORIGIN).spectralRadius(),
                    one.radii()[i], 1e-10);
        }
        int[] cell = one.cell(one.bestIndex());
        assertEquals(one.best().value("alpha").getReal(), axes().get(2).values()[cell[2]], 0.0);
    }

    @Test
    void sweepOfTheQuadraticFamilyMatchesTheDenseAnalysisAndTheSpecPath() {
        // the family and grid shape of MomentumBenchmark, coarser
        Game quadratic = QuadraticGame.create(new double[] {0.2, 0.5, 0.9, 1.4, 2.0, 2.7, 3.5},
                new double[] {0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0});
        double[] origin = new double[14];
        List<RadiusSweep.Axis> axes = List.of(
                new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, grid(0, Math.PI, 24)),
                new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, grid(0, 0.99, 24)));
        OptimizerSpec base = OptimizerSpec.parse("complex-momentum:alpha=0.1");
        RadiusSweep.Result one = RadiusSweep.sweep(quadratic, origin, base, axes, 1);
        RadiusSweep.Result two = RadiusSweep.sweep(quadratic, origin, base, axes, 2);
        assertArrayEquals(one.radii(), two.radii(), 0.0);
        double[] radii = one.radii();
        Complex[] eig = Spectra.defaultSolver().eigenvalues(quadratic.jacobian(origin));
        for (int i = 0; i < radii.length; i += 7) {
            OptimizerSpec cell = RadiusSweep.cellSpec(base, axes, i);
            assertEquals(LinearisedAnalysis.at(quadratic, cell, origin).spectralRadius(),
                    radii[i], 1e-10, cell::toString);
            assertEquals(PerEigenvalueRadius.spectralRadius(cell, eig), radii[i], 0.0);
        }
        assertTrue(one.bestRadius() < 1);
    }

    @Test
    void denseFallbackForMethodsWithoutAPerEigenvaluePath() {
        OptimizerSpec alternating = OptimizerSpec.parse("complex-momentum:schedule=alternating");
        RadiusSweep.Result r = RadiusSweep.sweep(BILINEAR, ORIGIN, alternating,
                List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT,
                        grid(0, Math.PI, 5))), 2);
        assertEquals(LinearisedAnalysis.at(BILINEAR, r.best(), ORIGIN).spectralRadius(),
                r.bestRadius(), 0.0);
    }

    @Test
    void sweepsOfTheSecondStepSizesMatchTheDenseAnalysis() {
        Game quadratic = QuadraticGame.create(new double[] {0.25, 1.5, 4}, new double[] {0, 0.6, 1});
        double[] origin = new double[6];
        double[] alphas = grid(0.05, 0.6, 6);
        for (String spec : new String[] {"extragradient", "optimistic"}) {
            OptimizerSpec base = OptimizerSpec.parse(spec);
            String second = spec.equals("extragradient") ? "extrapolation" : "optimism";
            List<RadiusSweep.Axis> both = List.of(
                    new RadiusSweep.Axis(second, RadiusSweep.Part.REAL, grid(0, 0.8, 5)),
                    new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, alphas));
            RadiusSweep.Result r = RadiusSweep.sweep(quadratic, origin, base, both, 2);
            for (int i = 0; i < r.radii().length; i++) {
                OptimizerSpec cell = RadiusSweep.cellSpec(base, both, i);
                int[] at = r.cell(i);
                assertEquals(both.get(0).values()[at[0]], cell.real(second), 0.0);
                assertEquals(alphas[at[1]], cell.real("alpha"), 0.0);
                assertEquals(LinearisedAnalysis.at(quadratic, cell, origin).spectralRadius(),
                        r.radii()[i], 1e-10, cell::toString);
            }
            // alpha alone: the second step size follows it, the one-step-size method
            List<RadiusSweep.Axis> alone = List.of(
                    new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, alphas));
            RadiusSweep.Result one = RadiusSweep.sweep(quadratic, origin, base, alone, 1);
            for (int i = 0; i < alphas.length; i++) {
                OptimizerSpec cell = RadiusSweep.cellSpec(base, alone, i);
                assertEquals(alphas[i], cell.real(second), 0.0);
                assertEquals(LinearisedAnalysis.at(quadratic, cell, origin).spectralRadius(),
                        one.radii()[i], 1e-10, cell::toString);
            }
        }
    }

    @Test
    void gridValuesOutsideTheDomainAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RadiusSweep.sweep(BILINEAR, ORIGIN,
                        OptimizerSpec.of(ComplexMomentum.METHOD),
                        List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS,
                                new double[] {0.5, 1.0})), 2));
        assertTrue(e.getMessage().startsWith("beta = "), e.getMessage());
    }

    /**
     * Audit M8: a NaN ρ (complex momentum with α = 1e300 overflows its update) used to be the
     * "best" cell when it came first. The best is the smallest finite ρ; the overflowing cells
     * are counted; a grid with no finite ρ has no best cell at all.
     */
    @Test
    void aNonFiniteRadiusIsNeverTheBest() {
        OptimizerSpec cm = OptimizerSpec.of(ComplexMomentum.METHOD);
        RadiusSweep.Result r = RadiusSweep.sweep(BILINEAR, ORIGIN, cm, List.of(
                new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, new double[] {1e300, 0.1})), 1);
        assertTrue(Double.isNaN(r.radii()[0]), "rho(1e300) = " + r.radii()[0]);
        assertEquals(1, r.bestIndex());
        assertEquals(1, r.nonFiniteCount());
        assertEquals(LinearisedAnalysis.at(BILINEAR, cm.with("alpha", new Complex(0.1, 0)), ORIGIN)
                .spectralRadius(), r.bestRadius(), 1e-12);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> RadiusSweep.sweep(BILINEAR, ORIGIN, cm, List.of(new RadiusSweep.Axis("alpha",
                        RadiusSweep.Part.REAL, new double[] {1e300, 1e308})), 2));
        assertTrue(e.getMessage().startsWith("no cell has a finite spectral radius (it overflowed "
                + "in all 2 cells"), e.getMessage());
        // gradient descent: ρ = |1 − αλ| overflows to +∞ for α = 1e308
        RadiusSweep.Result gd = RadiusSweep.sweep(BILINEAR, ORIGIN, OptimizerSpec.of(
                GradientDescent.METHOD), List.of(new RadiusSweep.Axis("alpha",
                RadiusSweep.Part.REAL, new double[] {1e308, 0.5})), 1);
        assertEquals(Double.POSITIVE_INFINITY, gd.radii()[0]);
        assertEquals(1, gd.bestIndex());
        assertEquals(Math.hypot(1, 0.5 * 3), gd.bestRadius(), 1e-15);
    }
}
