package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The policy-aware IPD descriptor: reference profiles, closed forms, names and their radii. */
class IpdBehaviourTest {
    private static final IpdBehaviour BEHAVIOUR = new IpdBehaviour(0.96);
    private static final double E = IpdBehaviour.DEFAULT_TREMBLE;

    /** Logits ±40: σ is 1 or 0 to within 4e-18. */
    private static double[] hard(IpdStrategy s1, IpdStrategy s2) {
        double[] w = new double[10];
        System.arraycopy(s1.asPlayer1().logits(40), 0, w, 0, 5);
        System.arraycopy(s2.asPlayer2().logits(40), 0, w, 5, 5);
        return w;
    }

    /**
     * Every feature agrees with the numpy reference, which sums the discounted chain instead of
     * solving it and seats player 2 in its own seat instead of converting it to player 1's.
     */
    @Test
    void agreesWithTheIndependentReference() throws IOException {
        List<double[]> rows = reference();
        assertEquals(13, rows.size());
        for (double[] r : rows) {
            IpdBehaviour b = new IpdBehaviour(r[0], r[1]);
            double[] w = Arrays.copyOfRange(r, 2, 12);
            double[] expected = Arrays.copyOfRange(r, 12, 38);
            // the reference's truncated series is exact to a few ulps of its O(1) terms
            assertArrayEquals(expected, b.describe(w), 1e-12, () -> Arrays.toString(w));
        }
    }

    /**
     * Closed forms of ALLC's profile with tremble e: rounds are independent, ALLC plays C with
     * probability 1 − e; against ALLC its loss is (1−e)²·1 + (1−e)e·3 + e²·2 = 1 + e, against
     * ALLD (1−e)e·1 + (1−e)²·3 + e(1−e)·2 = 3(1−e); it cooperates at rate 1 − e against both.
     */
    @Test
    void alwaysCooperateHasItsClosedFormProfile() {
        double[] p = BEHAVIOUR.profile(IpdStrategy.ALLC.asPlayer1());
        assertArrayEquals(new double[] {1 + E, 1 - E, 3 * (1 - E), 1 - E}, Arrays.copyOf(p, 4),
                1e-14);
        assertEquals(1 + E, p[8], 1e-14);
        assertEquals(1 - E, p[9], 1e-14);
        // ALLD against ALLD: loss (1−e)²·2 + e(1−e)·(3 + 0) + e²·1
        double[] d = BEHAVIOUR.profile(IpdStrategy.ALLD.asPlayer1());
        assertEquals(2 * (1 - E) * (1 - E) + 3 * E * (1 - E) + E * E, d[2], 1e-14);
        assertEquals(E, d[3], 1e-14);
    }

    @Test
    void canonicalPairsAreNamed() {
        assertPair("TFT–TFT", IpdStrategy.TFT, IpdStrategy.TFT);
        assertPair("GRIM–GRIM", IpdStrategy.GRIM, IpdStrategy.GRIM);
        assertPair("ALLC–ALLD", IpdStrategy.ALLC, IpdStrategy.ALLD);
        assertPair("ALLC–ALLD", IpdStrategy.ALLD, IpdStrategy.ALLC);
        assertPair("WSLS–WSLS", IpdStrategy.WSLS, IpdStrategy.WSLS);
        assertPair("ALLD–ALLD", IpdStrategy.ALLD, IpdStrategy.ALLD);
        assertPair("TFT–GRIM", IpdStrategy.GRIM, IpdStrategy.TFT);
    }

    private static void assertPair(String label, IpdStrategy s1, IpdStrategy s2) {
        IpdStrategyPair pair = BEHAVIOUR.strategies(BEHAVIOUR.describe(hard(s1, s2)));
        assertEquals(label, pair.label());
        assertEquals(s1, pair.player1().nearest());
        assertEquals(s2, pair.player2().nearest());
        // σ(±40) is exact to 4e-18; the profile games have condition ≈ 1/(1−γ)
        assertEquals(0, pair.player1().distance(), 1e-13);
        assertEquals(0, pair.player2().distance(), 1e-13);
    }

    /**
     * TFT, GRIM and ALLC against themselves play the same path (the pair features agree), but
     * their profiles differ by at least 0.3 in the max-norm, far above a cluster tolerance of 0.1.
     */
    @Test
    void separatesPoliciesThatCooperateWithThemselves() {
        IpdStrategy[] cooperative = {IpdStrategy.TFT, IpdStrategy.GRIM, IpdStrategy.ALLC};
        for (IpdStrategy a : cooperative) {
            for (IpdStrategy b : cooperative) {
                double[] fa = BEHAVIOUR.describe(hard(a, a));
                double[] fb = BEHAVIOUR.describe(hard(b, b));
                assertArrayEquals(Arrays.copyOf(fa, 6), Arrays.copyOf(fb, 6), 1e-15);
                double d = 0;
                for (int i = 0; i < fa.length; i++) {
                    d = Math.max(d, Math.abs(fa[i] - fb[i]));
                }
                if (a != b) {
                    assertTrue(d > 0.3, a + " vs " + b + ": " + d);
                }
            }
        }
    }

