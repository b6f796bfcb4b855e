package io.github.gamedyn.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class FixedPointsTest {

    /** Matching pennies written inline: L₁ = (2σ(x)−1)(2σ(y)−1), L₂ = −L₁; Nash at 0. */
    private static final Game PENNIES = Game.builder("pennies")
            .player("x", 1).player("y", 1)
            .losses(t -> {
                Var l = t.block(0).sigmoid().times(2).minus(1)
                        .times(t.block(1).sigmoid().times(2).minus(1));
                return new Var[] {l, l.negate()};
            }).build();

    /**
     * The quadratic game L_x = ½a(1−γ)x² + aγxy, L_y = ½a(1−γ)y² − aγxy with a = 2, γ = 0.6, plus a
     * linear term: Ĥ = a[[1−γ, γ], [−γ, 1−γ]], eigenvalues a((1−γ) ± iγ) = 0.8 ± 1.2i, fixed point
     * where ξ = Ĥω + (1, −1) = 0.
     */
    private static final Game QUADRATIC = Game.builder("quadratic")
            .player("x", 1).player("y", 1)
            .losses(t -> {
                Var x = t.block(0);
                Var y = t.block(1);
                Var xy = x.times(y).times(1.2);
                return new Var[] {x.square().times(0.4).plus(xy).plus(x),
                    y.square().times(0.4).minus(xy).minus(y)};
            }).build();

    @Test
    void newtonFindsTheNashEquilibriumOfMatchingPennies() {
        FixedPointResult r = new NewtonFixedPointSolver().solve(PENNIES, new double[] {0.7, -0.4});
        assertTrue(r.converged());
        assertEquals(0, r.point()[0], 1e-12);
        assertEquals(0, r.point()[1], 1e-12);
        assertTrue(r.gradientNorm() <= 1e-12);
    }

    @Test
    void newtonSolvesALinearGradientInOneStep() {
        // Ĥω* = −(1, −1): ω* = −Ĥ⁻¹(1, −1); Ĥ = [[0.8, 1.2], [−1.2, 0.8]], det = 2.08
        FixedPointResult r = new NewtonFixedPointSolver().solve(QUADRATIC, new double[] {3, 5});
        assertTrue(r.converged());
        assertEquals(1, r.iterations());
        assertEquals(-(0.8 * 1 - 1.2 * -1) / 2.08, r.point()[0], 1e-14);
        assertEquals(-(1.2 * 1 + 0.8 * -1) / 2.08, r.point()[1], 1e-14);
    }

    @Test
    void newtonReportsFailureHonestly() {
        Game noRoot = Game.builder("no-root").player("x", 1)
                .losses(t -> new Var[] {t.block(0).exp()}).build();
        FixedPointResult r = new NewtonFixedPointSolver(1e-12, 20).solve(noRoot, new double[] {0});
        assertFalse(r.converged());
        assertTrue(r.gradientNorm() > 0);
    }

    @Test
    void classification() {
        assertEquals(Classification.STABLE, Classification.of(new Complex[] {
            new Complex(0.8, 1.2), new Complex(0.8, -1.2), new Complex(3, 0)}));
        assertEquals(Classification.UNSTABLE, Classification.of(new Complex[] {
            new Complex(-0.1, 1), new Complex(-0.1, -1)}));
        assertEquals(Classification.SADDLE, Classification.of(new Complex[] {
            new Complex(1, 0), new Complex(-1, 0)}));
        assertEquals(Classification.ROTATIONAL, Classification.of(new Complex[] {
            new Complex(0, 0.25), new Complex(0, -0.25)}));
        assertEquals(Classification.DEGENERATE, Classification.of(new Complex[] {
            new Complex(4, 0), new Complex(0, 0)}));
        assertEquals(Classification.UNSTABLE, Classification.of(new Complex[] {
            new Complex(0, 1), new Complex(0, -1), new Complex(-0.5, 0)}));
        assertEquals(Classification.SADDLE, Classification.of(new Complex[] {
            new Complex(0.1, 3), new Complex(0.1, -3), new Complex(-1, 0), new Complex(0, 0)}));
        assertEquals(Classification.ROTATIONAL, Classification.of(new Complex[] {
            new Complex(1e-14, 0.25), new Complex(1e-14, -0.25), new Complex(2, 0)}));
        assertThrows(IllegalArgumentException.class, () -> Classification.of(new Complex[0]));
    }

    @Test
    void classificationOfMatchingPenniesFromItsJacobian() {
        DMatrixRMaj h = PENNIES.jacobian(new double[] {0, 0});
        // 2×2 eigenvalues: λ = tr/2 ± sqrt(tr²/4 − det)
        double tr = h.get(0, 0) + h.get(1, 1);
        double det = h.get(0, 0) * h.get(1, 1) - h.get(0, 1) * h.get(1, 0);
        Complex root = new Complex(tr * tr / 4 - det).sqrt();
        Complex[] l = {root.add(tr / 2), root.negate().add(tr / 2)};
        assertEquals(0.25, l[0].getImaginary(), 1e-15);
        assertEquals(Classification.ROTATIONAL, Classification.of(l));
        assertEquals(Double.POSITIVE_INFINITY, Classification.learningRateThreshold(l));
    }

    /**
     * α* = 2Reλ/|λ|² = 1.6/2.08 for λ = 0.8 ± 1.2i; simultaneous GD from near the fixed point
     * contracts just below α* and expands just above it.
     */
    @Test
    void learningRateThresholdSeparatesConvergenceFromDivergence() {
        Complex[] l = {new Complex(0.8, 1.2), new Complex(0.8, -1.2)};
        double star = Classification.learningRateThreshold(l);
        assertEquals(1.6 / 2.08, star, 1e-15);
        double[] fixed = new NewtonFixedPointSolver().solve(QUADRATIC, new double[] {0, 0})
                .point();
        assertTrue(distanceAfterGd(fixed, 0.98 * star) < 1e-3);
        assertTrue(distanceAfterGd(fixed, 1.02 * star) > 1e-1);
    }

    private static double distanceAfterGd(double[] fixed, double lr) {
        double[] w = {fixed[0] + 0.1, fixed[1]};
        for (int t = 0; t < 2000; t++) {
            double[] xi = QUADRATIC.simultaneousGradient(w);
            w[0] -= lr * xi[0];
            w[1] -= lr * xi[1];
        }
        return Math.hypot(w[0] - fixed[0], w[1] - fixed[1]);
    }
}
