package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Stochastic training: one step of a learning rule on each game of a sequence, the minibatch game of
 * step t ({@code SmallGan::gameAtStep}), carrying the augmented state (parameters, buffers, step
 * counters) from game to game, with checkpoints of the state.
 *
 * <p>Step t applies the update map of {@code spec} on game t to the state: the same rule, buffers and
 * bias corrections as {@link Optimizer#step()} on one fixed game, only the game changes. Deterministic
 * when the games are.
 *
 * <pre>{@code
 * MinibatchTraining.Run run = MinibatchTraining.run(OptimizerSpec.parse("adam:alpha=1e-3"),
 *         gan::gameAtStep, gan.initialPoint(), 10_000, 1000);
 * }</pre>
 */
public final class MinibatchTraining {

    private MinibatchTraining() {
    }

    /**
     * The state after some step.
     *
     * @param step steps taken (0 is the start)
     * @param state the augmented state: ω, then buffers and shared scalars. Not modified (copied).
     * @param dimension d, the length of ω at the front of the state
     */
    public record Checkpoint(int step, double[] state, int dimension) {

        /** Copies the state. */
        public Checkpoint {
            state = state.clone();
        }

        /** @return a copy of the augmented state */
        @Override
        public double[] state() {
            return state.clone();
        }

        /** @return a copy of the parameters ω */
        public double[] parameters() {
            return java.util.Arrays.copyOf(state, dimension);
        }

        /** Equal when every component is equal, arrays by their contents. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Checkpoint other
                    && Arrays.deepEquals(componentValues(), other.componentValues());
        }

        /** A hash code of the components, arrays by their contents. */
        @Override
        public int hashCode() {
            return Arrays.deepHashCode(componentValues());
        }

        /** The components, arrays with their contents. */
        @Override
        public String toString() {
            return "Checkpoint[step=" + step + ", state=" + Arrays.toString(state)
                    + ", dimension=" + dimension + "]";
        }

        private Object[] componentValues() {
            return new Object[] {step, state, dimension};
        }
    }

    /**
     * A finished run.
     *
     * @param spec the rule
     * @param checkpoints the start, every {@code every}-th step and the last step, in order
     */
    public record Run(OptimizerSpec spec, List<Checkpoint> checkpoints) {

        /** Copies the list. */
        public Run {
            checkpoints = List.copyOf(checkpoints);
        }

        /** @return the last checkpoint */
        public Checkpoint last() {
            return checkpoints.get(checkpoints.size() - 1);
        }
    }

    /**
     * Trains for {@code steps} steps from {@code w0}.
     *
     * @param spec the learning rule (any of {@link OptimizerMethod})
     * @param gameAtStep game t for t = 0, 1, …; all of the same dimension and players
     * @param w0 the initial parameters. Not modified.
     * @param steps the number of steps, ≥ 0
     * @param every checkpoint interval, ≥ 1
     * @return the checkpoints
     * @throws IllegalArgumentException for a negative {@code steps}, {@code every < 1} or a bad {@code w0}
     * @throws OptimizerDivergenceException naming the step and the player whose coordinates or buffers
     *     became non-finite, with the last finite state
     */
    public static Run run(OptimizerSpec spec, LongFunction<Game> gameAtStep, double[] w0, int steps, int every) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: ≥ 0");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + "; allowed: ≥ 1");
        }
        Game first = gameAtStep.apply(0);
        UpdateRule rule = spec.rule();
        double[] state = rule.init(first, w0);
        int d = first.dimension();
        List<Checkpoint> checkpoints = new ArrayList<>();
        checkpoints.add(new Checkpoint(0, state, d));
        double[] next = new double[state.length];
        for (int t = 0; t < steps; t++) {
            Game game = t == 0 ? first : gameAtStep.apply(t);
            rule.map(game).apply(state, next);
            for (int i = 0; i < next.length; i++) {
                if (!Double.isFinite(next[i])) {
                    throw new OptimizerDivergenceException(new Divergence(t + 1, playerOf(game, i % d),
                            game.player(playerOf(game, i % d)).name(), "non-finite", state));
                }
            }
            double[] swap = state;
            state = next;
            next = swap;
            if ((t + 1) % every == 0 || t + 1 == steps) {
                checkpoints.add(new Checkpoint(t + 1, state, d));
            }
        }
        return new Run(spec, checkpoints);
    }

    private static int playerOf(Game game, int coordinate) {
        List<Player> players = game.players();
        for (int i = 0; i < players.size(); i++) {
            Player p = players.get(i);
            if (coordinate >= p.offset() && coordinate < p.offset() + p.size()) {
                return i;
            }
        }
        throw new AssertionError(coordinate);
    }
}
