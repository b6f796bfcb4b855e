package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.zoo.BilinearGame;
import io.github.gamedyn.zoo.QuadraticGame;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of ρ on the bilinear game \(x^{\mathsf T}Ay\), A = diag(1, 3) (Ĥ has eigenvalues
 * ±iσ, σ ∈ {1, 3}), derived by hand per σ, against the dense analysis; and the per-eigenvalue
 * path against the dense one.
 */
class ClosedFormRadiusTest {
    private static final double[] SIGMA = {1, 3};
    private static final Game BILINEAR = BilinearGame.create(new double[][] {{1, 0}, {0, 3}});
    private static final double[] ORIGIN = new double[4];

    private static double dense(String spec) {
        return LinearisedAnalysis.at(BILINEAR, OptimizerSpec.parse(spec), ORIGIN).spectralRadius();
    }

    @Test
    void simultaneousGradientDescentSpiralsOut() {
        double alpha = 0.1;
        // eigenvalue 1 − iασ: modulus √(1 + α²σ²)
        double expected = Math.sqrt(1 + alpha * alpha * 9);
        assertEquals(expected, dense("gd:alpha=0.1"), 1e-12);
    }

    @Test
    void alternatingGradientDescentIsMarginallyStableBelowTwoOverSigma() {
        // per σ: x' = x − ασy, y' = y + ασx' ⇒ [[1, −ασ], [ασ, 1 − α²σ²]], det 1, trace 2 − α²σ²;
        // complex roots of modulus 1 while α²σ² < 4, else real with the larger modulus
        // (α²σ² − 2 + √((α²σ² − 2)² − 4)) / 2
        assertEquals(1, dense("gd:alpha=0.5,schedule=alternating"), 1e-12);
        double a2s2 = 0.8 * 0.8 * 9;
        double expected = (a2s2 - 2 + Math.sqrt((a2s2 - 2) * (a2s2 - 2) - 4)) / 2;
        assertEquals(expected, dense("gd:alpha=0.8,schedule=alternating"), 1e-10);
    }

    @Test
    void extragradientContracts() {
        double alpha = 0.2;
        double expected = 0;
        for (double s : SIGMA) {
            // 1 − iασ + (iασ)² = (1 − α²σ²) − iασ
            double a2s2 = alpha * alpha * s * s;
            expected = Math.max(expected, Math.sqrt((1 - a2s2) * (1 - a2s2) + a2s2));
        }
        assertEquals(expected, dense("extragradient:alpha=0.2"), 1e-12);
        assertTrue(expected < 1);
    }

    @Test
    void extragradientWithTwoStepSizes() {
        double alpha = 0.2;
        double eta = 0.5;
        double expected = 0;
        for (double s : SIGMA) {
            // 1 − iασ + αη(iσ)² = (1 − αησ²) − iασ
            double x = 1 - alpha * eta * s * s;
            expected = Math.max(expected, Math.sqrt(x * x + alpha * alpha * s * s));
        }
        assertEquals(expected, dense("extragradient:alpha=0.2,extrapolation=0.5"), 1e-12);
    }

    @Test
    void optimisticWithItsOwnOptimism() {
        double alpha = 0.1;
        double optimism = 0.3;
        double expected = 0;
        for (double s : SIGMA) {
            // z² − (1 − (α + β′)iσ)z − β′iσ = 0
            Complex b = new Complex(-1, (alpha + optimism) * s);
            Complex c = new Complex(0, -optimism * s);
            Complex root = b.multiply(b).subtract(c.multiply(4)).sqrt();
            expected = Math.max(expected, Math.max(b.negate().add(root).divide(2).abs(),
                    b.negate().subtract(root).divide(2).abs()));
        }
        assertEquals(expected, dense("optimistic:alpha=0.1,optimism=0.3"), 1e-12);
        // no optimism: the roots are 0 and those of gradient descent
        assertEquals(dense("gd:alpha=0.1"), dense("optimistic:alpha=0.1,optimism=0"), 1e-12);
    }

