package io.github.gamedyn.momentum;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.game.Game;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * An optimiser from many random starts, as a job of cells: run {@code k} starts at
 * \(\omega_0 \sim N(0, I)\) drawn with seed \(S + k\) ({@link StartingPoints#gaussian}) and takes
 * {@code steps} steps of {@code optimizer} with fresh buffers, stopping early when it diverges
 * ({@link TrajectoryRecorder}), exactly as {@code gamedyn optimize GAME --optimizer SPEC
 * --seed S+k --steps N} does. Its result is the final (last finite) point, the losses and ‖ξ‖
 * there, how it stopped, and the game's behaviour features of the final point
 * ({@link Game#behaviour()}), from which outcomes are counted.
 *
 * @param game the game, built again where the runs go
 * @param optimizer the optimiser spec as text ({@link OptimizerSpec#toString()})
 * @param seed S, the seed of run 0
 * @param starts the number of runs, ≥ 1
 * @param steps the steps per run, ≥ 0
 */
public record MultiStartJob(GameRecipe game, String optimizer, long seed, int starts, int steps)
        implements CellJob<MultiStartJob.Run>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the arguments. */
    public MultiStartJob {
        Objects.requireNonNull(game, "game");
        OptimizerSpec.parse(optimizer);
        if (starts < 1) {
            throw new IllegalArgumentException("starts = " + starts + "; allowed: >= 1");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: >= 0");
        }
        if (seed > Long.MAX_VALUE - (starts - 1)) {
            throw new IllegalArgumentException("seed = " + seed + " with " + starts + " starts "
                    + "overflows; allowed: seed + starts - 1 <= " + Long.MAX_VALUE);
        }
    }

    /**
     * How a run that diverged stopped ({@link Divergence} without its state).
     *
     * @param step the step that failed (1-based)
     * @param player the player whose coordinates or buffers blew up, or {@code shared}
     * @param reason what happened
     */
    public record Stop(int step, String player, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The result of one run.
     *
     * @param index k
     * @param seed S + k, the seed of its start
     * @param start ω₀
     * @param point the final point (the last finite one when the run diverged)
     * @param losses the losses there
     * @param gradientNorm ‖ξ‖ there
     * @param steps the steps that led there
     * @param divergence how it stopped, or {@code null} when it completed
     * @param features the game's behaviour features of {@code point}
     */
    public record Run(int index, long seed, double[] start, double[] point, double[] losses,
            double gradientNorm, int steps, Stop divergence, double[] features)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Whether the run diverged. */
        public boolean diverged() {
            return divergence != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && index == r.index && seed == r.seed
                    && Arrays.equals(start, r.start)
                    && Arrays.equals(point, r.point)
                    && Arrays.equals(losses, r.losses)
                    && Double.compare(gradientNorm, r.gradientNorm) == 0 && steps == r.steps
                    && Objects.equals(divergence, r.divergence)
                    && Arrays.equals(features, r.features);
        }

        @Override
        public int hashCode() {
            return Objects.hash(index, seed, Arrays.hashCode(point), steps);
        }

        /** The components, arrays with their contents. */
        @Override
        public String toString() {
            return "Run[index=" + index + ", seed=" + seed + ", start=" + Arrays.toString(start)
                    + ", point=" + Arrays.toString(point) + ", losses=" + Arrays.toString(losses)
                    + ", gradientNorm=" + gradientNorm + ", steps=" + steps + ", divergence="
                    + divergence + ", features=" + Arrays.toString(features) + "]";
        }
    }

    @Override
    public int cells() {
        return starts;
    }

    @Override
    public CellKernel<Run> kernel() {
        Game g = game.create();
        OptimizerSpec spec = OptimizerSpec.parse(optimizer);
        TrajectoryRecorder recorder = new TrajectoryRecorder(Math.max(1, steps));
        return k -> {
            double[] w0 = StartingPoints.gaussian(g.dimension(), 0, 1, seed + k);
            RunResult r = recorder.run(spec.create(g, w0), steps, null);
            TrajectoryPoint last = r.last();
            Stop stop = r.divergence().map(d -> new Stop(d.step(), d.playerName(), d.reason()))
                    .orElse(null);
            return new Run(k, seed + k, w0, last.parameters(), last.losses(),
                    last.gradientNorm(), r.steps(), stop, g.behaviour().describe(last.parameters()));
        };
    }

    @Override
    public String failure(int cell, String cause) {
        return "run " + cell + " (start seed " + (seed + cell) + ") failed: " + cause;
    }
}
