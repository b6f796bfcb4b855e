package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;

/**
 * A learning rule as a pure function of an explicit state, like optax's {@code (init, update)}:
 * {@link #init} gives the state of a fresh run, {@link #update} maps a state to the next, and
 * nothing else is remembered. The state is the augmented vector that the linearised analysis,
 * Lyapunov exponents and GRR work on, laid out as
 * \[ (\omega, b^{(1)}, \dots, b^{(m)}, s): \]
 * the parameters ω ∈ ℝ^d, then m = {@link #buffers()} real buffers of length d (buffer k at
 * offset kd, entry c belonging to coordinate c), then the {@link #sharedScalars() shared scalars}
 * s (step-count terms such as Adam's \(\beta_1^t\)). At a fixed point of the game every buffer and
 * shared scalar of the fixed state is 0 unless {@link #fixedState} says otherwise.
 *
 * <p>The update is written once, over {@link Dual} numbers and the game's products on them
 * ({@link DualGame}): evaluated plainly it is the step; evaluated with tangents it gives the
 * exact Jacobian-vector products of the augmented map, so {@link #map} is a
 * {@link SecondOrderMap} with no second formula. A rule is usually composed,
 * {@link #of(GradientField, BaseRule, Schedule)}: a field (ξ or an adjusted direction) driving a
 * base rule that moves each coordinate and its buffers.
 *
 * <pre>{@code
 * UpdateRule rule = UpdateRule.of(new LookAhead(0.5),
 *         new ComplexMomentum(new Complex(0.1, 0), new Complex(0.8, 0.3)), Schedule.ALTERNATING);
 * Optimizer opt = Optimizer.start(rule, game, w0);
 * LinearisedRate rate = LinearisedAnalysis.at(game, rule, wStar);
 * }</pre>
 *
 * Implementations are immutable and thread-safe.
 */
public interface UpdateRule {

    /** m, the real buffers per coordinate. */
    int buffers();

    /** The number of shared scalars (0 unless overridden). */
    default int sharedScalars() {
        return 0;
    }

    /** The shared scalars of a fresh run (zeros unless overridden). */
    default double[] initialShared() {
        return new double[sharedScalars()];
    }

    /** Evaluations of ξ per step, for rates per evaluation \(\rho^{1/k}\) (1 unless overridden). */
    default int gradientEvaluations() {
        return 1;
    }

    /**
     * One step, F(state), written over duals: the values are the step, the tangents its
     * Jacobian-vector products. A step that makes a block non-finite may stop there and return
     * the state so far (later blocks unchanged), so that the runner names the player.
     *
     * @param game the game over duals, fresh for this evaluation
     * @param state the augmented state, of size {@link #stateDimension}(d)
     * @return the next state, of the same size
     */
    Dual update(DualGame game, Dual state);

    /** The length of the augmented state on a game of dimension d: d(1 + m) + shared scalars. */
    default int stateDimension(int dimension) {
        return dimension * (1 + buffers()) + sharedScalars();
    }

    /**
     * The state of a fresh run: ω₀, zero buffers, the initial shared scalars.
     *
     * @param w0 ω₀, finite, of the game's dimension. Not modified.
     * @throws IllegalArgumentException naming a wrong length or a non-finite coordinate
     */
    default double[] init(Game game, double[] w0) {
        RuleMap.checkStart(game, w0);
        double[] s = new double[stateDimension(game.dimension())];
        System.arraycopy(w0, 0, s, 0, w0.length);
        double[] shared = initialShared();
        System.arraycopy(shared, 0, s, s.length - shared.length, shared.length);
        return s;
    }

    /**
     * The fixed state of the augmented map over a fixed point ω* of the game: (ω*, 0, …, 0)
     * unless overridden.
     *
     * @param fixedPoint ω*. Not modified.
     */
    default double[] fixedState(Game game, double[] fixedPoint) {
        RuleMap.checkStart(game, fixedPoint);
        double[] s = new double[stateDimension(game.dimension())];
        System.arraycopy(fixedPoint, 0, s, 0, fixedPoint.length);
        return s;
    }

    /**
     * The update as a map on augmented states, with exact Jacobian-vector products, dense
     * Jacobian, transposed products and (for rules that reach the game through ξ only) the
     * second-derivative contraction of exact Lyapunov-exponent gradients. Stateless and
     * thread-safe.
     */
    default SecondOrderMap map(Game game) {
        return new RuleMap(this, game);
    }

    /**
     * A field driving a base rule: per step the base rule's shared scalars advance, then per
     * block (all of ω when simultaneous, each player in order when alternating) the field is
     * evaluated at the current ω and the base rule moves that block's coordinates and buffers.
     */
    static UpdateRule of(GradientField field, BaseRule base, Schedule schedule) {
        return new ComposedRule(field, base, schedule);
    }
}
