package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.game.FiniteDifferences;
import io.github.gamedyn.core.game.Game;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Comparisons of exact derivatives with central finite differences, shared by the zoo tests. */
final class DerivativeChecks {

    /** Step of the central differences: truncation and rounding both near 1e-10 at unit scale. */
    static final double STEP = 1e-5;

    private DerivativeChecks() {
    }

    /** A point with coordinates uniform in [−r, r]. */
    static double[] randomPoint(SplittableRandom rng, int d, double r) {
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = rng.nextDouble(-r, r);
        }
        return w;
    }

    /**
     * Asserts ξ and Ĥ of {@code game} at {@code w} agree with central differences to
     * {@code tol·max(1, |value|)} per entry.
     */
    static void assertMatchesFiniteDifferences(Game game, double[] w, double tol) {
        assertClose(FiniteDifferences.simultaneousGradient(game, w, STEP),
                game.simultaneousGradient(w), tol, game.name() + " ξ");
        DMatrixRMaj fd = FiniteDifferences.jacobian(game, w, STEP);
        assertClose(fd.data, game.jacobian(w).data, tol, game.name() + " Ĥ");
    }

    /** Entrywise {@code |expected − actual| ≤ tol·max(1, |expected|)}. */
    static void assertClose(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double bound = tol * Math.max(1, Math.abs(expected[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= bound)) {
                throw new AssertionError(what + "[" + i + "]: expected " + expected[i] + ", got "
                        + actual[i] + " (tolerance " + bound + ")");
            }
        }
    }
}
