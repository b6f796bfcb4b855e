package io.github.gamedyn.plots.figures;

/**
 * {@link Plane#affine} and {@link Plane#coordinates}: \(\omega = o + s e_1 + t e_2\), projected
 * back by least squares, \((s, t) = G^{-1}(e_1\cdot(\omega - o), e_2\cdot(\omega - o))\) with the
 * Gram matrix \(G\) of \(e_1, e_2\).
 */
final class AffinePlane implements Plane {
    private final double[] origin;
    private final double[] e1;
    private final double[] e2;
    private final double sMin;
    private final double sMax;
    private final double tMin;
    private final double tMax;
    private final String sLabel;
    private final String tLabel;
    private final double g11;
    private final double g12;
    private final double g22;

    AffinePlane(double[] origin, double[] e1, double[] e2, double sMin, double sMax, double tMin,
                double tMax, String sLabel, String tLabel) {
        if (e1.length != origin.length || e2.length != origin.length) {
            throw new IllegalArgumentException("e1 and e2 have lengths " + e1.length + " and "
                    + e2.length + "; allowed: the length of the origin, " + origin.length);
        }
        if (!(sMin < sMax && tMin < tMax)) {
            throw new IllegalArgumentException("plane [" + sMin + ", " + sMax + "] × [" + tMin
                    + ", " + tMax + "]; allowed: sMin < sMax and tMin < tMax");
        }
        this.origin = origin;
        this.e1 = e1;
        this.e2 = e2;
        this.sMin = sMin;
        this.sMax = sMax;
        this.tMin = tMin;
        this.tMax = tMax;
        this.sLabel = sLabel;
        this.tLabel = tLabel;
        this.g11 = dot(e1, e1);
        this.g12 = dot(e1, e2);
        this.g22 = dot(e2, e2);
        if (!(g11 * g22 - g12 * g12 > 1e-12 * g11 * g22)) {
            throw new IllegalArgumentException("e1 and e2 are parallel or zero; allowed: two "
                    + "independent directions");
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    @Override
    public double[] point(double s, double t) {
        double[] w = new double[origin.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = origin[k] + s * e1[k] + t * e2[k];
        }
        return w;
    }

    @Override
    public double[] coordinates(double[] w) {
        double b1 = 0;
        double b2 = 0;
        for (int k = 0; k < w.length; k++) {
            double d = w[k] - origin[k];
            b1 += e1[k] * d;
            b2 += e2[k] * d;
        }
        double det = g11 * g22 - g12 * g12;
        return new double[] {(g22 * b1 - g12 * b2) / det, (g11 * b2 - g12 * b1) / det};
    }

    @Override
    public String sLabel() {
        return sLabel;
    }

    @Override
    public String tLabel() {
        return tLabel;
    }

    @Override
    public double sMin() {
        return sMin;
    }

    @Override
    public double sMax() {
        return sMax;
    }

    @Override
    public double tMin() {
        return tMin;
    }

    @Override
    public double tMax() {
        return tMax;
    }
}
