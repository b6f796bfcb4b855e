package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest extends QuietTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        return (Map<String, Object>) MiniJson.parse(cli.out());
    }

    private static double norm(Object point) {
        return Math.hypot((Double) ((List<?>) point).get(0), (Double) ((List<?>) point).get(1));
    }

    /**
     * Complex momentum α = 0.1, β = 0.9e^{0.3927i} on the Dirac GAN converges to the origin; ρ
     * there, 0.98569, was checked independently (the largest root of the cubic of simultaneous
     * complex momentum for the eigenvalues ±i/2 of Ĥ(0)). 0.98569^2000 ≈ 3e-13, hence the bound.
     */
    @Test
    void complexMomentumOnDiracGanConvergesWithTheLinearisedRate() {
        Map<String, Object> r = json("optimize", "dirac-gan", "--optimizer", "complex-momentum",
                "--lr", "0.1", "--beta", "0.9@0.3927", "--at", "1,1", "--steps", "2000", "--json");
        assertEquals(List.of("game", "optimizer", "hyperparameters", "schedule", "start", "steps",
                "finalPoint", "finalLosses", "finalGradientNorm", "diverged", "spectralRadius"),
                List.copyOf(r.keySet()));
        assertEquals("dirac-gan", r.get("game"));
        assertTrue(((String) r.get("optimizer")).startsWith("complex-momentum:alpha=0.1,beta="));
        assertEquals(2000.0, r.get("steps"));
        assertEquals(false, r.get("diverged"));
        assertTrue(norm(r.get("finalPoint")) < 1e-10, r.toString());
        assertEquals(0.98569, (Double) r.get("spectralRadius"), 5e-6);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Double>> h = (Map<String, Map<String, Double>>)
                r.get("hyperparameters");
        assertEquals(0.9 * Math.cos(0.3927), h.get("beta").get("re"), 1e-15);
        assertEquals(0.9 * Math.sin(0.3927), h.get("beta").get("im"), 1e-15);
        assertEquals(0.1, h.get("alpha").get("re"));
    }

    /**
     * Heavy ball with β = 0.9 spirals away from the Dirac GAN's equilibrium (ρ > 1 there) until the
     * discriminator saturates and the gradient vanishes: far from the origin, never converging.
     * ‖ξ‖ ≈ 4e-48 passes the fixed-point rule, but Ĥ is as small: the Newton step, about 0.07
     * there (ξ and Ĥ both scale with σ(−θψ)), says no fixed point is near, so no ρ (which would be
     * 1.0000000000000007, reading like slow convergence).
     */
    @Test
    void heavyBallOnDiracGanStallsOnAPlateauWithoutASpectralRadius() {
        Map<String, Object> r = json("optimize", "dirac-gan", "--optimizer", "heavy-ball",
                "--beta", "0.9", "--at", "1,1", "--steps", "2000", "--json");
        assertEquals(false, r.get("diverged"));
        assertFalse(r.containsKey("divergence"));
        assertTrue(norm(r.get("finalPoint")) > 5, r.toString());
        assertTrue((Double) r.get("finalGradientNorm") < 1e-40, r.toString());
        assertTrue(r.containsKey("spectralRadius"));
        assertNull(r.get("spectralRadius"));
        String reason = (String) r.get("reason");
        assertTrue(reason.startsWith("the gradient vanishes on a plateau with no fixed point near:"
                + " the Newton step |H^+ xi| = 0.0"), reason);
        Cli text = Cli.run("optimize", "dirac-gan", "--optimizer", "heavy-ball", "--beta", "0.9",
                "--at", "1,1", "--steps", "2000");
        assertTrue(text.out().contains("spectral radius - (" + reason + ")"), text.out());
    }

    /** σ(20) = 1 − 2.1e-9: matching pennies there has ξ ≈ 6e-9, a "fixed point" at the boundary. */
    @Test
    void aSaturatedStrategyHasNoSpectralRadius() {
        Map<String, Object> r = json("optimize", "matching-pennies", "--optimizer", "gd",
                "--at", "20,20", "--steps", "100", "--json");
        assertNull(r.get("spectralRadius"));
        assertEquals("player row's strategy is saturated: P(tails) = 2.06e-09, within 1e-06 of a"
                + " face of the simplex, where the gradient vanishes as the logits grow; rho there"
                + " is not a rate of convergence", r.get("reason"));
        // at P = 1 − 1e-5 (logits 11.5) the strategy is not saturated and ξ is far from zero
        Map<String, Object> inside = json("optimize", "matching-pennies", "--optimizer", "gd",
                "--at", "11.5,11.5", "--steps", "1", "--json");
        assertTrue(((String) inside.get("reason")).startsWith(
                "the final point is not a fixed point (|xi| = "), inside.toString());
    }

    /** Extragradient converges on the bilinear game: ρ is reported, no reason. */
    @Test
    void aConvergedRunReportsItsRateAndNoReason() {
        Map<String, Object> r = json("optimize", "bilinear", "--optimizer", "extragradient",
                "--lr", "0.5", "--at", "1,1", "--steps", "400", "--json");
        // extragradient on xy: |1 − iα + (iα)²| = √((1 − α²)² + α²) = √0.8125 at α = 0.5
        assertEquals(Math.sqrt(0.8125), (Double) r.get("spectralRadius"), 1e-12);
        assertFalse(r.containsKey("reason"));
    }

    /** Gradient descent with a huge step on the bilinear game blows up: reported, exit 0. */
    @Test
    @SuppressWarnings("unchecked")
    void aDivergingRunReportsWhereAndExitsNormally() {
        Map<String, Object> r = json("optimize", "bilinear", "--optimizer", "gd", "--lr", "100",
                "--at", "1,1", "--steps", "100", "--json");
        assertEquals(true, r.get("diverged"));
        assertNull(r.get("spectralRadius"));
        assertEquals("the run diverged", r.get("reason"));
        Map<String, Object> d = (Map<String, Object>) r.get("divergence");
        int step = ((Double) d.get("step")).intValue();
        // |ω_t| = √2·(1 + α²)^{t/2} ≈ 1.41·100^t: 1.4e10 after 5 steps, past 1e12 at step 6
        assertEquals(6, step, d.toString());
        assertEquals(step - 1.0, r.get("steps"));
        assertTrue(List.of("x", "y").contains(d.get("player")), d.toString());
        List<Double> last = (List<Double>) d.get("lastFiniteState");
        assertEquals(last.subList(0, 2), r.get("finalPoint"));
    }

    @Test
    void outWritesTheTrajectory(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("run.csv");
        Cli cli = Cli.run("optimize", "bilinear", "--optimizer", "gd", "--lr", "0.1", "--at",
                "1,0", "--steps", "10", "--every", "5", "--out", csv.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(List.of("step,w1,w2,loss1,loss2,xi_norm,distance",
                "0,1.0,0.0,0.0,0.0,1.0,1.0"), lines.subList(0, 2));
        assertEquals(4, lines.size());
        // GD on the bilinear game multiplies |ω| by √(1 + α²) per step
        String[] end = lines.get(3).split(",");
        assertEquals("10", end[0]);
        assertEquals(Math.pow(1.01, 5), Double.parseDouble(end[6]), 1e-12);
    }

    /**
     * Audit M8: with ξ = (1e210, −1e210) the CSV said xi_norm = Infinity (√(ξ·ξ) overflows) while
     * the report said √2·1e210; the step overflows the state, so the run diverges at step 1 and
     * the CSV, text and JSON agree on the last finite point and its norm.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theTrajectoryAndTheReportAgreeOnHugeNumbers(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("o.csv");
        Map<String, Object> r = json("optimize", "bilinear:a=1e200", "--optimizer", "gd", "--lr",
                "1e200", "--at", "1e10,1e10", "--steps", "10", "--out", csv.toString(), "--json");
        assertEquals(true, r.get("diverged"));
        assertEquals(0.0, r.get("steps"));
        assertEquals(Math.hypot(1e210, 1e210), (Double) r.get("finalGradientNorm"), 1e195);
        assertEquals("non-finite state", ((Map<String, Object>) r.get("divergence")).get("reason"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        String[] row = lines.get(1).split(",");
        assertEquals(r.get("finalGradientNorm"), Double.parseDouble(row[5]));
        assertEquals(List.of(1e10, 1e10), r.get("finalPoint"));
    }

    @Test
    void seedDrawsTheSameStartEveryTime() {
        Map<String, Object> a = json("optimize", "matching-pennies", "--optimizer", "gd",
                "--seed", "7", "--steps", "1", "--json");
        Map<String, Object> b = json("optimize", "matching-pennies", "--optimizer", "gd",
                "--seed", "7", "--steps", "1", "--json");
        assertEquals(a.get("start"), b.get("start"));
        assertTrue(norm(a.get("start")) > 0);
    }

    @Test
    void alternatingScheduleAndSpecStringsAreAccepted() {
        Map<String, Object> r = json("optimize", "matching-pennies", "--optimizer",
                "extragradient+heavy-ball:alpha=0.2,beta=-0.3", "--schedule", "alternating",
                "--steps", "5", "--json");
        assertEquals("alternating", r.get("schedule"));
        assertEquals("extragradient+heavy-ball:alpha=0.2,extrapolation=0.2,beta=-0.3,"
                + "schedule=alternating", r.get("optimizer"));
    }

    @Test
    void helpShowsExamples() {
        Cli cli = Cli.run("optimize", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Examples:"), cli.out());
    }
}