    /**
     * The radii are half the distance to the nearest other named profile, computed here from the
     * reference's named profiles (rows 0–4, player 1's profile).
     */
    @Test
    void namingRadiiAreHalfTheSeparation() throws IOException {
        List<double[]> rows = reference();
        IpdStrategy[] all = IpdStrategy.values();
        for (int i = 0; i < all.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < all.length; j++) {
                if (j != i) {
                    double d = 0;
                    for (int k = 0; k < 10; k++) {
                        d = Math.max(d, Math.abs(rows.get(i)[18 + k] - rows.get(j)[18 + k]));
                    }
                    nearest = Math.min(nearest, d);
                }
            }
            assertEquals(nearest / 2, BEHAVIOUR.radius(all[i]), 1e-12, all[i].name());
        }
        assertEquals(0.19, BEHAVIOUR.radius(IpdStrategy.TFT), 0.005);
    }

    /**
     * A softened tit-for-tat (0.9 where TFT cooperates, 0.1 where it defects) is still TFT; the
     * uniform policy and a policy halfway between TFT and ALLC are not named.
     */
    @Test
    void softPoliciesAreNamedOnlyNearAName() {
        IpdStrategyMatch soft = BEHAVIOUR.match(BEHAVIOUR.profile(
                MemoryOnePolicy.of(0.9, 0.9, 0.1, 0.9, 0.1)), 0);
        assertEquals("TFT", soft.label());
        assertTrue(soft.distance() > 0.01 && soft.distance() < BEHAVIOUR.radius(IpdStrategy.TFT),
                soft::toString);
        IpdStrategyMatch uniform = BEHAVIOUR.match(BEHAVIOUR.profile(
                MemoryOnePolicy.of(0.5, 0.5, 0.5, 0.5, 0.5)), 0);
        assertEquals(IpdStrategyMatch.OTHER, uniform.label());
        assertFalse(uniform.named());
        assertTrue(uniform.toString().startsWith("other (nearest "), uniform::toString);
        IpdStrategyMatch between = BEHAVIOUR.match(BEHAVIOUR.profile(
                MemoryOnePolicy.of(1, 1, 0.5, 1, 0.5)), 0);
        assertEquals(IpdStrategyMatch.OTHER, between.label(), between::toString);
    }

    @Test
    void formatNamesThePlayers() {
        double[] f = BEHAVIOUR.describe(hard(IpdStrategy.TFT, IpdStrategy.GRIM));
        String s = BEHAVIOUR.format(f);
        assertTrue(s.startsWith("TFT (0.000) vs GRIM (0.000); (1-γ)L = (1.000, 1.000), visits CC"
                + " 1.000"), s);
        assertEquals("player 1 TFT (0.000), player 2 GRIM (0.000)",
                BEHAVIOUR.strategies(f).toString());
        assertTrue(BEHAVIOUR.name().endsWith("tremble 0.05 (γ = 0.96)"), BEHAVIOUR.name());
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IpdBehaviour(0.9, 0));
        assertEquals("tremble = 0.0; allowed: 0 < e < 0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new IpdBehaviour(0.9, 0.5));
        assertTrue(e.getMessage().startsWith("tremble = 0.5"));
        e = assertThrows(IllegalArgumentException.class, () -> BEHAVIOUR.strategies(new double[6]));
        assertEquals("features have length 6; allowed: 26 (of IpdBehaviour.describe)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BEHAVIOUR.match(new double[10], 1));
        assertEquals("offset = 1 in an array of length 10; allowed: 0 to 0", e.getMessage());
    }

    /** Rows of the reference: γ, e, ten logits, 26 features. */
    private static List<double[]> reference() throws IOException {
        List<double[]> rows = new ArrayList<>();
        InputStream resource = IpdBehaviourTest.class.getResourceAsStream(
                "/reference/ipd_profile_reference.csv");
        try (InputStream in = Objects.requireNonNull(resource, "ipd_profile_reference.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertTrue(r.readLine().startsWith("case,gamma,tremble,w0"));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double[] v = new double[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = Double.parseDouble(f[i]);
                }
                rows.add(v);
            }
        }
        return rows;
    }
}
