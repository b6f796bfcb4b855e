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

    /** ξ = (Ay + b, −(Aᵀx + c)) and Ĥ = [[0, A], [−Aᵀ, 0]] of a random rectangular bilinear game. */
    @Test
    void bilinearDerivativesMatchTheClosedForm() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] a = new double[3][2];
        double[] b = new double[3];
        double[] c = new double[2];
        for (int i = 0; i < 3; i++) {
            b[i] = rng.nextDouble(-1, 1);
            for (int j = 0; j < 2; j++) {
                a[i][j] = rng.nextDouble(-2, 2);
                c[j] = rng.nextDouble(-1, 1);
            }
        }
        Game g = BilinearGame.create(a, b, c);
        double[] w = {0.3, -1.2, 0.7, 2.1, -0.4};
        double[] v = {1, -2, 0.5, 3, -1};
        DMatrixRMaj h = new DMatrixRMaj(5, 5);
        double[] xi = new double[5];
        for (int i = 0; i < 3; i++) {
            xi[i] = b[i];
            for (int j = 0; j < 2; j++) {
                h.set(i, 3 + j, a[i][j]);
                h.set(3 + j, i, -a[i][j]);
                xi[i] += a[i][j] * w[3 + j];
            }
        }
        for (int j = 0; j < 2; j++) {
            xi[3 + j] = -c[j];
            for (int i = 0; i < 3; i++) {
                xi[3 + j] -= a[i][j] * w[i];
            }
        }
        double[] hv = new double[5];
        double[] vh = new double[5];
        for (int r = 0; r < 5; r++) {
            for (int k = 0; k < 5; k++) {
                hv[r] += h.get(r, k) * v[k];
                vh[r] += h.get(k, r) * v[k];
            }
        }
        assertArrayEquals(xi, g.simultaneousGradient(w), 1e-14);
        assertTrue(MatrixFeatures_DDRM.isIdentical(h, g.jacobian(w), 0));
        double[] gradient = new double[5];
        assertArrayEquals(hv, g.jacobianVectorProduct(w, v, gradient), 1e-14);
        assertArrayEquals(xi, gradient, 1e-14);
        assertArrayEquals(vh, g.vectorJacobianProduct(w, v), 1e-14);
    }

    @Test
    void bilinearLinearTermsMoveTheEquilibrium() {
        // A = [[2, 1], [0, 1]], b = (1, 2), c = (3, -1): y* = -A⁻¹b = (1/2, -2), x* = -A⁻ᵀc = (-3/2, 5/2)
        Game g = BilinearGame.create(new double[][] {{2, 1}, {0, 1}}, new double[] {1, 2},
                new double[] {3, -1});
        double[] star = {-1.5, 2.5, 0.5, -2};
        assertArrayEquals(new double[4], g.simultaneousGradient(star), 1e-15);
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
