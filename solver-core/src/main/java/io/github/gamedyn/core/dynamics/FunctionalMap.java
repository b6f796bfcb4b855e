package io.github.gamedyn.core.dynamics;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.ejml.data.DMatrixRMaj;

/** A {@link DifferentiableMap} given by two functions; see {@link DifferentiableMap#of}. */
final class FunctionalMap implements DifferentiableMap {

    private final int dimension;
    private final BiConsumer<double[], double[]> map;
    private final BiConsumer<double[], DMatrixRMaj> jacobian;

    FunctionalMap(int dimension, BiConsumer<double[], double[]> map, BiConsumer<double[], DMatrixRMaj> jacobian) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension = " + dimension + "; allowed: dimension >= 1");
        }
        this.dimension = dimension;
        this.map = Objects.requireNonNull(map, "map");
        this.jacobian = Objects.requireNonNull(jacobian, "jacobian");
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void apply(double[] x, double[] out) {
        map.accept(x, out);
    }

    @Override
    public void jacobian(double[] x, DMatrixRMaj out) {
        out.reshape(dimension, dimension);
        out.zero();
        jacobian.accept(x, out);
    }
}
