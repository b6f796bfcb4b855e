package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;

/**
 * Estimates a scalar Lyapunov quantity of a map along the orbit \( x_{t+1} = F(x_t) \) from \( x_0 \) over
 * \( k \) steps, with Jacobians \( J_t = J(x_t) \), \( t = 0..k-1 \). Implementations are named after their
 * method and state their formula; they hold no mutable state, so one instance can serve all cells of a
 * {@link Landscape} in parallel.
 */
public interface LyapunovEstimator {

    /**
     * @param map     the map \( F \)
     * @param x0      start state of length \( d \). Not modified.
     * @param horizon \( k \ge 1 \)
     * @return the estimate and its running values
     * @throws IllegalArgumentException if the horizon or the start state is invalid
     * @throws io.github.gamedyn.core.dynamics.DivergenceException if the state or a tangent quantity
     *         becomes non-finite
     */
    LyapunovEstimate estimate(DifferentiableMap map, double[] x0, int horizon);
}
