package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.DivergenceException;
import org.ejml.data.DMatrixRMaj;

/** The current point \( x_t \) of an orbit, advanced in place with divergence checks. */
final class Orbit {

    private final DifferentiableMap map;
    private double[] state;
    private double[] next;
    private int step;

    Orbit(DifferentiableMap map, double[] x0) {
        this.map = map;
        this.state = x0.clone();
        this.next = new double[x0.length];
    }

    /** @return \( x_t \), the internal array: not to be modified */
    double[] state() {
        return state;
    }

    /** @return \( t \) */
    int step() {
        return step;
    }

    /** Replaces \( x_t \) by \( x_{t+1} = F(x_t) \). */
    void advance() {
        map.apply(state, next);
        DivergenceException.requireFinite(next, step + 1, state);
        double[] swap = state;
        state = next;
        next = swap;
        step++;
    }

    /**
     * @param stretch a growth factor measured at this step, e.g. \( \|J_t u_t\| \)
     * @return its logarithm
     * @throws DivergenceException if the logarithm is not finite
     */
    double log(double stretch) {
        double log = Math.log(stretch);
        if (!Double.isFinite(log)) {
            throw new DivergenceException("log-stretch log(" + stretch + ") (tangent stretched to infinity, "
                    + "collapsed to zero or NaN) at state x_" + step, step + 1, state);
        }
        return log;
    }

    /** @throws DivergenceException if {@code tangents}, computed at this step, has a non-finite entry */
    void requireFinite(DMatrixRMaj tangents) {
        for (int i = 0; i < tangents.getNumElements(); i++) {
            if (!Double.isFinite(tangents.data[i])) {
                throw new DivergenceException("tangent entry " + tangents.data[i] + " from state x_" + step,
                        step + 1, state);
            }
        }
    }
}
