package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.equilibrium.Classification;
import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.equilibrium.NewtonFixedPointSolver;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.zoo.MixedIpdPennies;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * The learning-rate bifurcation of the mixed game: at its fixed point Ĥ has \(\lambda = a \pm
 * ib\) with \(a &gt; 0\), so gradient descent is stable exactly below \(\alpha^* = 2a/|\lambda|^2\);
 * simulation agrees just below and just above, and GRR's branches there turn unstable.
 */
class HopfThresholdTest {
    static final Game MIXED = MixedIpdPennies.create(0.25);

    @Test
    void simulationConfirmsTheThresholdAndBranchesTurnUnstable() {
        FixedPointResult fixed = new NewtonFixedPointSolver().solve(MIXED, new double[2]);
        double[] star = fixed.point();
        Eigendecomposition eig = Spectra.defaultSolver().decompose(MIXED.jacobian(star));
        Complex lambda = eig.eigenpairs().get(0).value();
        double threshold = Classification.learningRateThreshold(eig.eigenvalues());
        assertEquals(2 * lambda.getReal() / (lambda.abs() * lambda.abs()), threshold, 1e-12);
        assertEquals(1.1755, threshold, 1e-3);

        double[] re = eig.eigenpairs().get(0).re();
        double below = distanceAfter(star, re, 0.9 * threshold, 5000);
        double above = distanceAfter(star, re, 1.1 * threshold, 5000);
        assertTrue(below < 1e-3 * 0.5, "spirals in below α*: distance " + below);
        assertTrue(above > 1e-3 * 2, "spirals out above α*: distance " + above);

        List<BranchDirection> stable = BranchDirections.directions(eig, descent(0.99 * threshold), 4);
        List<BranchDirection> unstable = BranchDirections.directions(eig, descent(1.01 * threshold),
                4);
        assertTrue(stable.stream().noneMatch(BranchDirection::unstable));
        assertTrue(unstable.stream().allMatch(BranchDirection::unstable));
    }

    /** The growth |1 − αλ| of gradient descent. */
    private static LearningMap.Growth descent(double alpha) {
        return (value, re, im) -> Complex.ONE.subtract(value.multiply(alpha)).abs();
    }

    /** Distance to the fixed point after gradient descent from 10⁻³ along {@code v}. */
    private static double distanceAfter(double[] star, double[] v, double lr, int steps) {
        double[] w = star.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] += 1e-3 * v[i];
        }
        for (int t = 0; t < steps; t++) {
            double[] xi = MIXED.simultaneousGradient(w);
            for (int i = 0; i < w.length; i++) {
                w[i] -= lr * xi[i];
            }
        }
        return GeneralizedRidgeRider.distance(w, star);
    }
}
