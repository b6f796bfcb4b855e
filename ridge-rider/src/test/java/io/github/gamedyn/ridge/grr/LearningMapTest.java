package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearningMapTest {
    private static final double[] U0 = {0.6, -0.8, 0.3};

    private static double[] transported(int n) {
        return Arrays.copyOf(U0, n);
    }

    /**
     * A gradient-descent spec runs on the map \(\omega - \alpha\xi\) with its α and the horizon
     * of the search; the forward sweep of the exact gradient has the same value.
     */
    @Test
    void gradientDescentSpecIsTheGradientDescentMap() {
        GrrOptions.Search search = GrrOptions.Search.DEFAULT.withHorizon(17).withMap(GrrOptions.descent(7));
        double[] w0 = {0.3, -0.2};
        LearningMap map = new LearningMap(SmallIpd.create(), search, LearningMapTest::transported);
        double direct = new TransportedVectorEstimator(transported(2))
                .estimate(new GradientDescentMap(SmallIpd.create(), 7), w0, 17).value();
        assertEquals(direct, map.exponent(w0), 0.0);
        assertEquals(direct, map.sweep(w0).value(), 0.0);
    }

    /**
     * Heavy-ball momentum as the learning map: an augmented state (parameters and buffer), a
     * different exponent, and GRR still finds bifurcation points with Nelder–Mead.
     */
    @Test
    void momentumAsTheLearningMap() {
        GrrOptions options = GeneralizedRidgeRiderTest.SMALL_IPD.withSearch(s -> s
                .withMethod(GrrOptions.Search.Method.NELDER_MEAD)
                .withMap(OptimizerSpec.parse("heavy-ball:alpha=5,beta=0.5")));
        LearningMap map = new LearningMap(SmallIpd.create(), options.search(),
                LearningMapTest::transported);
        double gd = new LearningMap(SmallIpd.create(), GeneralizedRidgeRiderTest.SMALL_IPD.search(),
                LearningMapTest::transported).exponent(new double[] {0.3, -0.2});
        assertTrue(Double.isFinite(map.exponent(new double[] {0.3, -0.2})));
        assertTrue(Math.abs(map.exponent(new double[] {0.3, -0.2}) - gd) > 1e-6);
        GrrTree tree = new GeneralizedRidgeRider(options).run(SmallIpd.create());
        assertFalse(tree.roots().isEmpty());
        assertTrue(GrrTreeJson.toJson(tree).contains("heavy-ball"));
    }

    @Test
    void gradientAscentNeedsGradientDescent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrrOptions.Search.DEFAULT.withMap(OptimizerSpec.parse("heavy-ball")));
        assertTrue(e.getMessage().contains("allowed: NELDER_MEAD"), e.getMessage());
    }
}
