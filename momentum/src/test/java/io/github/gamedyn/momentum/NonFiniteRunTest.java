package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.BilinearGame;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Non-finite numbers never pass silently in a run (audit M8, M13, L3): a non-finite loss, ξ or
 * direction is a divergence with its step, player and last finite state, and every recorded
 * number is finite.
 */
class NonFiniteRunTest {

    /** L₁ = log(x)·y, L₂ = y²/2: from (0.5, 1) with α = 0.5 GD steps to x = −0.5. */
    private static Game logGame() {
        return Game.builder("log").player("x", 1).player("y", 1)
                .losses(t -> new Var[] {t.block(0).log().times(t.block(1)).sum(),
                    t.block(1).square().times(0.5).sum()})
                .build();
    }

    /** M13 (harness N5): the state stays finite but L₁ = log(−0.5)·0.5 is NaN. */
    @Test
    void aNonFiniteLossIsADivergenceAtThatStep() {
        Optimizer opt = OptimizerSpec.parse("gd:alpha=0.5").create(logGame(), new double[] {0.5, 1});
        RunResult r = new TrajectoryRecorder(1).run(opt, 10, null);
        Divergence d = r.divergence().orElseThrow();
        assertEquals(1, d.step());
        assertEquals(0, d.player());
        assertEquals("x", d.playerName());
        assertEquals("non-finite loss", d.reason());
        assertArrayEquals(new double[] {0.5, 1}, d.lastFiniteState(), 0.0);
        assertEquals(0, r.steps());
        assertEquals(1, r.trajectory().size());
        assertArrayEquals(new double[] {Math.log(0.5), 0.5}, r.last().losses(), 1e-15);
        // the optimizer itself took the step: its state is finite, only the loss is not
        assertArrayEquals(new double[] {-0.5, 0.5}, opt.parameters(), 1e-15);
    }

    /**
     * L₁ = x + 0·√x (√x as exp(½ log x)), L₂ = y: ξ = (1, 1) for x &gt; 0, but at x = 0 the loss is
     * finite (0) while ξ₁ = 1 + 0·∞ is NaN, and for x &lt; 0 both are NaN.
     */
    private static Game infiniteGradientGame() {
        return Game.builder("kink").player("x", 1).player("y", 1)
                .losses(t -> {
                    Var x = t.block(0);
                    return new Var[] {x.plus(x.log().times(0.5).exp().times(0)),
                        t.block(1).sum()};
                })
                .defaultPoint(1, 0)
                .build();
    }

    @Test
    void aNonFiniteGradientIsADivergenceInTheRecorderAndInTheOptimizer() {
        Game g = infiniteGradientGame();
        RunResult r = new TrajectoryRecorder(3).run(OptimizerSpec.parse("gd:alpha=0.5")
                .create(g, new double[] {0.5, 0}), 10, null);
        Divergence d = r.divergence().orElseThrow();
        assertEquals(1, d.step());
        assertEquals("x", d.playerName());
        assertEquals("non-finite simultaneous gradient", d.reason());
        assertEquals(0, r.steps());
        assertEquals(1.0 * Math.sqrt(2), r.last().gradientNorm(), 1e-15);
        // a step from a point where the direction is infinite stops in the optimizer
        Optimizer opt = OptimizerSpec.parse("adam:alpha=0.1").create(g, new double[] {-0.5, 0});
        OptimizerDivergenceException e = assertThrows(OptimizerDivergenceException.class, opt::step);
        assertEquals("non-finite direction", e.divergence().reason());
        assertEquals(0, e.divergence().player());
        assertEquals(0, opt.steps());
    }

