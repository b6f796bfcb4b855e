package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.PerEigenvalueRadius;
import io.github.gamedyn.zoo.QuadraticGame;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.Arrays;
import org.apache.commons.math3.complex.Complex;
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

    /**
     * Gradient ascent over a rule's map: its exponent's exact gradient in ω₀ (the parameter part
     * of the sweep's gradient) matches central differences of the exponent, and gradient descent
     * written as another rule (alternating with one block per player is not the map ω − αξ) has a
     * gradient too.
     */
    @Test
    void theExponentOfARulesMapHasAnExactGradient() {
        double[] w0 = {0.3, -0.2};
        for (String spec : new String[] {"heavy-ball:alpha=5,beta=0.5",
            "complex-momentum:alpha=3,beta=0.6@0.5", "extragradient+adam:alpha=0.5",
            "gd:alpha=5,schedule=alternating"}) {
            GrrOptions.Search search = GrrOptions.Search.DEFAULT.withHorizon(12)
                    .withMap(OptimizerSpec.parse(spec));
            LearningMap map = new LearningMap(SmallIpd.create(), search,
                    LearningMapTest::transported);
            TransportedVectorEstimator.ForwardSweep sweep = map.sweep(w0);
            assertEquals(map.exponent(w0), sweep.value(), 1e-12, spec);
            double[] exact = Arrays.copyOf(sweep.gradient().gradient(), 2);
            for (int k = 0; k < 2; k++) {
                double h = 1e-6;
                double[] plus = w0.clone();
                double[] minus = w0.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (map.exponent(plus) - map.exponent(minus)) / (2 * h);
                assertEquals(fd, exact[k], 1e-6 * Math.max(1, Math.abs(fd)), spec + " entry " + k);
            }
        }
    }

    @Test
    void gradientAscentNeedsAMapWhoseSecondDerivativesAreInReach() {
        GrrOptions.Search search = GrrOptions.Search.DEFAULT.withMap(
                OptimizerSpec.parse("lola:alpha=1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LearningMap(SmallIpd.create(), search, LearningMapTest::transported));
        assertTrue(e.getMessage().startsWith("map = lola+gd:alpha=1.0,schedule=simultaneous with "
                + "method = GRADIENT_ASCENT: its update reaches the game beyond ξ"), e.getMessage());
        assertTrue(e.getMessage().endsWith("allowed: NELDER_MEAD"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GeneralizedRidgeRider(
                GrrOptions.defaults().withSearch(search)).check(SmallIpd.create()));
        assertTrue(Double.isFinite(new LearningMap(SmallIpd.create(), search.withMethod(
                GrrOptions.Search.Method.NELDER_MEAD), LearningMapTest::transported)
                .exponent(new double[] {0.3, -0.2})));
    }

    /**
     * Branches are judged by the map's own linearisation: for gradient descent and for every
     * method with a per-eigenvalue form the growth of a mode is exactly that form's ρ at its
     * eigenvalue (|1 − αλ| for gradient descent).
     */
    @Test
    void theGrowthOfAModeIsItsRateUnderTheChosenMap() {
        Game game = QuadraticGame.create(new double[] {0.5, 2, 1.2}, new double[] {0.3, 0.9, 0});
        double[] origin = new double[6];
        Eigendecomposition eig = Spectra.defaultSolver().decompose(game.jacobian(origin));
        for (String text : new String[] {"gd:alpha=0.7", "heavy-ball:alpha=0.4,beta=-0.6",
            "complex-momentum:alpha=0.5,beta=0.8@2.5", "extragradient:alpha=0.6,extrapolation=0.2",
            "optimistic:alpha=0.3"}) {
            OptimizerSpec spec = OptimizerSpec.parse(text);
            LearningMap.Growth growth = new LearningMap(game, GrrOptions.Search.DEFAULT
                    .withMap(spec, GrrOptions.Search.Method.NELDER_MEAD),
                    LearningMapTest::transported).growthAt(origin);
            for (Eigenpair p : eig.eigenpairs()) {
                assertEquals(PerEigenvalueRadius.spectralRadius(spec, new Complex[] {p.value()}),
                        growth.of(p.value(), p.re(), p.im()), 1e-12, text + " at " + p.value());
            }
        }
        // heavy ball as the map of a whole run: its branches carry its growth, not |1 − αλ|
        OptimizerSpec heavyBall = OptimizerSpec.parse("heavy-ball:alpha=5,beta=0.5");
        GrrTree tree = new GeneralizedRidgeRider(GeneralizedRidgeRiderTest.SMALL_IPD.withSearch(
                s -> s.withMap(heavyBall))).run(SmallIpd.create());
        BifurcationPoint saddle = tree.roots().get(0);
        for (GrrBranch b : saddle.branches()) {
            BranchDirection d = b.direction();
            assertEquals(PerEigenvalueRadius.spectralRadius(heavyBall,
                    new Complex[] {d.eigenvalue()}), d.growth(), 1e-9, d.label());
        }
    }
}
