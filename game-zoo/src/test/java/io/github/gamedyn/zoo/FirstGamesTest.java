package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.FiniteDifferences;
import io.github.gamedyn.core.game.Game;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

class FirstGamesTest {

    @Test
    void matchingPenniesAtNash() {
        Game g = MatchingPennies.create();
        double[] zero = {0, 0};
        assertArrayEquals(new double[] {0, 0}, g.simultaneousGradient(zero), 0);
        DMatrixRMaj h = g.jacobian(zero);
        assertTrue(MatrixFeatures_DDRM.isIdentical(
                new DMatrixRMaj(new double[][] {{0, 0.25}, {-0.25, 0}}), h, 1e-15), h::toString);
    }

    @Test
    void matchingPenniesAgainstFiniteDifferences() {
        Game g = MatchingPennies.create();
        SplittableRandom rng = new SplittableRandom(3);
        for (int t = 0; t < 10; t++) {
            double[] w = {rng.nextDouble(-3, 3), rng.nextDouble(-3, 3)};
            assertArrayEquals(FiniteDifferences.simultaneousGradient(g, w, 1e-5),
                    g.simultaneousGradient(w), 1e-9);
            assertTrue(MatrixFeatures_DDRM.isIdentical(FiniteDifferences.jacobian(g, w, 1e-5),
                    g.jacobian(w), 1e-9));
        }
    }

    @Test
    void bilinearAnalyticDerivativesMatchDerived() {
        Game g = GameRegistry.create("bilinear:dim=3,seed=11");
        Game derived = g.withoutAnalyticDerivatives();
        assertTrue(g.hasAnalyticDerivatives());
        SplittableRandom rng = new SplittableRandom(5);
        double[] w = new double[6];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextDouble(-2, 2);
        }
        assertArrayEquals(derived.simultaneousGradient(w), g.simultaneousGradient(w), 1e-13);
        assertTrue(MatrixFeatures_DDRM.isIdentical(derived.jacobian(w), g.jacobian(w), 1e-13));
        double[] v = {1, -2, 0.5, 3, -1, 0.25};
        double[] xi = new double[6];
        assertArrayEquals(derived.jacobianVectorProduct(w, v), g.jacobianVectorProduct(w, v, xi),
                1e-13);
        assertArrayEquals(derived.simultaneousGradient(w), xi, 1e-13);
        assertArrayEquals(derived.vectorJacobianProduct(w, v), g.vectorJacobianProduct(w, v),
                1e-13);
    }

    @Test
    void bilinearLinearTermsMoveTheEquilibrium() {
        // A = [[2, 1], [0, 1]], b = (1, 2), c = (3, -1): y* = -A⁻¹b = (1/2, -2), x* = -A⁻ᵀc = (-3/2, 5/2)
        Game g = BilinearGame.create(new double[][] {{2, 1}, {0, 1}}, new double[] {1, 2},
                new double[] {3, -1});
        double[] star = {-1.5, 2.5, 0.5, -2};
        assertArrayEquals(new double[4], g.simultaneousGradient(star), 1e-15);
        assertArrayEquals(new double[4], g.withoutAnalyticDerivatives().simultaneousGradient(star),
                1e-15);
    }

    @Test
    void registryReportsBadSpecifications() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("no-such-game"));
        assertTrue(e.getMessage().contains("unknown game 'no-such-game'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("bilinear:dim=0"));
        assertEquals("game bilinear: dim = 0; allowed: ≥ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("bilinear:size=2"));
        assertTrue(e.getMessage().contains("has no parameter 'size'"), e.getMessage());
    }
}
