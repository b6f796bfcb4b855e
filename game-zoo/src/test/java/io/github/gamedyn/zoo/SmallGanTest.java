package io.github.gamedyn.zoo;

import static io.github.gamedyn.zoo.DerivativeChecks.STEP;
import static io.github.gamedyn.zoo.DerivativeChecks.assertClose;
import static io.github.gamedyn.zoo.DerivativeChecks.assertMatchesFiniteDifferences;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmallGanTest {

    private static final SmallGan DEFAULT = SmallGan.builder().seed(7).build();

    @Test
    void defaultShapes() {
        // generator 2→16→16→2: 48 + 272 + 34; discriminator 2→16→16→1: 48 + 272 + 17
        assertEquals(354, DEFAULT.generatorSize());
        assertEquals(337, DEFAULT.discriminatorSize());
        Game g = GameRegistry.create("small-gan:seed=7");
        assertEquals(691, g.dimension());
        assertArrayEquals(DEFAULT.initialPoint(), g.defaultPoint(), 0);
        SmallGan line = SmallGan.builder().data(GaussianMixture.line()).generatorWidth(8)
                .discriminatorWidth(5).build();
        assertEquals(24 + 72 + 9, line.generatorSize());
        assertEquals(10 + 30 + 6, line.discriminatorSize());
        assertEquals(1, line.generate(line.initialPoint(), 3, 0).length / 3);
    }

    @Test
    void lossesAreTheDefinitionOnTheFixedBatch() {
        double[] w = DEFAULT.initialPoint();
        SmallGan.Batch b = DEFAULT.batch(0);
        int n = DEFAULT.batch();
        double[] fake = generatorOn(w, b.noise());
        double[] realLogits = DEFAULT.discriminate(w, b.data());
        double[] fakeLogits = DEFAULT.discriminate(w, fake);
        double lossD = 0;
        double lossG = 0;
        for (int r = 0; r < n; r++) {
            double pReal = 1 / (1 + Math.exp(-realLogits[r]));
            double pFake = 1 / (1 + Math.exp(-fakeLogits[r]));
            lossD -= (Math.log(pReal) + Math.log(1 - pFake)) / n;
            lossG -= Math.log(pFake) / n;
        }
        assertArrayEquals(new double[] {lossG, lossD}, DEFAULT.game().losses(w), 1e-12);
    }

    @Test
    void fixedBatchIsStepZeroAndStepsDiffer() {
        double[] w = DEFAULT.initialPoint();
        double[] fixed = DEFAULT.game().losses(w);
        assertArrayEquals(fixed, DEFAULT.gameAtStep(0).losses(w), 0);
        assertArrayEquals(fixed, SmallGan.builder().seed(7).build().game().losses(w), 0);
        assertFalse(Arrays.equals(fixed, DEFAULT.gameAtStep(1).losses(w)));
        assertFalse(Arrays.equals(w, DEFAULT.initialPoint(8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.gameAtStep(-1));
        assertEquals("t = -1; allowed: ≥ 0", e.getMessage());
    }

    @Test
    void theMinibatchGameAtStepTsBatchIsGameAtStepT() {
        for (SmallGan gan : new SmallGan[] {DEFAULT, SmallGan.builder().data(GaussianMixture.line())
                .generatorWidth(3).discriminatorWidth(5).batch(9).seed(4).build()}) {
            Game batched = gan.minibatchGame();
            int p = gan.generatorSize() + gan.discriminatorSize();
            assertEquals(List.of("generator", "discriminator", SmallGan.MINIBATCH),
                    batched.players().stream().map(Player::name).toList());
            assertEquals(gan.batch() * (gan.data().dimension() + 2), batched.player(2).size());
            assertArrayEquals(gan.initialPoint(), Arrays.copyOf(batched.defaultPoint(), p), 0);
            SplittableRandom rng = new SplittableRandom(21);
            double[] w = gan.initialPoint();
            for (int i = 0; i < w.length; i++) {
                w[i] += 0.3 * GaussianSampler.next(rng);
            }
            for (long t : new long[] {0, 1, 17}) {
                double[] at = Arrays.copyOf(w, batched.dimension());
                System.arraycopy(gan.minibatch(t), 0, at, p, batched.player(2).size());
                Game perStep = gan.gameAtStep(t);
                double[] xi = batched.simultaneousGradient(at);
                // the same program on the same numbers: equal bits, and ξ is 0 on the minibatch
                assertArrayEquals(perStep.simultaneousGradient(w), Arrays.copyOf(xi, p), 0);
                assertArrayEquals(new double[xi.length - p], Arrays.copyOfRange(xi, p, xi.length), 0);
                double[] losses = batched.losses(at);
                assertArrayEquals(perStep.losses(w), Arrays.copyOf(losses, 2), 0);
                assertEquals(0, losses[2], 0);
            }
        }
        assertEquals("t = -1; allowed: ≥ 0",
                assertThrows(IllegalArgumentException.class, () -> DEFAULT.minibatch(-1)).getMessage());
    }

    @Test
    void gradientSpotChecksAgainstFiniteDifferences() {
        Game g = DEFAULT.game();
        SplittableRandom rng = new SplittableRandom(13);
        double[] w = DEFAULT.initialPoint();
        for (int i = 0; i < w.length; i++) {
            w[i] += 0.3 * GaussianSampler.next(rng);
        }
        double[] xi = g.simultaneousGradient(w);
        int[] coordinates = {0, 17, 101, 353, 354, 400, 690};
        for (int r : coordinates) {
            int player = r < DEFAULT.generatorSize() ? 0 : 1;
            double fd = (g.losses(shift(w, r, STEP))[player] - g.losses(shift(w, r, -STEP))[player])
                    / (2 * STEP);
            // losses O(1): FD error ≈ 1e−10, allow 1e−7
            assertEquals(fd, xi[r], 1e-7 * Math.max(1, Math.abs(fd)), "ξ[" + r + "]");
            double[] e = new double[w.length];
            e[r] = 1;
            double[] column = g.jacobianVectorProduct(w, e);
            double[] plus = g.simultaneousGradient(shift(w, r, STEP));
            double[] minus = g.simultaneousGradient(shift(w, r, -STEP));
            double[] fdColumn = new double[w.length];
            for (int k = 0; k < w.length; k++) {
                fdColumn[k] = (plus[k] - minus[k]) / (2 * STEP);
            }
            assertClose(fdColumn, column, 1e-7, "Ĥ column " + r);
        }
    }

    @Test
    void denseJacobianOfASmallConfigurationAgainstFiniteDifferences() {
        SmallGan tiny = SmallGan.builder().generatorWidth(3).discriminatorWidth(4).batch(16)
                .seed(2).build();
        assertMatchesFiniteDifferences(tiny.game(), tiny.initialPoint(), 1e-7);
        SmallGan tinyLine = SmallGan.builder().data(GaussianMixture.line()).generatorWidth(3)
                .discriminatorWidth(3).batch(8).seed(4).build();
        assertMatchesFiniteDifferences(tinyLine.gameAtStep(5), tinyLine.initialPoint(), 1e-7);
    }

    @Test
    void dataSamplesCoverEveryMode() {
        GaussianMixture ring = GaussianMixture.ring();
        GaussianMixture.SampleQuality q = ring.quality(DEFAULT.sampleData(4000, 3));
        assertEquals(8, q.modesCovered());
        assertEquals(8, q.modes());
        // exact samples fall within 3σ with probability 1 − e^{−4.5} = 0.9889 (sd 0.0017 here)
        assertEquals(0.9889, q.highQualityShare(), 0.01);
        GaussianMixture line = GaussianMixture.line();
        GaussianMixture.SampleQuality ql = line.quality(line.sample(4000,
                new SplittableRandom(5)));
        assertEquals(4, ql.modesCovered());
        assertEquals(0.9973, ql.highQualityShare(), 0.005);
    }

    @Test
    void aSingleGaussianCoversOneMode() {
        GaussianMixture ring = GaussianMixture.ring();
        double[] atMode = GaussianMixture.single(ring.centre(2), 0.05).sample(2000,
                new SplittableRandom(9));
        GaussianMixture.SampleQuality q = ring.quality(atMode);
        assertEquals(1, q.modesCovered());
        assertEquals(0.9889, q.highQualityShare(), 0.01);
        double[] atOrigin = GaussianMixture.single(new double[] {0, 0}, 0.05).sample(2000,
                new SplittableRandom(9));
        GaussianMixture.SampleQuality none = ring.quality(atOrigin);
        assertEquals(0, none.modesCovered());
        assertEquals(0, none.highQualityShare(), 0);
    }

    @Test
    void aModeNeedsOnePercentOfTheSamples() {
        GaussianMixture ring = GaussianMixture.ring();
        // 99 samples at mode 0 and one at mode 1: one sample in a hundred is exactly 1 %
        double[] samples = new double[200];
        for (int r = 0; r < 100; r++) {
            double[] c = ring.centre(r == 0 ? 1 : 0);
            samples[2 * r] = c[0];
            samples[2 * r + 1] = c[1];
        }
        assertEquals(2, ring.quality(samples).modesCovered());
        samples[0] = 10;
        assertEquals(1, ring.quality(samples).modesCovered());
        assertEquals(0.99, ring.quality(samples).highQualityShare(), 1e-15);
    }

    @Test
    void generatorSamplesAreSeeded() {
        double[] w = DEFAULT.initialPoint();
        double[] a = DEFAULT.generate(w, 500, 11);
        assertArrayEquals(a, DEFAULT.generate(w, 500, 11), 0);
        assertEquals(1000, a.length);
        GaussianMixture.SampleQuality q = DEFAULT.quality(w, 500, 11);
        assertTrue(q.modesCovered() >= 0 && q.modesCovered() <= 8);
        assertEquals(DEFAULT.mixture().quality(a), q);
    }

    private static double[] generatorOn(double[] w, double[] noise) {
        return new Mlp(2, 16, 16, 2).forward(w, 0, noise, noise.length / 2);
    }

    private static double[] shift(double[] w, int r, double h) {
        double[] x = w.clone();
        x[r] += h;
        return x;
    }
}
