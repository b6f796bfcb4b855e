package io.github.gamedyn.core.dynamics;

import io.github.gamedyn.core.linalg.LinearOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * The Jacobian \( J(x) \) of a {@link DifferentiableMap} at a state as a {@link LinearOperator}
 * \( v \mapsto J(x)v \), through {@link DifferentiableMap#jacobianTimes}: the augmented update of an
 * optimiser (parameters and buffers), whose top eigenvalues by modulus give its linearised rate ρ
 * without forming J.
 */
public final class MapJacobianOperator {

    private MapJacobianOperator() {
    }

    /**
     * @param map the map
     * @param x the state, length d. Not modified (copied).
     * @return \( J(x) \) as products (no transposed product)
     * @throws IllegalArgumentException if {@code map} is null or {@code x} has the wrong length
     */
    public static LinearOperator at(DifferentiableMap map, double[] x) {
        if (map == null) {
            throw new IllegalArgumentException("map is null; allowed: a DifferentiableMap");
        }
        if (x == null || x.length != map.dimension()) {
            throw new IllegalArgumentException("x has length " + (x == null ? "null" : x.length)
                    + "; the map has dimension " + map.dimension());
        }
        double[] state = x.clone();
        int d = state.length;
        return LinearOperator.of(d, v -> {
            DMatrixRMaj out = new DMatrixRMaj(d, 1);
            map.jacobianTimes(state, DMatrixRMaj.wrap(d, 1, v.clone()), out);
            return out.data;
        });
    }
}
