package io.github.gamedyn.zoo;

import static io.github.gamedyn.zoo.DerivativeChecks.assertClose;
import static io.github.gamedyn.zoo.DerivativeChecks.assertMatchesFiniteDifferences;
import static io.github.gamedyn.zoo.DerivativeChecks.randomPoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The memory-one IPD and its reductions: hand-derived values, numpy reference, derivatives. */
class IteratedPrisonersDilemmaTest {

    private static final double GAMMA = 0.96;
    /** σ(40) rounds to 1 and σ(−40) ≈ 4e−18: deterministic policies to double precision. */
    private static final double HARD = 40;

    private static double[] hardPoint(MemoryOnePolicy p1, MemoryOnePolicy p2) {
        double[] w = new double[10];
        System.arraycopy(p1.logits(HARD), 0, w, 0, 5);
        System.arraycopy(p2.logits(HARD), 0, w, 5, 5);
        return w;
    }

    @Test
    void canonicalPairsGiveTheirClosedFormValues() {
        Game unscaled = IteratedPrisonersDilemma.create();
        Game scaled = GameRegistry.create("ipd:scaled=true");
        MemoryOnePolicy allC = MemoryOnePolicy.alwaysCooperate();
        MemoryOnePolicy allD = MemoryOnePolicy.alwaysDefect();
        MemoryOnePolicy tft1 = MemoryOnePolicy.titForTatAsPlayer1();
        MemoryOnePolicy tft2 = MemoryOnePolicy.titForTatAsPlayer2();
        double horizon = 1 / (1 - GAMMA);
        // mutual cooperation: V = −1/(1−γ) = −25 each
        assertArrayEquals(new double[] {horizon, horizon},
                unscaled.losses(hardPoint(allC, allC)), 1e-12);
        assertArrayEquals(new double[] {1, 1}, scaled.losses(hardPoint(allC, allC)), 1e-14);
        assertArrayEquals(new double[] {2, 2}, scaled.losses(hardPoint(allD, allD)), 1e-14);
        assertArrayEquals(new double[] {2 * horizon, 2 * horizon},
                unscaled.losses(hardPoint(allD, allD)), 1e-12);
        assertArrayEquals(new double[] {1, 1}, scaled.losses(hardPoint(tft1, tft2)), 1e-14);
        // TFT vs always defect: CD in round one (−3, 0), then DD forever (−2, −2) discounted by γ
        assertArrayEquals(new double[] {3 + 2 * GAMMA * horizon, 2 * GAMMA * horizon},
                unscaled.losses(hardPoint(tft1, allD)), 1e-12);
        assertArrayEquals(new double[] {3 * (1 - GAMMA) + 2 * GAMMA, 2 * GAMMA},
                scaled.losses(hardPoint(tft1, allD)), 1e-14);
        // the mirror image: always defect against TFT as player 2
        assertArrayEquals(new double[] {2 * GAMMA, 3 * (1 - GAMMA) + 2 * GAMMA},
                scaled.losses(hardPoint(allD, tft2)), 1e-14);
        // uniform: every joint action has probability ¼ in every round, mean rewards −1.5
        assertArrayEquals(new double[] {1.5, 1.5}, scaled.losses(new double[10]), 1e-14);
        assertArrayEquals(new double[] {1.5 * horizon, 1.5 * horizon},
                unscaled.losses(new double[10]), 1e-12);
        // exploited cooperator: CD forever
        assertArrayEquals(new double[] {3, 0}, scaled.losses(hardPoint(allC, allD)), 1e-14);
    }

