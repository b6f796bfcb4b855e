package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.DiracGan;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reductions of complex momentum, complex Adam and the two-parameter extragradient and
 * optimistic gradient, bit for bit.
 */
class SpecialCasesTest {
    private static final int STEPS = 300;

    private static double[][] trajectory(OptimizerSpec spec, Game game, double[] w0) {
        Optimizer opt = spec.create(game, w0);
        double[][] out = new double[STEPS][];
        for (int t = 0; t < STEPS; t++) {
            opt.step();
            out[t] = opt.parameters();
        }
        return out;
    }

    private static void assertSameBits(double[][] expected, double[][] actual) {
        for (int t = 0; t < expected.length; t++) {
            assertArrayEquals(expected[t], actual[t], 0.0, "step " + (t + 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void zeroMomentumIsGradientDescent(Schedule schedule) {
        Game game = TestGames.generalSum();
        double[] w0 = {0.4, -0.3, 0.6};
        assertSameBits(trajectory(OptimizerSpec.parse("gd:alpha=0.05").with(schedule), game, w0),
                trajectory(OptimizerSpec.parse("complex-momentum:alpha=0.05,beta=0")
                        .with(schedule), game, w0));
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void realMomentumIsHeavyBall(Schedule schedule) {
        Game game = DiracGan.standard().game();
        double[] w0 = {1, 1};
        for (String beta : new String[] {"0.7", "-0.5"}) {
            assertSameBits(trajectory(OptimizerSpec.parse("heavy-ball:alpha=0.1,beta=" + beta)
                            .with(schedule), game, w0),
                    trajectory(OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=" + beta)
                            .with(schedule), game, w0));
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void conjugateMomentumGivesTheSameParameters(Schedule schedule) {
        Game game = TestGames.generalSum();
        double[] w0 = {0.4, -0.3, 0.6};
        Complex beta = new Complex(0.6, 0.5);
        OptimizerSpec spec = OptimizerSpec.builder(ComplexMomentum.METHOD)
                .set("alpha", 0.05).set("beta", beta).schedule(schedule).build();
        assertSameBits(trajectory(spec, game, w0),
                trajectory(spec.with("beta", beta.conjugate()), game, w0));
        // with complex α, conjugating both α and β conjugates μ and keeps ω
        Complex alpha = new Complex(0.05, 0.02);
        OptimizerSpec complexAlpha = spec.with("alpha", alpha);
        Optimizer a = complexAlpha.create(game, w0);
        Optimizer b = complexAlpha.with("alpha", alpha.conjugate())
                .with("beta", beta.conjugate()).create(game, w0);
        for (int t = 0; t < STEPS; t++) {
            a.step();
            b.step();
        }
        double[] sa = a.state();
        double[] sb = b.state();
        for (int i = 0; i < 3; i++) {
            assertEquals(sa[i], sb[i], 0.0);
            assertEquals(sa[3 + i], sb[3 + i], 0.0);
            assertEquals(sa[6 + i], -sb[6 + i], 0.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void complexAdamWithRealDecayIsAdam(Schedule schedule) {
        Game game = TestGames.generalSum();
        double[] w0 = {0.4, -0.3, 0.6};
        String hyper = ":alpha=0.01,beta1=0.85,beta2=0.95,epsilon=1e-6";
        assertSameBits(trajectory(OptimizerSpec.parse("adam" + hyper).with(schedule), game, w0),
                trajectory(OptimizerSpec.parse("complex-adam" + hyper).with(schedule), game,
                        w0));
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void noExtrapolationAndNoOptimismAreGradientDescent(Schedule schedule) {
        Game game = TestGames.generalSum();
        double[] w0 = {0.4, -0.3, 0.6};
        double[][] gd = trajectory(OptimizerSpec.parse("gd:alpha=0.05").with(schedule), game, w0);
        assertSameBits(gd, trajectory(OptimizerSpec.parse("extragradient:alpha=0.05,"
                + "extrapolation=0").with(schedule), game, w0));
        assertSameBits(gd, trajectory(OptimizerSpec.parse("optimistic:alpha=0.05,optimism=0")
                .with(schedule), game, w0));
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void theDefaultsAreTheOneStepSizeMethods(Schedule schedule) {
        Game game = TestGames.generalSum();
        double[] w0 = {0.4, -0.3, 0.6};
        assertSameBits(trajectory(OptimizerSpec.parse("extragradient:alpha=0.05").with(schedule),
                        game, w0),
                trajectory(OptimizerSpec.parse("extragradient:alpha=0.05,extrapolation=0.05")
                        .with(schedule), game, w0));
        // ω − α(2g_t − g_{t−1}) by hand for the simultaneous schedule: the first step has
        // g_{−1} = 0, so ω₁ = ω₀ − 2αξ(ω₀), ω₂ = ω₁ − α(2ξ(ω₁) − ξ(ω₀))
        if (schedule == Schedule.SIMULTANEOUS) {
            double alpha = 0.05;
            double[] g0 = game.simultaneousGradient(w0);
            double[] w1 = new double[3];
            for (int i = 0; i < 3; i++) {
                w1[i] = w0[i] - 2 * alpha * g0[i];
            }
            double[] g1 = game.simultaneousGradient(w1);
            double[] w2 = new double[3];
            for (int i = 0; i < 3; i++) {
                w2[i] = w1[i] - alpha * (2 * g1[i] - g0[i]);
            }
            double[][] run = trajectory(OptimizerSpec.parse("optimistic:alpha=0.05"), game, w0);
            assertArrayEquals(w1, run[0], 1e-15);
            assertArrayEquals(w2, run[1], 1e-15);
        }
    }
}
