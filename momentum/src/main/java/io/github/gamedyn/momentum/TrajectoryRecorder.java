package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs an optimiser and records every k-th step (and the first and last): ω, the losses, ‖ξ‖ and
 * the distance to a target. A step producing a non-finite number, or parameters exceeding the
 * explosion bound in absolute value, stops the run with a {@link Divergence}; the trajectory then
 * ends at the last finite point and no NaN is ever returned.
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
     * Runs {@code steps} further steps.
     *
     * @param optimizer advanced in place. Modified.
     * @param steps ≥ 0
     * @param target ω* to measure distances to, or null. Not modified.
     */
    public RunResult run(Optimizer optimizer, int steps, double[] target) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + "; allowed: >= 0");
        }
        Game game = optimizer.game();
        if (target != null && target.length != game.dimension()) {
            throw new IllegalArgumentException("target has length " + target.length
                    + "; game " + game.name() + " has dimension " + game.dimension());
        }
        List<TrajectoryPoint> points = new ArrayList<>();
        points.add(point(optimizer, target));
        int start = optimizer.steps();
        for (int t = 1; t <= steps; t++) {
            double[] before = optimizer.state();
            try {
                optimizer.step();
            } catch (OptimizerDivergenceException e) {
                return stop(points, optimizer, target, t - 1, e.divergence());
            }
            Optional<Divergence> blowUp = explosion(optimizer, before);
            if (blowUp.isPresent()) {
                return stop(points, optimizer, target, t, blowUp.get());
            }
            if (t % every == 0 || t == steps) {
                points.add(point(optimizer, target));
            }
        }
        return new RunResult(points, optimizer.steps() - start, Optional.empty());
    }

    private RunResult stop(List<TrajectoryPoint> points, Optimizer optimizer, double[] target,
            int done, Divergence divergence) {
        TrajectoryPoint last = points.get(points.size() - 1);
        if (last.step() != optimizer.steps() && divergence.reason().equals("non-finite")) {
            points.add(point(optimizer, target));
        }
        return new RunResult(points, done, Optional.of(divergence));
    }

    private Optional<Divergence> explosion(Optimizer optimizer, double[] before) {
        double[] w = optimizer.parameters();
        for (int c = 0; c < w.length; c++) {
            if (Math.abs(w[c]) > explosionBound) {
                Game game = optimizer.game();
                for (int i = 0; i < game.players().size(); i++) {
                    Player p = game.player(i);
                    if (c >= p.offset() && c < p.offset() + p.size()) {
                        return Optional.of(new Divergence(optimizer.steps(), i, p.name(),
                                "|parameter| > " + explosionBound, before));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static TrajectoryPoint point(Optimizer optimizer, double[] target) {
        double[] w = optimizer.parameters();
        Game game = optimizer.game();
        double[] xi = game.simultaneousGradient(w);
        double distance = Double.NaN;
        if (target != null) {
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                s += (w[i] - target[i]) * (w[i] - target[i]);
            }
            distance = Math.sqrt(s);
        }
        return new TrajectoryPoint(optimizer.steps(), w, game.losses(w),
                Math.sqrt(GameProducts.dot(xi, xi)), distance);
    }
}
