package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitImagesTest {

    private final DigitImages digits = new DigitImages();

    @Test
    void samplesAreSeededImagesOfEveryDigitInRoughlyEqualShares() {
        int n = 2000;
        double[] a = digits.sample(n, new SplittableRandom(3));
        assertArrayEquals(a, digits.sample(n, new SplittableRandom(3)));
        assertEquals(n * 64, a.length);
        int[] counts = new int[10];
        for (int r = 0; r < n; r++) {
            double[] image = Arrays.copyOfRange(a, 64 * r, 64 * (r + 1));
            for (double p : image) {
                assertTrue(p > -1.5 && p < 1.5, "pixel " + p);
            }
            counts[digits.classify(image)]++;
        }
        // Each digit is drawn with probability 1/10 and the noise (σ = 0.05) is far below the strokes'
        // contrast, so the classes are the drawn digits: 200 expected each, binomial sd 13.4, bounds ±5 sd.
        for (int c : counts) {
            assertTrue(c >= 133 && c <= 267, Arrays.toString(counts));
        }
    }

    @Test
    void digitGanIsASmallGanOnSixtyFourDimensionalData() {
        SmallGan gan = SmallGan.builder().data(digits).generatorWidth(8).discriminatorWidth(8).batch(4).build();
        // G: 2·8 + 8 + 8·8 + 8 + 8·64 + 64, D: 64·8 + 8 + 8·8 + 8 + 8 + 1 (2w² + 135w + 65 for w = 8).
        assertEquals(2 * 64 + 135 * 8 + 65, gan.generatorSize() + gan.discriminatorSize());
        Game g = GameRegistry.create("small-gan:data=digits,width=8,batch=4");
        assertEquals(gan.generatorSize() + gan.discriminatorSize(), g.dimension());
        assertTrue(g.name().startsWith("small-gan(8×8 digits, n=4"), g.name());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gan.quality(gan.initialPoint(), 10, 1));
        assertTrue(e.getMessage().contains("is not a Gaussian mixture"), e.getMessage());
    }
}
