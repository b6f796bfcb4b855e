package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.BilinearGame;
import io.github.gamedyn.zoo.DiracGan;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/** Specs print and re-run; bad values are named; runs stop honestly; seeds are reproducible. */
class SpecAndRunTest {

    @Test
    void everyCatalogueMethodPrintsAndParsesBackToAnEqualSpec() {
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            OptimizerSpec spec = OptimizerSpec.of(m);
            assertEquals(spec, OptimizerSpec.parse(spec.toString()), spec.toString());
        }
        OptimizerSpec combined = OptimizerSpec.parse(
                "lola+complex-momentum:alpha=0.3,beta=-0.2-0.7i,schedule=alternating");
        assertEquals(combined, OptimizerSpec.parse(combined.toString()));
        assertEquals(-0.7, combined.value("beta").getImaginary(), 0.0);
    }

    @Test
    void aSecondStepSizeDefaultsToAlphaAndFollowsItUntilSetApart() {
        OptimizerSpec eg = OptimizerSpec.parse("extragradient:alpha=0.3");
        assertEquals(0.3, eg.real("extrapolation"), 0.0);
        assertEquals(0.1, OptimizerSpec.of(Extragradient.METHOD).real("extrapolation"),
                0.0);
        assertEquals(0.7, eg.with("alpha", new Complex(0.7, 0)).real("extrapolation"), 0.0);
        OptimizerSpec two = OptimizerSpec.parse("extragradient:alpha=0.3,extrapolation=0.05");
        assertEquals(0.05, two.with("alpha", new Complex(0.7, 0)).real("extrapolation"), 0.0);
        assertEquals(two, OptimizerSpec.parse(two.toString()));
        OptimizerSpec og = OptimizerSpec.parse("optimistic:alpha=0.2");
        assertEquals(0.2, og.real("optimism"), 0.0);
        assertEquals(0.4, og.with("alpha", new Complex(0.4, 0)).real("optimism"), 0.0);
        assertEquals(0.0, og.with("optimism", Complex.ZERO).with("alpha", new Complex(0.4, 0))
                .real("optimism"), 0.0);
        OptimizerSpec onHeavyBall = OptimizerSpec.parse("extragradient+heavy-ball:alpha=0.2");
        assertEquals(0.2, onHeavyBall.real("extrapolation"), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("extragradient:extrapolation=-0.1"));
        assertEquals("extrapolation = -0.1 for extragradient; allowed: a finite real number >= 0",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("optimistic:optimism=0.1+0.1i"));
        assertTrue(e.getMessage().startsWith("optimism = 0.1+0.1i for optimistic; allowed"),
                e.getMessage());
    }

    @Test
    void badValuesAreRejectedNamingTheArgumentTheValueAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("heavy-ball:beta=1.0"));
        assertEquals("beta = 1.0 for heavy-ball; allowed: a real number in (-1, 1)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("complex-momentum:beta=0.6+0.9i"));
        assertTrue(e.getMessage().startsWith("beta = 0.6+0.9i for complex-momentum; allowed"));
        e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("gd:alpha=0.1+0.1i"));
        assertTrue(e.getMessage().contains("alpha = 0.1+0.1i"));
        e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("lola+complex-momentum:alpha=0.1+0.1i"));
        assertTrue(e.getMessage().contains("for lola"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("gd:gamma=1"));
        assertTrue(e.getMessage().contains("allowed: alpha"));
        e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("cgd:schedule=alternating"));
        assertTrue(e.getMessage().contains("allowed: simultaneous"));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("nesterov"));
    }

    @Test
    void iteratingTheUpdateMapReproducesTheStepsBitForBit() {
        for (String spec : new String[] {"complex-adam:alpha=0.01,schedule=alternating",
            "cgd:alpha=0.3", "sos+heavy-ball:alpha=0.2"}) {
            Optimizer opt = OptimizerSpec.parse(spec).create(TestGames.generalSum(),
                    new double[] {0.4, -0.3, 0.6});
            double[] mapped = opt.updateMap().iterate(opt.state(), 50);
            for (int t = 0; t < 50; t++) {
                opt.step();
            }
            assertArrayEquals(opt.state(), mapped, 0.0, spec);
        }
    }

    @Test
    void composedRulesCountTheirGradientEvaluations() {
        UpdateRule eg = UpdateRule.of(new Extragradient(0.1, new Lola(0.2, true)),
                new HeavyBall(0.1, 0.5), Schedule.ALTERNATING);
        assertEquals(2, Optimizer.start(eg, TestGames.generalSum(), new double[3])
                .gradientEvaluationsPerStep());
        assertEquals(1, OptimizerSpec.parse("sos").rule().gradientEvaluations());
        assertEquals(2, OptimizerSpec.parse("extragradient+adam").rule().gradientEvaluations());
    }

    @Test
    void constructorsCheckTheirValuesLikeSpecs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HeavyBall(0.1, 1.0));
        assertEquals("beta = 1.0 for heavy-ball; allowed: a real number in (-1, 1)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ComplexMomentum(new Complex(0.1, 0), new Complex(0.8, 0.8)));
        assertTrue(e.getMessage().startsWith("beta = 0.8+0.8i for complex-momentum"),
                e.getMessage());
    }

    @Test
    void explodingRunStopsWithPlayerStepAndLastFiniteState() {
        Game bilinear = BilinearGame.create(new double[][] {{1}});
        Optimizer opt = OptimizerSpec.parse("gd:alpha=10").create(bilinear, new double[] {1, 1});
        RunResult r = new TrajectoryRecorder(5, 1e6).run(opt, 1000, null);
        assertFalse(r.completed());
        Divergence d = r.divergence().orElseThrow();
        // |ω| grows by √101 per step: 1e6 is first exceeded at step 6, which is not counted
        // (audit L5: steps() used to count it here but not for a non-finite step)
        assertEquals(6, d.step());
        assertEquals(5, r.steps());
        assertEquals(5, r.last().step());
        assertTrue(d.player() == 0 || d.player() == 1);
        for (TrajectoryPoint p : r.trajectory()) {
            for (double w : p.parameters()) {
                assertTrue(Double.isFinite(w));
            }
        }
        assertEquals(2, d.lastFiniteState().length);
    }

    @Test
    void nonFiniteStepLeavesTheStateFiniteAndNamesThePlayer() {
        Game bilinear = BilinearGame.create(new double[][] {{1}});
        Optimizer opt = OptimizerSpec.parse("gd:alpha=1e200").create(bilinear,
                new double[] {1e200, 1e200});
        OptimizerDivergenceException e = assertThrows(OptimizerDivergenceException.class,
                opt::step);
        assertEquals(1, e.divergence().step());
        assertEquals(0, e.divergence().player());
        assertEquals(0, opt.steps());
        assertArrayEquals(new double[] {1e200, 1e200}, opt.parameters(), 0.0);
    }

    @Test
    void sameSeedSameBits() {
        assertArrayEquals(StartingPoints.gaussian(10, 0, 1, 42),
                StartingPoints.gaussian(10, 0, 1, 42), 0.0);
        assertFalse(java.util.Arrays.equals(StartingPoints.gaussian(10, 0, 1, 42),
                StartingPoints.gaussian(10, 0, 1, 43)));
    }
}
