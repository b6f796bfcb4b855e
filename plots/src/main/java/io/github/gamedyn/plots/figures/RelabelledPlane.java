package io.github.gamedyn.plots.figures;

/** {@link Plane#withLabels}: another plane with other axis labels. */
record RelabelledPlane(Plane plane, String sLabel, String tLabel) implements Plane {
    @Override
    public double[] point(double s, double t) {
        return plane.point(s, t);
    }

    @Override
    public double[] coordinates(double[] w) {
        return plane.coordinates(w);
    }

    @Override
    public boolean contains(double s, double t) {
        return plane.contains(s, t);
    }

    @Override
    public double sMin() {
        return plane.sMin();
    }

    @Override
    public double sMax() {
        return plane.sMax();
    }

    @Override
    public double tMin() {
        return plane.tMin();
    }

    @Override
    public double tMax() {
        return plane.tMax();
    }
}
