package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.game.Game;

/**
 * A learning rule running on a game. It owns its augmented state (parameters ω followed by its
 * buffers, see {@link #state()}) and its step count, and exposes its update as a
 * {@link DifferentiableMap} on the augmented state with an exact Jacobian, for linearised
 * analysis and Lyapunov exponents. Not thread-safe; {@link #updateMap()} is.
 *
 * <pre>{@code
 * Optimizer opt = OptimizerSpec.parse("heavy-ball:alpha=0.1,beta=-0.5").create(game, w0);
 * for (int t = 0; t < 100; t++) {
 *     opt.step();
 * }
 * double[] w = opt.parameters();
 * }</pre>
 */
public interface Optimizer {

    /** The specification this optimiser was built from. */
    OptimizerSpec spec();

    /** The game. */
    Game game();

    /** Steps taken so far. */
    int steps();

    /** Gradient evaluations per step (for rates per evaluation, ρ^{1/k}). */
    int gradientEvaluationsPerStep();

    /** A copy of the parameters ω. */
    double[] parameters();

    /** A copy of the augmented state: ω, then the buffers, then shared scalars. */
    double[] state();

    /**
     * Advances one step. If the step would produce a non-finite number the state is left at its
     * last finite value and the step is not counted.
     *
     * @throws OptimizerDivergenceException naming the step and the player whose coordinates or
     *         buffers became non-finite
     */
    void step();

    /**
     * The update as a map on augmented states, stateless and thread-safe; iterating it from
     * {@link #state()} reproduces {@link #step()}.
     */
    DifferentiableMap updateMap();
}