    @Test
    void optimisticContracts() {
        double alpha = 0.1;
        double expected = 0;
        for (double s : SIGMA) {
            // z² − (1 − 2iασ)z − iασ = 0 solved with commons-math complex arithmetic
            Complex b = new Complex(-1, 2 * alpha * s);
            Complex c = new Complex(0, -alpha * s);
            Complex root = b.multiply(b).subtract(c.multiply(4)).sqrt();
            expected = Math.max(expected, Math.max(b.negate().add(root).divide(2).abs(),
                    b.negate().subtract(root).divide(2).abs()));
        }
        assertEquals(expected, dense("optimistic:alpha=0.1"), 1e-12);
        assertTrue(expected < 1);
    }

    @Test
    void complexMomentumCubicFactorsForRealMomentum() {
        // real β: cubic = (z − β)(heavy-ball quadratic), so ρ = max(|β|, ρ_HB)
        assertEquals(Math.max(0.5, dense("heavy-ball:alpha=0.1,beta=0.5")),
                dense("complex-momentum:alpha=0.1,beta=0.5"), 1e-12);
        assertEquals(Math.max(0.3, dense("heavy-ball:alpha=0.1,beta=-0.3")),
                dense("complex-momentum:alpha=0.1,beta=-0.3"), 1e-12);
    }

    @Test
    void complexMomentumConvergesOnTheBilinearGameWhereRealMomentumCannot() {
        // found by a grid search over (α, |β|, arg β); real β in (−1, 1) cannot go below 1
        assertTrue(dense("complex-momentum:alpha=0.2,beta=0.72@1.2566") < 0.995);
        assertTrue(dense("heavy-ball:alpha=0.1,beta=0.9") > 1);
        assertTrue(dense("heavy-ball:alpha=0.1,beta=-0.5") > 1);
    }

    @Test
    void perEigenvaluePathAgreesWithTheDensePath() {
        double[] a = {0.3, 0.7, 1.0, 1.6, 2.2, 3.1, 4.0};
        double[] gammas = {0.1, 0.5, 0.75, 0.9, 0.95, 1.0, 1.0};
        Game quadratic = QuadraticGame.create(a, gammas);
        double[] origin = new double[14];
        Complex[] eig = Spectra.defaultSolver().eigenvalues(quadratic.jacobian(origin));
        String[] specs = {
            "gd:alpha=0.2", "gd:alpha=0.7",
            "heavy-ball:alpha=0.1,beta=0.6", "heavy-ball:alpha=0.3,beta=-0.4",
            "optimistic:alpha=0.15", "extragradient:alpha=0.25",
            "optimistic:alpha=0.15,optimism=0.6", "optimistic:alpha=0.3,optimism=0",
            "extragradient:alpha=0.25,extrapolation=0.9", "extragradient:alpha=0.4,extrapolation=0",
            "complex-momentum:alpha=0.1,beta=0.9@0.3927",
            "complex-momentum:alpha=0.3+0.1i,beta=0.7@2.0",
            "complex-momentum:alpha=0.05,beta=0.5@-1.0",
            "complex-momentum:alpha=0.2,beta=0.95@3.0",
        };
        for (String s : specs) {
            OptimizerSpec spec = OptimizerSpec.parse(s);
            assertEquals(LinearisedAnalysis.at(quadratic, spec, origin).spectralRadius(),
                    PerEigenvalueRadius.spectralRadius(spec, eig), 1e-10, s);
            assertEquals(LinearisedAnalysis.at(BILINEAR, spec, ORIGIN).spectralRadius(),
                    PerEigenvalueRadius.spectralRadius(spec,
                            Spectra.defaultSolver().eigenvalues(BILINEAR.jacobian(ORIGIN))),
                    1e-10, s);
        }
    }
}