    /**
     * The plain-array visits are a probability vector whose per-step losses are the scaled game's
     * losses (two independent implementations: EJML solve vs the tape), and tit-for-tat against
     * itself almost only plays CC.
     */
    @Test
    void discountedVisitsAgreeWithTheGame() {
        Game scaled = IteratedPrisonersDilemma.create(0.96, true);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(17);
        for (int trial = 0; trial < 20; trial++) {
            double[] w = new double[10];
            for (int i = 0; i < 10; i++) {
                w[i] = rng.nextDouble(-4, 4);
            }
            double[] d = IteratedPrisonersDilemma.discountedVisits(w, 0.96);
            assertEquals(1, d[0] + d[1] + d[2] + d[3], 1e-14);
            assertArrayEquals(scaled.losses(w), IteratedPrisonersDilemma.perStepLosses(d), 1e-13);
        }
        double[] tft = IteratedPrisonersDilemma.point(MemoryOnePolicy.titForTatAsPlayer1(),
                MemoryOnePolicy.titForTatAsPlayer2());
        // logits clamped at ±10 leave cooperation probabilities of σ(10) = 1 − 4.5e-5
        assertEquals(1, IteratedPrisonersDilemma.discountedVisits(tft, 0.96)[0], 0.01);
    }

    @Test
    void defaultLogitBoundIsCloseToDeterministic() {
        Game scaled = GameRegistry.create("ipd:scaled=true");
        double[] w = IteratedPrisonersDilemma.point(MemoryOnePolicy.titForTatAsPlayer1(),
                MemoryOnePolicy.titForTatAsPlayer2());
        assertEquals(10, w[0], 0);
        assertEquals(-10, w[2], 0);
        // each round a player deviates with probability σ(−10) ≈ 4.5e−5; the loss moves by less
        // than 2 · 1/(1−γ) · 4.5e−5 · (largest reward gap 3) ≈ 1e−2
        assertArrayEquals(new double[] {1, 1}, scaled.losses(w), 1e-2);
    }

