package io.github.gamedyn.momentum;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.Arrays;

/**
 * A run of an {@link UpdateRule} on a game: the thin mutable holder of the current augmented
 * state (see {@link #state()}) and the step count, advanced by iterating the rule's pure map.
 * Not thread-safe; {@link #updateMap()} is.
 *
 * <pre>{@code
 * Optimizer opt = OptimizerSpec.parse("heavy-ball:alpha=0.1,beta=-0.5").create(game, w0);
 * for (int t = 0; t < 100; t++) {
 *     opt.step();
 * }
 * double[] w = opt.parameters();
 * }</pre>
 */
public final class Optimizer {
    private final UpdateRule rule;
    private final Game game;
    private final RuleMap runs;
    private final SecondOrderMap map;
    private double[] state;
    private int count;

    private Optimizer(UpdateRule rule, Game game, double[] w0) {
        this.rule = rule;
        this.game = game;
        this.state = rule.init(game, w0);
        this.runs = new RuleMap(rule, game);
        this.map = rule.map(game);
    }

    /**
     * Starts a run from ω₀ with the rule's fresh buffers.
     *
     * @param w0 ω₀, finite. Not modified.
     */
    public static Optimizer start(UpdateRule rule, Game game, double[] w0) {
        return new Optimizer(rule, game, w0);
    }

    /** The rule. */
    public UpdateRule rule() {
        return rule;
    }

    /** The game. */
    public Game game() {
        return game;
    }

    /** Steps taken so far. */
    public int steps() {
        return count;
    }

    /** Gradient evaluations per step (for rates per evaluation, ρ^{1/k}). */
    public int gradientEvaluationsPerStep() {
        return rule.gradientEvaluations();
    }

    /** A copy of the parameters ω. */
    public double[] parameters() {
        return Arrays.copyOf(state, game.dimension());
    }

    /** A copy of the augmented state: ω, then the buffers, then the shared scalars. */
    public double[] state() {
        return state.clone();
    }

    /**
     * Advances one step. If the step would produce a non-finite number the state is left at its
     * last finite value and the step is not counted.
     *
     * @throws OptimizerDivergenceException naming the step and the player whose coordinates or
     *         buffers became non-finite
     */
    public void step() {
        RuleMap.Step next = runs.step(state);
        if (next.failure() != null) {
            throw new OptimizerDivergenceException(divergence(count + 1, next.failure(), state));
        }
        state = next.next();
        count++;
    }

    /** Where a failure belongs: a shared scalar, or the player owning the coordinate. */
    private Divergence divergence(int step, RuleMap.Failure failure, double[] lastFinite) {
        int d = game.dimension();
        if (failure.index() >= d * (1 + rule.buffers())) {
            return new Divergence(step, -1, "shared", failure.reason(), lastFinite);
        }
        int c = failure.index() % d;
        for (int i = 0; i < game.players().size(); i++) {
            Player p = game.player(i);
            if (c >= p.offset() && c < p.offset() + p.size()) {
                return new Divergence(step, i, p.name(), failure.reason(), lastFinite);
            }
        }
        throw new AssertionError(failure);
    }

    /**
     * The update as a map on augmented states, stateless and thread-safe; iterating it from
     * {@link #state()} reproduces {@link #step()} bit for bit.
     */
    public SecondOrderMap updateMap() {
        return map;
    }
}
