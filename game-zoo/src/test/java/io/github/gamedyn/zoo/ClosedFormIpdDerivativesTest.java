package io.github.gamedyn.zoo;

import static io.github.gamedyn.zoo.DerivativeChecks.randomPoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The closed-form ξ and Ĥ of the small IPD ({@link SmallIpdDerivatives}), matching pennies and
 * their mixture ({@link ClosedForms}): entrywise against 50-digit values of the same sympy
 * derivation ({@code small_ipd_reference.csv}), and the derivatives the engine traces from the
 * losses against them. The numpy reference values of the default games are checked in
 * {@link IteratedPrisonersDilemmaTest#agreesWithTheNumpyReference()}.
 */
class ClosedFormIpdDerivativesTest {

    /**
     * The closed forms against exact values: a few dozen well-conditioned operations on σ(θ),
     * σ(−θ), so every entry, however small, keeps its relative accuracy.
     */
    private static final double EXACT_TOL = 1e-13;

    /**
     * The closed forms against the tape, relative to row i's largest entry (of ξ_i and Ĥ_i·)
     * divided by \(s_i = \sigma(\theta_i)\sigma(-\theta_i)\), i.e. to the size of the
     * derivatives in the probability \(x_i\) before the chain rule: the tape's 4×4 solve and
     * sigmoid derivatives leave errors of that size even in entries many orders smaller (at
     * θ = (−8, 0), Ĥ₂₁ ≈ 1.5e−8 next to Ĥ₂₂ ≈ −6.7e−4 has a tape error of 5e−9 relative, at
     * θ₁ = 7.06 ξ₁ ≈ 1.2e−4 one of 4e−12, while the closed form agrees with the 50-digit values
     * to 1e−14).
     */
    private static final double TAPE_TOL = 1e-12;

    /** Far enough out that σ(θ)(1 − σ(θ)) ≈ 3e−4 and 1 − σ(θ) needs σ(−θ) to stay accurate. */
    private static final double RADIUS = 8;

    @Test
    void smallIpdMatchesFiftyDigitReference() throws IOException {
        List<double[]> rows = readReference();
        assertEquals(145, rows.size());
        for (double[] r : rows) {
            ClosedForms forms = ClosedForms.smallIpd(r[0], r[1]);
            double[] w = {r[2], r[3]};
            String at = "small-ipd(γ=" + r[0] + ", φ=" + r[1] + ") at (" + w[0] + ", " + w[1] + ")";
            assertEntrywise(Arrays.copyOfRange(r, 4, 6), forms.gradient(w), at + " ξ");
            assertEntrywise(Arrays.copyOfRange(r, 6, 10), forms.jacobian(w), at + " Ĥ");
        }
    }

    @Test
    void smallIpdMatchesDerivedForSeveralDiscountsAndPhis() {
        double[][] gammaPhi = {{0.9, -3}, {0, -3}, {0.5, 1.2}, {0.99, -8}, {0.3, 8}, {0.96, 0}};
        for (int k = 0; k < gammaPhi.length; k++) {
            assertMatchesDerived(SmallIpd.create(gammaPhi[k][0], gammaPhi[k][1]),
                    ClosedForms.smallIpd(gammaPhi[k][0], gammaPhi[k][1]), 100 + k);
        }
        assertMatchesDerived(GameRegistry.create("small-ipd:gamma=0.7,phi=-1.5"),
                ClosedForms.smallIpd(0.7, -1.5), 99);
    }

    @Test
    void mixedGameAndMatchingPenniesMatchDerived() {
        double[] weights = {0, 0.25, 0.6, 1};
        for (int k = 0; k < weights.length; k++) {
            assertMatchesDerived(MixedIpdPennies.create(weights[k]), ClosedForms.mixed(weights[k]),
                    200 + k);
        }
        assertMatchesDerived(MatchingPennies.create(), ClosedForms.matchingPennies(), 300);
    }

    private static void assertEntrywise(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(expected[i] - actual[i]);
            if (!(error <= EXACT_TOL * Math.abs(expected[i]))) {
                throw new AssertionError(what + "[" + i + "]: expected " + expected[i] + ", got "
                        + actual[i] + " (relative error " + error / Math.abs(expected[i]) + ")");
            }
        }
    }

    private static void assertMatchesDerived(Game derived, ClosedForms forms, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            points.add(randomPoint(rng, 2, t < 30 ? 3 : RADIUS));
        }
        for (double a : new double[] {-RADIUS, 0, RADIUS}) {
            for (double b : new double[] {-RADIUS, 0, RADIUS}) {
                points.add(new double[] {a, b});
            }
        }
        for (double[] w : points) {
            String at = derived.name() + " at (" + w[0] + ", " + w[1] + ")";
            double[] xi = derived.simultaneousGradient(w);
            double[] h = derived.jacobian(w).data;
            double[] analyticXi = forms.gradient(w);
            double[] analyticH = forms.jacobian(w);
            for (int i = 0; i < 2; i++) {
                double s = ClosedForms.sigmoid(w[i]) * ClosedForms.sigmoid(-w[i]);
                double scale = Math.max(Math.abs(xi[i]),
                        Math.max(Math.abs(h[2 * i]), Math.abs(h[2 * i + 1]))) / s;
                assertWithin(xi[i], analyticXi[i], scale, at + " ξ[" + i + "]");
                for (int j = 0; j < 2; j++) {
                    assertWithin(h[2 * i + j], analyticH[2 * i + j], scale,
                            at + " Ĥ[" + i + "][" + j + "]");
                }
            }
        }
    }

    private static void assertWithin(double expected, double actual, double scale, String what) {
        if (!(Math.abs(expected - actual) <= TAPE_TOL * scale)) {
            throw new AssertionError(what + ": derived " + expected + ", analytic " + actual
                    + " (error " + Math.abs(expected - actual) / scale + " of the row scale)");
        }
    }

    private static List<double[]> readReference() throws IOException {
        InputStream resource = ClosedFormIpdDerivativesTest.class.getResourceAsStream(
                "/reference/small_ipd_reference.csv");
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(resource,
                "small_ipd_reference.csv on the class path");
             BufferedReader r = new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            assertEquals("gamma,phi,theta1,theta2,xi1,xi2,h11,h12,h21,h22", r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        return rows;
    }
}
