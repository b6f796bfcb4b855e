package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Stochastic training: one step of a learning rule on each minibatch, carrying the augmented state
 * (parameters, buffers, step counters) from step to step, with checkpoints of the state. The
 * minibatches come one of two ways:
 * <ul>
 *   <li>as a game per step, {@link #run(OptimizerSpec, LongFunction, double[], int, int)}
 *       ({@code SmallGan::gameAtStep}): any rule, but each game records and compiles its program
 *       again;</li>
 *   <li>as parameters of one game, {@link #run(OptimizerSpec, Game, LongFunction, double[], int,
 *       int)} ({@code SmallGan.minibatchGame()} and {@code SmallGan::minibatch}): its last player
 *       is the minibatch, written into ω before each step, so one compiled program serves every
 *       step.</li>
 * </ul>
 *
 * <p>Step t applies the update map of {@code spec} on game t to the state: the same rule, buffers and
 * bias corrections as {@link Optimizer#step()} on one fixed game, only the game changes. Deterministic
 * when the games are.
 *
 * <pre>{@code
 * MinibatchTraining.Run run = MinibatchTraining.run(OptimizerSpec.parse("adam:alpha=1e-3"),
 *         gan.minibatchGame(), gan::minibatch, gan.initialPoint(), 10_000, 1000);
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
            return Arrays.copyOf(state, dimension);
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
        checkCounts(steps, every);
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

    /**
     * Trains for {@code steps} steps from {@code w0} on one game that reads its minibatch as
     * parameters: the block \(b\) of {@code game}'s last player is the minibatch, its loss is
     * identically 0 (so ξ vanishes on \(b\)), and before step t the block is set to
     * {@code batchAtStep.apply(t)}. The update map is built once, so the game's program is
     * compiled once for all steps. Where \(b\) at {@code batchAtStep.apply(t)} makes the game's
     * losses those of a game per step that holds the batch as constants, the run is that of
     * {@link #run(OptimizerSpec, LongFunction, double[], int, int)} on those games (bit for bit
     * when the two programs compute ξ alike, as {@code SmallGan}'s do).
     *
     * <p>Rules that move each coordinate by its own component of ξ leave \(b\) where it was
     * written (gradient descent, heavy ball, complex momentum, Adam, complex Adam, RMSProp,
     * extragradient, optimistic gradient). A rule whose field gives \(b\) a component of its own
     * (consensus and SGA: \(\hat H^{\mathsf T}\xi\) reads \(\partial\xi/\partial b\)) would
     * train on a moved minibatch, so it is refused at the first step that moves \(b\): train
     * such rules on games per step.
     *
     * @param spec the learning rule
     * @param game the game; its last player is the minibatch
     * @param batchAtStep the minibatch block of step t for t = 0, 1, …, each of the last
     *     player's size. Not modified.
     * @param w0 the initial parameters of the other players, the first d − |b| coordinates.
     *     Not modified.
     * @param steps the number of steps, ≥ 0
     * @param every checkpoint interval, ≥ 1
     * @return the checkpoints; their {@link Checkpoint#parameters()} are those of the other
     *     players, their {@link Checkpoint#state()} the rule's augmented state on {@code game}
     *     with the minibatch of the step that led there
     * @throws IllegalArgumentException for a negative {@code steps}, {@code every < 1}, a game of
     *     one player, a {@code w0} or a minibatch of the wrong length, or a rule that moves the
     *     minibatch block (naming the step and the rule)
     * @throws OptimizerDivergenceException naming the step and the player whose coordinates or buffers
     *     became non-finite, with the last finite state
     */
    public static Run run(OptimizerSpec spec, Game game, LongFunction<double[]> batchAtStep, double[] w0,
            int steps, int every) {
        checkCounts(steps, every);
        List<Player> players = game.players();
        if (players.size() < 2) {
            throw new IllegalArgumentException("game " + game.name() + " has " + players.size()
                    + " player; allowed: at least one player and the minibatch, its last player");
        }
        Player minibatch = players.get(players.size() - 1);
        int p = minibatch.offset();
        int b = minibatch.size();
        if (w0.length != p) {
            throw new IllegalArgumentException("w0 has length " + w0.length + "; game " + game.name()
                    + " has " + p + " parameters before its minibatch block (" + minibatch.name() + ", " + b
                    + " entries)");
        }
        double[] start = Arrays.copyOf(w0, game.dimension());
        System.arraycopy(batch(batchAtStep, 0, b), 0, start, p, b);
        Optimizer optimizer = spec.create(game, start);
        double[] state = optimizer.state();
        List<Checkpoint> checkpoints = new ArrayList<>();
        checkpoints.add(new Checkpoint(0, state, p));
        double[] next = new double[state.length];
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                System.arraycopy(batch(batchAtStep, t, b), 0, state, p, b);
            }
            optimizer.updateMap().apply(state, next);
            requireFinite(game, t, state, next);
            if (!Arrays.equals(state, p, p + b, next, p, p + b)) {
                throw new IllegalArgumentException("spec " + spec + " moved the minibatch block ("
                        + minibatch.name() + ") at step " + (t + 1) + "; allowed: rules that move each "
                        + "coordinate by its own component of ξ (gd, heavy-ball, complex-momentum, adam, "
                        + "complex-adam, rmsprop, extragradient, optimistic); train other rules on a game "
                        + "per step");
            }
            double[] swap = state;
            state = next;
            next = swap;
            if ((t + 1) % every == 0 || t + 1 == steps) {
                checkpoints.add(new Checkpoint(t + 1, state, p));
            }
        }
        return new Run(spec, checkpoints);
    }

    private static double[] batch(LongFunction<double[]> batchAtStep, long t, int size) {
        double[] batch = batchAtStep.apply(t);
        if (batch.length != size) {
            throw new IllegalArgumentException("the minibatch of step " + t + " has length " + batch.length
                    + "; allowed: " + size + ", the size of the game's minibatch block");
        }
        return batch;
    }

    private static void checkCounts(int steps, int every) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: ≥ 0");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + "; allowed: ≥ 1");
        }
    }

    /** Step t's result {@code next} is finite, else the divergence, with the last finite state. */
    private static void requireFinite(Game game, int t, double[] state, double[] next) {
        int d = game.dimension();
        for (int i = 0; i < next.length; i++) {
            if (!Double.isFinite(next[i])) {
                int player = playerOf(game, i % d);
                throw new OptimizerDivergenceException(new Divergence(t + 1, player, game.player(player).name(),
                        "non-finite", state));
            }
        }
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