    @Test
    void policiesRoundTripThroughLogits() {
        double[] w = {0.3, -1, 2, 0, 5, -0.5, 1, 1.5, -2, 0.1};
        MemoryOnePolicy[] p = IteratedPrisonersDilemma.policies(w);
        assertArrayEquals(w, IteratedPrisonersDilemma.point(p[0], p[1]), 1e-12);
        assertEquals(1 / (1 + Math.exp(-0.3)), p[0].start(), 1e-16);
        assertEquals("P(C): start 1.000 | CC 1.000 CD 0.000 DC 1.000 DD 0.000",
                MemoryOnePolicy.titForTatAsPlayer1().toString());
        assertArrayEquals(new double[] {1, 1, 1, 0, 0},
                MemoryOnePolicy.titForTatAsPlayer2().probabilities(), 0);
        assertArrayEquals(new double[] {-10, -10, -10, -10, -10},
                MemoryOnePolicy.alwaysDefect().logits(), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MemoryOnePolicy(1, 1.2, 0, 0, 0));
        assertEquals("P(C) CC = 1.2; allowed: 0 ≤ p ≤ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("ipd:gamma=1"));
        assertEquals("game ipd: gamma = 1.0; allowed: 0 ≤ γ < 1", e.getMessage());
    }

    @Test
    void reducedGamesAreTheFullGameAtEmbeddedLogits() {
        double phi = -3;
        Game full = IteratedPrisonersDilemma.create(0.9, true);
        Game small = SmallIpd.create();
        SplittableRandom rng = new SplittableRandom(41);
        for (int t = 0; t < 5; t++) {
            double[] w = randomPoint(rng, 2, 3);
            double[] embedded = {w[0], w[0], phi, w[0], phi, w[1], w[1], w[1], phi, phi};
            assertArrayEquals(full.losses(embedded), small.losses(w), 1e-14);
        }
        long seed = 8;
        Game slice = IpdSlice.create(seed);
        Game fullDefault = IteratedPrisonersDilemma.create();
        for (int t = 0; t < 5; t++) {
            double[] theta = randomPoint(rng, 2, 2);
            assertArrayEquals(fullDefault.losses(IpdSlice.fullLogits(seed, 0.9, theta)),
                    slice.losses(theta), 1e-12);
        }
        // the slice origin is soft tit-for-tat: logits ±log 9
        MemoryOnePolicy[] soft = IteratedPrisonersDilemma.policies(
                IpdSlice.fullLogits(seed, 0.9, new double[2]));
        assertArrayEquals(new double[] {0.9, 0.9, 0.1, 0.9, 0.1}, soft[0].probabilities(), 1e-15);
        assertArrayEquals(new double[] {0.9, 0.9, 0.9, 0.1, 0.1}, soft[1].probabilities(), 1e-15);
    }

    @Test
    void naiveLearningOnTheSmallIpdReachesCooperationOrDefection() {
        Game g = SmallIpd.create();
        double[] cooperative = descend(g, new double[] {1, 1}, 3000);
        double[] defecting = descend(g, g.defaultPoint(), 3000);
        for (int i = 0; i < 2; i++) {
            assertTrue(sigmoid(cooperative[i]) > 0.99, () -> Arrays.toString(cooperative));
            assertTrue(sigmoid(defecting[i]) < 0.01, () -> Arrays.toString(defecting));
        }
        assertArrayEquals(new double[] {1, 1}, g.losses(cooperative), 1e-2);
    }

    private static double[] descend(Game g, double[] start, int steps) {
        double[] w = start.clone();
        for (int t = 0; t < steps; t++) {
            double[] xi = g.simultaneousGradient(w);
            for (int i = 0; i < w.length; i++) {
                w[i] -= xi[i];
            }
        }
        return w;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void mixedGameInterpolatesPenniesAndSmallIpd() {
        double[] w = {0.4, -1.1};
        double[] pennies = MatchingPennies.create().losses(w);
        double[] ipd = SmallIpd.create().losses(w);
        double[] mixed = GameRegistry.create("mixed-ipd-pennies").losses(w);
        for (int i = 0; i < 2; i++) {
            assertEquals(0.25 * pennies[i] + 0.75 * ipd[i], mixed[i], 1e-15);
        }
        assertArrayEquals(pennies, MixedIpdPennies.create(1).losses(w), 1e-15);
    }

    @Test
    void agreesWithTheNumpyReference() throws IOException {
        Map<String, Map<String, List<Double>>> cases = readReference();
        assertEquals(12, cases.size());
        for (Map.Entry<String, Map<String, List<Double>>> c : cases.entrySet()) {
            String name = c.getKey();
            Game g;
            if (name.startsWith("ipd-unscaled")) {
                g = GameRegistry.create("ipd");
            } else if (name.startsWith("ipd-scaled")) {
                g = GameRegistry.create("ipd:scaled=true");
            } else if (name.startsWith("small-ipd")) {
                g = GameRegistry.create("small-ipd");
            } else {
                g = GameRegistry.create("mixed-ipd-pennies:w=0.25");
            }
            double[] w = array(c.getValue().get("w"));
            // both sides are exact to rounding; the solve of a system with condition ≈ 1/(1−γ)
            // leaves a few ulps of the values
            assertClose(array(c.getValue().get("loss")), g.losses(w), 1e-13, name + " loss");
            assertClose(array(c.getValue().get("xi")), g.simultaneousGradient(w), 1e-12,
                    name + " ξ");
            assertClose(array(c.getValue().get("jacobian")), g.jacobian(w).data, 1e-11,
                    name + " Ĥ");
        }
    }

    @Test
    void derivativesAgainstFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(43);
        for (String spec : new String[] {"ipd:scaled=true", "small-ipd", "mixed-ipd-pennies",
            "ipd-slice:scaled=true", "ipd-slice:seed=5,softness=0.7,gamma=0.5"}) {
            Game g = GameRegistry.create(spec);
            for (int t = 0; t < 3; t++) {
                // scaled losses are O(1); FD error ≈ h²·L'''/6 + ε·L/h ≈ 1e−10
                assertMatchesFiniteDifferences(g, randomPoint(rng, g.dimension(), 2), 1e-7);
            }
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Map<String, Map<String, List<Double>>> readReference() throws IOException {
        Map<String, Map<String, List<Double>>> cases = new LinkedHashMap<>();
        InputStream resource = IteratedPrisonersDilemmaTest.class.getResourceAsStream(
                "/reference/ipd_reference.csv");
        try (InputStream in = Objects.requireNonNull(resource, "ipd_reference.csv on the class path");
             BufferedReader r = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertEquals("case,quantity,index,value", header);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                List<Double> list = cases.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(f[1], k -> new ArrayList<>());
                assertEquals(list.size(), Integer.parseInt(f[2]), line);
                list.add(Double.parseDouble(f[3]));
            }
        }
        return cases;
    }
}
