package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BehaviourDescriptorTest {

    @Test
    void ipdReferenceBehaviours() {
        IpdBehaviour b = new IpdBehaviour(0.96);
        double[] tft = b.describe(point(MemoryOnePolicy.titForTatAsPlayer1(), MemoryOnePolicy.titForTatAsPlayer2()));
        assertArrayEquals(new double[] {1, 1, 1, 0, 0, 0}, Arrays.copyOf(tft, 6), 1e-10);
        double[] dd = b.describe(point(MemoryOnePolicy.alwaysDefect(), MemoryOnePolicy.alwaysDefect()));
        assertArrayEquals(new double[] {2, 2, 0, 0, 0, 1}, Arrays.copyOf(dd, 6), 1e-10);
        assertTrue(b.format(dd).startsWith("ALLD (0.000) vs ALLD (0.000); (1-γ)L = (2.000, 2.000)"),
                b.format(dd));
        assertTrue(b.detail(new double[10]).contains("player 2 P(C): start 0.500"));
    }

    /** Logits clamped at ±40, so that σ is 1 or 0 to within 1e-17. */
    private static double[] point(MemoryOnePolicy p1, MemoryOnePolicy p2) {
        double[] w = new double[10];
        System.arraycopy(p1.logits(40), 0, w, 0, 5);
        System.arraycopy(p2.logits(40), 0, w, 5, 5);
        return w;
    }

    /** The features' losses are the scaled game's losses, independently computed there. */
    @Test
    void ipdLossesAgreeWithTheGame() {
        Game scaled = IteratedPrisonersDilemma.create(0.96, true);
        IpdBehaviour b = new IpdBehaviour(0.96);
        SplittableRandom rng = new SplittableRandom(5);
        for (int k = 0; k < 5; k++) {
            double[] w = new double[10];
            for (int i = 0; i < 10; i++) {
                w[i] = 2 * rng.nextGaussian();
            }
            double[] f = b.describe(w);
            double[] l = scaled.losses(w);
            assertEquals(l[0], f[0], 1e-12);
            assertEquals(l[1], f[1], 1e-12);
            assertEquals(1, f[2] + f[3] + f[4] + f[5], 1e-12);
        }
    }

    /** Each zoo game describes itself: its own γ, its strategies, or its parameters. */
    @Test
    void gamesSupplyTheirBehaviour() {
        Game ipd = GameRegistry.create("ipd:gamma=0.5,scaled=true");
        assertTrue(ipd.behaviour().name().contains("γ = 0.5"), ipd.behaviour().name());
        double[] w = {1, -2, 0.5, 3, -1, 0.2, 0.1, -0.3, 2, 1};
        assertArrayEquals(new IpdBehaviour(0.5).describe(w), ipd.behaviour().describe(w), 0);

        Game pennies = GameRegistry.create("matching-pennies");
        double[] p = pennies.behaviour().describe(new double[] {0, Math.log(3)});
        assertArrayEquals(new double[] {0.5, 0.75}, p, 1e-15);
        assertEquals("(0.500, 0.750)", pennies.behaviour().format(p));
        assertEquals("P(heads) per player", pennies.behaviour().name());

        Game rps = GameRegistry.create("rock-paper-scissors");
        double[] x = rps.behaviour().describe(new double[] {0, 0, Math.log(2), 0, 0, 0});
        assertArrayEquals(new double[] {0.25, 0.25, 1.0 / 3, 1.0 / 3}, x, 1e-15);

        double[] slice = {0.3, -0.7};
        assertArrayEquals(new IpdBehaviour(0.96).describe(IpdSlice.fullLogits(0, 0.9, slice)),
                GameRegistry.create("ipd-slice").behaviour().describe(slice), 0);
        assertEquals("parameters ω", GameRegistry.create("tandem").behaviour().name());
        assertTrue(GameRegistry.create("small-gan:width=2,batch=4").behaviour().name()
                .startsWith("modes covered (1000 samples"));
    }

    @Test
    void modeCoverageAgreesWithTheMixtureQuality() {
        SmallGan gan = SmallGan.builder().generatorWidth(4).discriminatorWidth(4).batch(16).build();
        ModeCoverage coverage = new ModeCoverage(gan, 500, 3);
        double[] w = gan.initialPoint();
        double[] covered = coverage.describe(w);
        assertEquals(8, covered.length);
        double count = 0;
        for (double c : covered) {
            count += c;
        }
        assertEquals(gan.quality(w, 500, 3).modesCovered(), (int) count);
        assertEquals("modes {0, 2} (2 of 3)", coverage.format(new double[] {1, 0, 1}));
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IpdBehaviour(1));
        assertTrue(e.getMessage().startsWith("gamma = 1.0"));
        e = assertThrows(IllegalArgumentException.class, () -> new IpdBehaviour(0.9).describe(new double[2]));
        assertTrue(e.getMessage().contains("length 2"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new ModeCoverage(SmallGan.builder().build(), 10, 0));
        assertTrue(e.getMessage().startsWith("samples = 10"));
    }
}
