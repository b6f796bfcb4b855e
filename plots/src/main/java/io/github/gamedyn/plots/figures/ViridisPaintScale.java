package io.github.gamedyn.plots.figures;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The perceptually uniform viridis colour map (van der Walt and Smith, matplotlib 2015, CC0) as a
 * JFreeChart {@link PaintScale}: dark blue at the lower bound through green to yellow at the upper
 * bound, readable in grey-scale and by colour-blind readers. The map is evaluated from a
 * degree-6 least-squares polynomial fit per channel (within about 0.01 of the tabulated map).
 * Values outside the bounds are clamped.
 */
final class ViridisPaintScale implements PaintScale {
    private static final double[][] COEFFICIENTS = {
        {0.2777273272234177, 0.1050930431085774, -0.3308618287255563, -4.634230498983486,
            6.228269936347081, 4.776384997670288, -5.435455855934631},
        {0.005407344544966578, 1.404613529898575, 0.214847559468213, -5.799100973351585,
            14.17993336680509, -13.74514537774601, 4.645852612178535},
        {0.3340998053353061, 1.384590162594685, 0.09509516302823659, -19.33244095627987,
            56.69055260068105, -65.35303263337234, 26.3124352495832}};

    private final double lower;
    private final double upper;

    ViridisPaintScale(double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("colour scale bounds [" + lower + ", " + upper
                    + "]; allowed: lower < upper");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        float[] rgb = new float[3];
        for (int c = 0; c < 3; c++) {
            double v = 0;
            for (int k = COEFFICIENTS[c].length - 1; k >= 0; k--) {
                v = v * t + COEFFICIENTS[c][k];
            }
            rgb[c] = (float) Math.max(0, Math.min(1, v));
        }
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