    /** M8 (tandem at 1e200): losses (x+y)² overflow at the start, which is a bad start point. */
    @Test
    void aStartWithNonFiniteLossesIsRejected() {
        Game tandem = GameRegistry.create("tandem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrajectoryRecorder(1).run(OptimizerSpec.parse("gd").create(tandem,
                        new double[] {1e200, 1e200}), 10, null));
        assertEquals("start point [1.0E200, 1.0E200] of tandem: losses [Infinity, Infinity] not "
                + "finite; allowed: a point where the losses and ξ are finite", e.getMessage());
    }

    /**
     * M8: ξ = (a·y, −a·x) = (1e210, −1e210) at the start; ‖ξ‖ = √2·1e210 overflowed to ∞
     * when computed as √(ξ·ξ).
     */
    @Test
    void normsAreScaled() {
        Game g = BilinearGame.create(new double[][] {{1e200}});
        RunResult r = new TrajectoryRecorder(1).run(OptimizerSpec.parse("gd:alpha=1e200")
                .create(g, new double[] {1e10, 1e10}), 10, new double[] {-1e300, -1e300});
        assertTrue(r.divergence().isPresent());
        assertEquals(Math.hypot(1e210, 1e210), r.last().gradientNorm(), Math.ulp(1.5e210));
        assertEquals(Math.hypot(1e300, 1e300), r.last().distanceToTarget(), Math.ulp(1.5e300));
    }

    /** Streaming hands every recorded point to the sink and keeps only the last. */
    @Test
    void streamingRecordsTheSamePointsWithoutKeepingThem() {
        Game g = BilinearGame.create(new double[][] {{1}});
        OptimizerSpec gd = OptimizerSpec.parse("gd:alpha=0.1");
        RunResult kept = new TrajectoryRecorder(7).run(gd.create(g, new double[] {1, 1}), 50, null);
        List<TrajectoryPoint> streamed = new ArrayList<>();
        RunResult r = new TrajectoryRecorder(7).run(gd.create(g, new double[] {1, 1}), 50, null,
                streamed::add);
        assertEquals(kept.trajectory().size(), streamed.size());
        for (int i = 0; i < streamed.size(); i++) {
            assertEquals(kept.trajectory().get(i).step(), streamed.get(i).step());
            assertArrayEquals(kept.trajectory().get(i).parameters(), streamed.get(i).parameters(),
                    0.0);
        }
        assertEquals(List.of(0, 7, 14, 21, 28, 35, 42, 49, 50),
                streamed.stream().map(TrajectoryPoint::step).toList());
        assertEquals(1, r.trajectory().size());
        assertEquals(50, r.last().step());
        assertEquals(50, r.steps());
    }

    /**
     * L3: on x·y, CGD's one step from (x, y) is ((x − αy), (y + αx))/(1 + α²) (solving
     * (I + αH_o)g = ξ by hand), ≈ (−1/α, 1/α) from (1, 1). Its curvatures grow like α⁴ and
     * overflowed for α ≥ 1e100, leaving the point at exactly (1, 1). The rounding error is that
     * of ω − αg with αg ≈ ω: a few ulps of 1.
     */
    @Test
    void competitiveGradientDescentTakesTheLargeAlphaLimit() {
        Game g = BilinearGame.create(new double[][] {{1}});
        for (double alpha : new double[] {0.5, 1e6, 1e100, 1e200, 1e308}) {
            Optimizer opt = OptimizerSpec.parse("cgd:alpha=" + alpha).create(g, new double[] {1, 1});
            RunResult r = new TrajectoryRecorder(1).run(opt, 1, null);
            assertFalse(r.divergence().isPresent(), "alpha " + alpha);
            double[] expected = alpha < 1e100
                    ? new double[] {(1 - alpha) / (1 + alpha * alpha), (1 + alpha) / (1 + alpha * alpha)}
                    : new double[] {-1 / alpha, 1 / alpha};
            assertArrayEquals(expected, opt.parameters(), 4 * Math.ulp(1.0), "alpha " + alpha);
        }
    }

    /** The power-of-two scaling leaves moderate α bit for bit as it was: α = 3 by hand too. */
    @Test
    void competitiveGradientDescentForModerateAlphaMatchesTheClosedForm() {
        Game g = BilinearGame.create(new double[][] {{1}});
        Optimizer opt = OptimizerSpec.parse("cgd:alpha=3").create(g, new double[] {1, 2});
        opt.step();
        assertArrayEquals(new double[] {(1 - 3 * 2) / 10.0, (2 + 3 * 1) / 10.0}, opt.parameters(),
                1e-15);
    }

    /** M6, L1: optimiser specs are read by the same strict parser as games. */
    @Test
    void optimizerSpecsAreStrict() {
        assertEquals("spec 'gd:alpha=0.1,alpha=0.2' is not METHOD[+BASE][:key=value,...]: alpha "
                + "given twice; allowed: each key once", rejected("gd:alpha=0.1,alpha=0.2"));
        assertTrue(rejected("gd:alpha=0.1,,").contains("an empty parameter (a trailing or doubled "
                + "comma)"));
        assertTrue(rejected("gd:alpha=0x1p-3").startsWith("alpha = 0x1p-3; allowed: a real number, "
                + "a+bi, or modulus@argument, in plain decimals"), rejected("gd:alpha=0x1p-3"));
        assertTrue(rejected("gd:alpha=1d").startsWith("alpha = 1d; allowed"));
        assertTrue(rejected("complex-momentum:beta=0.5+NaNi").startsWith("beta = 0.5+NaNi;"));
        assertEquals(0.125, OptimizerSpec.parse("gd: alpha = 0.125").real("alpha"), 0.0);
    }

    private static String rejected(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse(spec))
                .getMessage();
    }
}
