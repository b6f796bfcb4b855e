package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Runs an optimiser and records every k-th step (and the first and last): ω, the losses, ‖ξ‖ and
 * the distance to a target.
 *
 * <p>Every step is checked, not only the recorded ones: a step that makes the state or the
 * field's direction non-finite, parameters exceed the explosion bound in absolute value, or the
 * losses or ξ at the new point non-finite, stops the run with a {@link Divergence} (that step,
 * the player concerned, the augmented state before it). The trajectory then ends at the last
 * accepted point, which is always recorded, so every recorded number is finite and
 * {@link RunResult#steps()} counts the steps that led to it. The optimizer is left where the run
 * stopped (past the rejected step for an explosion or a non-finite loss or ξ). Checking the losses
 * and ξ costs one evaluation of each per step. Norms are computed with scaling, so ‖ξ‖ is finite
 * whenever ξ is.
 *
 * <pre>{@code
 * RunResult r = new TrajectoryRecorder(10).run(opt, 1000, new double[] {0, 0});
 * double finalDistance = r.last().distanceToTarget();
 * }</pre>
 */
public final class TrajectoryRecorder {
    /** Default bound on |ω_c| beyond which a run counts as exploding. */
    public static final double DEFAULT_EXPLOSION_BOUND = 1e12;

    private final int every;
    private final double explosionBound;

    /**
     * @param every record every {@code every}-th step, ≥ 1
     */
    public TrajectoryRecorder(int every) {
        this(every, DEFAULT_EXPLOSION_BOUND);
    }

    /**
     * @param every record every {@code every}-th step, ≥ 1
     * @param explosionBound stop when some |ω_c| exceeds it, &gt; 0
     */
    public TrajectoryRecorder(int every, double explosionBound) {
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + "; allowed: >= 1");
        }
        if (!(explosionBound > 0)) {
            throw new IllegalArgumentException("explosionBound = " + explosionBound
                    + "; allowed: > 0");
        }
        this.every = every;
        this.explosionBound = explosionBound;
    }

    /**
     * Checks that a run can start at {@code w}: the losses and ξ there are finite (a point
     * outside the game's finite domain is a bad start, not a divergence).
     *
     * @param w the start point. Not modified.
     * @throws IllegalArgumentException naming the point and the non-finite values
     */
    public static void requireFiniteStart(Game game, double[] w) {
        double[] losses = game.losses(w);
        double[] xi = game.simultaneousGradient(w);
        if (firstNonFinite(losses) >= 0 || firstNonFinite(xi) >= 0) {
            throw new IllegalArgumentException("start point " + Arrays.toString(w) + " of "
                    + game.name() + ": " + (firstNonFinite(losses) >= 0 ? "losses "
                    + Arrays.toString(losses) : "ξ " + Arrays.toString(xi)) + " not finite; "
                    + "allowed: a point where the losses and ξ are finite");
        }
    }

    /**
     * Runs {@code steps} further steps, keeping the recorded points.
     *
     * @param optimizer advanced in place. Modified.
     * @param steps ≥ 0
     * @param target ω* to measure distances to, or null. Not modified.
     * @throws IllegalArgumentException if the losses or ξ are not finite where it starts
     */
    public RunResult run(Optimizer optimizer, int steps, double[] target) {
        List<TrajectoryPoint> points = new ArrayList<>();
        RunResult r = run(optimizer, steps, target, points::add);
        return new RunResult(points, r.steps(), r.divergence());
    }

    /**
     * Runs {@code steps} further steps, handing each recorded point to {@code sink} as it is
     * recorded instead of keeping it, so that memory does not grow with the run (e.g. to stream
     * a trajectory to a file). The result's trajectory holds the last recorded point only.
     *
     * @param optimizer advanced in place. Modified.
     * @param steps ≥ 0
     * @param target ω* to measure distances to, or null. Not modified.
     * @param sink receives the recorded points in step order
     * @throws IllegalArgumentException if the losses or ξ are not finite where it starts
     */
    public RunResult run(Optimizer optimizer, int steps, double[] target,
            Consumer<TrajectoryPoint> sink) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: >= 0");
        }
        Game game = optimizer.game();
        if (target != null && target.length != game.dimension()) {
            throw new IllegalArgumentException("target has length " + target.length
                    + "; game " + game.name() + " has dimension " + game.dimension());
        }
        double[] w = optimizer.parameters();
        requireFiniteStart(game, w);
        // the last accepted point and whether it was handed to the sink
        TrajectoryPoint accepted = point(optimizer.steps(), w, game.losses(w),
                game.simultaneousGradient(w), target);
        sink.accept(accepted);
        boolean recorded = true;
        for (int t = 1; t <= steps; t++) {
            double[] before = optimizer.state();
            Divergence divergence;
            double[] losses = null;
            double[] xi = null;
            try {
                optimizer.step();
                w = optimizer.parameters();
                divergence = explosion(optimizer, w, before);
                if (divergence == null) {
                    losses = game.losses(w);
                    xi = game.simultaneousGradient(w);
                    divergence = nonFinite(optimizer, losses, xi, before);
                }
            } catch (OptimizerDivergenceException e) {
                divergence = e.divergence();
            }
            if (divergence != null) {
                if (!recorded) {
                    sink.accept(accepted);
                }
                return new RunResult(List.of(accepted), t - 1, Optional.of(divergence));
            }
            accepted = point(optimizer.steps(), w, losses, xi, target);
            recorded = t % every == 0 || t == steps;
            if (recorded) {
                sink.accept(accepted);
            }
        }
        return new RunResult(List.of(accepted), steps, Optional.empty());
    }

    /** The explosion of the step just taken from {@code before} to ω = {@code w}, or null. */
    private Divergence explosion(Optimizer optimizer, double[] w, double[] before) {
        Game game = optimizer.game();
        for (int c = 0; c < w.length; c++) {
            if (Math.abs(w[c]) > explosionBound) {
                return new Divergence(optimizer.steps(), owner(game, c), game.player(owner(game, c))
                        .name(), "|parameter| > " + explosionBound, before);
            }
        }
        return null;
    }

    /** The divergence of a step whose new point has these losses and ξ, or null. */
    private static Divergence nonFinite(Optimizer optimizer, double[] losses, double[] xi,
            double[] before) {
        Game game = optimizer.game();
        int k = firstNonFinite(losses);
        if (k >= 0) {
            return new Divergence(optimizer.steps(), k, game.player(k).name(), "non-finite loss",
                    before);
        }
        int c = firstNonFinite(xi);
        if (c >= 0) {
            return new Divergence(optimizer.steps(), owner(game, c), game.player(owner(game, c))
                    .name(), "non-finite simultaneous gradient", before);
        }
        return null;
    }

    /** The player whose block holds coordinate {@code c}. */
    private static int owner(Game game, int c) {
        for (int i = 0; i < game.players().size(); i++) {
            Player p = game.player(i);
            if (c >= p.offset() && c < p.offset() + p.size()) {
                return i;
            }
        }
        throw new IllegalArgumentException("coordinate " + c + " of game " + game.name());
    }

    private static int firstNonFinite(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return i;
            }
        }
        return -1;
    }

    private static TrajectoryPoint point(int step, double[] w, double[] losses, double[] xi,
            double[] target) {
        double distance = Double.NaN;
        if (target != null) {
            double[] diff = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                diff[i] = w[i] - target[i];
            }
            distance = norm(diff);
        }
        return new TrajectoryPoint(step, w, losses, norm(xi), distance);
    }

    /** ‖x‖₂ with scaling (EJML's normF), finite whenever x is. */
    private static double norm(double[] x) {
        return NormOps_DDRM.normF(DMatrixRMaj.wrap(x.length, 1, x));
    }
}
