package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.game.FiniteDifferences;
import io.github.gamedyn.core.game.Game;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The engine on an array-heavy game (two MLPs, a batch of 32) against central finite differences.
 * With h = 1e-5 and losses of order one, truncation (h²/6·f''') and rounding (ε/h) errors are
 * below 1e-9; the tolerance 1e-7 leaves room for third derivatives of order 100.
 */
class MlpGameFiniteDifferenceTest {
    private static final double H = 1e-5;
    private static final double TOL = 1e-7;

    private final Game game = MlpGame.create(4, 32, 7);

    private double[] point(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[game.dimension()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextDouble(-1, 1);
        }
        return w;
    }

    @Test
    void gradientJacobianAndThirdOrderMatchFiniteDifferences() {
        double[] w = point(1);
        double[] u = point(2);
        double[] v = point(3);
        double[] xi = game.simultaneousGradient(w);
        double[] xiFd = FiniteDifferences.simultaneousGradient(game, w, H);
        DMatrixRMaj h = game.jacobian(w);
        DMatrixRMaj hFd = FiniteDifferences.jacobian(game, w, H);
        double[] jvp = game.jacobianVectorProduct(w, v);
        double[] third = game.jacobianDirectionalDerivative(w, u, v);
        double[] thirdFd = FiniteDifferences.jacobianDirectionalDerivative(game, w, u, v, H);
        for (int r = 0; r < game.dimension(); r++) {
            assertEquals(xiFd[r], xi[r], TOL, "ξ[" + r + "]");
            assertEquals(thirdFd[r], third[r], TOL, "(d/du Ĥ) v [" + r + "]");
            double hv = 0;
            for (int c = 0; c < game.dimension(); c++) {
                assertEquals(hFd.get(r, c), h.get(r, c), TOL, "Ĥ[" + r + "," + c + "]");
                hv += h.get(r, c) * v[c];
            }
            assertEquals(hv, jvp[r], 1e-12 * (1 + Math.abs(hv)), "Ĥv[" + r + "] vs dense Ĥ");
        }
    }
}
