package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameRegistry;
import io.github.gamedyn.zoo.IpdOutcome;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import io.github.gamedyn.zoo.MemoryOnePolicy;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IPD experiment of Foerster et al. (2018) and Letcher et al. (2019): exact memory-one IPD,
 * unscaled losses, γ = 0.96, θ ~ N(0, 1) per seed, 100 simultaneous steps with α = 1 (step size
 * and look-ahead rate alike, as in both papers). Naive learning ends in mutual defection; the
 * opponent-shaping methods end in mutual cooperation, about half of it tit-for-tat-like.
 *
 * <p>Measured over seeds 0–49: gd 50 mutual defection; lola 48 cooperative (23 retaliating),
 * 2 other; sos 48 cooperative (23 retaliating), 1 mutual defection, 1 other; lola-shaping
 * 48 cooperative (24 retaliating), 2 other. The bounds below leave a margin of about ten runs.
 */
class IpdLearningTest {
    private static final int SEEDS = 50;
    private static final int STEPS = 100;
    private static final double GAMMA = IteratedPrisonersDilemma.DEFAULT_DISCOUNT;

    private static Map<IpdOutcome, Integer> outcomes(String spec) {
        Game ipd = GameRegistry.create("ipd");
        Map<IpdOutcome, Integer> counts = new EnumMap<>(IpdOutcome.class);
        for (IpdOutcome o : IpdOutcome.values()) {
            counts.put(o, 0);
        }
        for (int seed = 0; seed < SEEDS; seed++) {
            Optimizer opt = OptimizerSpec.parse(spec).create(ipd,
                    StartingPoints.gaussian(10, 0, 1, seed));
            for (int t = 0; t < STEPS; t++) {
                opt.step();
            }
            counts.merge(IpdOutcome.classify(opt.parameters(), GAMMA), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void naiveLearningEndsInMutualDefection() {
        Map<IpdOutcome, Integer> counts = outcomes("gd:alpha=1");
        assertTrue(counts.get(IpdOutcome.MUTUAL_DEFECTION) >= 45, counts::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lola:alpha=1", "sos:alpha=1", "lola-shaping:alpha=1"})
    void opponentShapingEndsInMutualCooperationOftenTitForTatLike(String spec) {
        Map<IpdOutcome, Integer> counts = outcomes(spec);
        int cooperative = counts.get(IpdOutcome.RETALIATING_COOPERATION)
                + counts.get(IpdOutcome.EXPLOITABLE_COOPERATION);
        assertTrue(cooperative >= 40, () -> spec + ": " + counts);
        assertTrue(counts.get(IpdOutcome.RETALIATING_COOPERATION) >= 15,
                () -> spec + ": " + counts);
        assertTrue(counts.get(IpdOutcome.MUTUAL_DEFECTION) <= 5, () -> spec + ": " + counts);
    }

    private static IpdOutcome outcome(MemoryOnePolicy p1, MemoryOnePolicy p2) {
        return IpdOutcome.classify(IteratedPrisonersDilemma.point(p1, p2), GAMMA);
    }

    @Test
    void canonicalPairsAreClassifiedByTheirBehaviour() {
        MemoryOnePolicy allC = MemoryOnePolicy.alwaysCooperate();
        MemoryOnePolicy allD = MemoryOnePolicy.alwaysDefect();
        MemoryOnePolicy tft1 = MemoryOnePolicy.titForTatAsPlayer1();
        MemoryOnePolicy tft2 = MemoryOnePolicy.titForTatAsPlayer2();
        assertEquals(IpdOutcome.RETALIATING_COOPERATION, outcome(tft1, tft2));
        assertEquals(IpdOutcome.EXPLOITABLE_COOPERATION, outcome(allC, allC));
        assertEquals(IpdOutcome.EXPLOITABLE_COOPERATION, outcome(tft1, allC));
        assertEquals(IpdOutcome.MUTUAL_DEFECTION, outcome(allD, allD));
        // sucker's payoff once, then mutual defection: per-step losses 3(1 − γ) + 2γ and 2γ
        assertEquals(IpdOutcome.MUTUAL_DEFECTION, outcome(tft1, allD));
        // exploitation: per-step losses 3 and 0
        assertEquals(IpdOutcome.OTHER, outcome(allC, allD));
        // among cooperative outcomes the policies, not the losses, decide retaliation
        assertEquals(IpdOutcome.RETALIATING_COOPERATION, IpdOutcome.classify(
                new double[] {1.05, 1.05}, tft1, tft2));
        assertTrue(IpdOutcome.RETALIATING_COOPERATION.cooperative());
        assertFalse(IpdOutcome.OTHER.cooperative());
    }

    @Test
    void nonFiniteLossesAreRejected() {
        MemoryOnePolicy allC = MemoryOnePolicy.alwaysCooperate();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IpdOutcome.classify(new double[] {Double.NaN, 1}, allC, allC));
        assertTrue(e.getMessage().startsWith("perStepLosses = "), e.getMessage());
    }
}
