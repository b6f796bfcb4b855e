package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;

/** Argument checks whose messages name the argument, its value and what is allowed. */
final class Arguments {

    private Arguments() {
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + "; allowed: finite " + name + " > 0");
        }
    }

    static void requireHorizon(int horizon) {
        if (horizon <= 0) {
            throw new IllegalArgumentException("horizon = " + horizon + "; allowed: horizon >= 1");
        }
    }

    static void requireStart(DifferentiableMap map, double[] x0) {
        if (x0.length != map.dimension()) {
            throw new IllegalArgumentException("x0 has length " + x0.length + "; allowed: the map dimension "
                    + map.dimension());
        }
        for (int i = 0; i < x0.length; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("x0[" + i + "] = " + x0[i] + "; allowed: finite values");
            }
        }
    }
}
