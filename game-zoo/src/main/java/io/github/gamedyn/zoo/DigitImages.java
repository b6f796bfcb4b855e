package io.github.gamedyn.zoo;

import java.util.SplittableRandom;

/**
 * A small image data set generated procedurally: 8×8 grey-scale images of the digits 0–9, a stand-in for
 * MNIST in the GAN-landscape experiments (Berard et al., "A closer look at the optimization landscapes of
 * generative adversarial networks", ICLR 2020) at a size a laptop trains.
 *
 * <p>A sample picks a digit uniformly, draws its 5×7 glyph (the classic 5×7 dot-matrix font) at a uniform
 * offset (0–3 columns, 0–1 rows) into the 8×8 frame with a stroke intensity \( s \sim U[0.6, 1] \), and
 * adds pixel noise: pixel = \( -1 + 2 s\,[\text{glyph}] + \sigma\varepsilon \), \( \varepsilon \sim N(0, 1) \),
 * σ = {@link #NOISE}. Images are rows of 64 values, row-major (row 0 at the top), mostly in [−1, 1].
 */
public final class DigitImages implements GanData {
    /** Side of the square image. */
    public static final int SIDE = 8;
    /** Standard deviation of the pixel noise. */
    public static final double NOISE = 0.05;

    private static final String[][] GLYPHS = {
        {".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."},
        {"..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."},
        {".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"},
        {"#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."},
        {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."},
        {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."},
        {"..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."},
        {"#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."},
        {".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."},
        {".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."},
    };

    /** The ten digits. */
    public DigitImages() {
    }

    @Override
    public int dimension() {
        return SIDE * SIDE;
    }

    @Override
    public String label() {
        return "8×8 digits";
    }

    @Override
    public double[] sample(int n, SplittableRandom rng) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; allowed: ≥ 1");
        }
        int dim = dimension();
        double[] out = new double[n * dim];
        for (int r = 0; r < n; r++) {
            String[] glyph = GLYPHS[rng.nextInt(GLYPHS.length)];
            int dx = rng.nextInt(SIDE - 5 + 1);
            int dy = rng.nextInt(SIDE - 7 + 1);
            double stroke = 0.6 + 0.4 * rng.nextDouble();
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    int gy = y - dy;
                    int gx = x - dx;
                    boolean on = gy >= 0 && gy < 7 && gx >= 0 && gx < 5 && glyph[gy].charAt(gx) == '#';
                    out[r * dim + y * SIDE + x] = -1 + (on ? 2 * stroke : 0) + NOISE * GaussianSampler.next(rng);
                }
            }
        }
        return out;
    }

    /**
     * The digit an image looks most like: the glyph and offset with the largest correlation between the
     * image and the noise-free template.
     *
     * @param image 64 values, row-major. Not modified.
     * @return 0–9
     */
    public int classify(double[] image) {
        if (image == null || image.length != dimension()) {
            throw new IllegalArgumentException("image has length " + (image == null ? "null" : image.length)
                    + "; allowed: " + dimension());
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < GLYPHS.length; d++) {
            for (int dx = 0; dx <= SIDE - 5; dx++) {
                for (int dy = 0; dy <= SIDE - 7; dy++) {
                    double score = 0;
                    for (int y = 0; y < 7; y++) {
                        for (int x = 0; x < 5; x++) {
                            double t = GLYPHS[d][y].charAt(x) == '#' ? 1 : -1;
                            score += t * image[(y + dy) * SIDE + x + dx];
                        }
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        best = d;
                    }
                }
            }
        }
        return best;
    }
}
