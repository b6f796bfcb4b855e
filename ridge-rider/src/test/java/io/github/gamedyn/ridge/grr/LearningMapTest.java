package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearningMapTest {
    private static final double[] U0 = {0.6, -0.8, 0.3};

    private static double[] transported(int n) {
        return Arrays.copyOf(U0, n);
    }

    /** Gradient descent given as an optimiser spec is the built-in map: same exponent. */
    @Test
    void gradientDescentAsAnOptimiserIsTheSameMap() {
        GrrOptions builtIn = GrrOptions.builder().learningRate(10).horizon(20).build();
        GrrOptions asSpec = builtIn.toBuilder().search(GrrOptions.Search.NELDER_MEAD)
                .searchMap(OptimizerSpec.parse("gd:alpha=10")).build();
        double[] w0 = {0.3, -0.2};
        double a = new LearningMap(SmallIpd.create(), builtIn, LearningMapTest::transported)
                .exponent(w0);
        double b = new LearningMap(SmallIpd.create(), asSpec, LearningMapTest::transported)
                .exponent(w0);
        assertEquals(a, b, 1e-12);
    }

    /**
     * Heavy-ball momentum as the learning map: an augmented state (parameters and buffer), a
     * different exponent, and GRR still finds bifurcation points with Nelder–Mead.
     */
    @Test
    void momentumAsTheLearningMap() {
        GrrOptions options = GeneralizedRidgeRiderTest.SMALL_IPD.toBuilder()
                .search(GrrOptions.Search.NELDER_MEAD)
                .searchMap(OptimizerSpec.parse("heavy-ball:alpha=5,beta=0.5")).build();
        LearningMap map = new LearningMap(SmallIpd.create(), options,
                LearningMapTest::transported);
        double gd = new LearningMap(SmallIpd.create(), GeneralizedRidgeRiderTest.SMALL_IPD,
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
                () -> GrrOptions.builder().searchMap(OptimizerSpec.parse("heavy-ball")).build());
        assertTrue(e.getMessage().contains("allowed: NELDER_MEAD"), e.getMessage());
    }
}
