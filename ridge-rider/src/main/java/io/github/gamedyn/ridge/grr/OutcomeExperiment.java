package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.parallel.ParallelRanges;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.StartingPoints;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Counts what learning methods end in, as rates: random starts followed by an optimiser (naive
 * learning, LookAhead, LOLA, SOS, ...), or GRR over seeds, each end point described by the game's
 * behaviour descriptor and labelled (for the IPD by its named strategy pair).
 *
 * <p>A method is a job of independent cells, each a deterministic function of its index k:
 * <ul>
 *   <li>{@link RandomStarts}: cell k follows the optimiser from
 *       \(\omega_0 = \) {@code StartingPoints.gaussian(d, 0, s, k)}, one end point;</li>
 *   <li>{@link GrrSeeds}: cell k runs GRR with search seed k, one end point per branch.</li>
 * </ul>
 * Cells run on {@code threads} threads ({@link ParallelRanges}) and their results are kept in cell
 * order, so the result is the same whatever the thread count. Per label, {@link Result} gives the
 * share of cells that reached it at least once with its 95 % Wilson interval (for random starts:
 * the share of runs; for GRR: the share of seeds whose tree reaches it), and the share of all end
 * points (a GRR tree's branches are not independent trials, so that share carries no interval).
 *
 * <pre>{@code
 * Game ipd = IteratedPrisonersDilemma.create();
 * IpdBehaviour b = new IpdBehaviour(0.96);
 * OutcomeExperiment e = new OutcomeExperiment(ipd, b, f -> b.strategies(f).label(), 0.1);
 * OutcomeExperiment.Result lola = e.run(new OutcomeExperiment.RandomStarts("LOLA",
 *         GrrOptions.Following.DEFAULT.withOptimizer(OptimizerSpec.parse("lola:alpha=1")).withSteps(1000),
 *         1, 1000), 2);
 * }</pre>
 */
public final class OutcomeExperiment {
    private final Game game;
    private final BehaviourDescriptor behaviour;
    private final Function<double[], String> label;
    private final double clusterTolerance;

    /**
     * @param game the game
     * @param behaviour describes end points; called from worker threads, so it must be thread-safe
     * @param label names the outcome of a descriptor's features (thread-safe)
     * @param clusterTolerance end points whose features differ by at most this (max-norm) are one
     *        behaviour cluster
     */
    public OutcomeExperiment(Game game, BehaviourDescriptor behaviour, Function<double[], String> label,
                             double clusterTolerance) {
        this.game = Objects.requireNonNull(game, "game");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.label = Objects.requireNonNull(label, "label");
        if (!(clusterTolerance > 0)) {
            throw new IllegalArgumentException("clusterTolerance = " + clusterTolerance
                    + "; allowed: > 0");
        }
        this.clusterTolerance = clusterTolerance;
    }

    /** A method whose end points are counted: a name, a number of cells and its dynamics in words. */
    public sealed interface Method permits RandomStarts, GrrSeeds {
        /** The row name, e.g. {@code LOLA}. */
        String name();

        /** The number of independent cells. */
        int cells();

        /** The dynamics in words, every setting that changes the numbers. */
        String dynamics();
    }

    /**
     * The follower run from random starts \(\omega_0 \sim N(0, s^2 I)\), start k drawn with seed k.
     *
     * @param name the row name
     * @param following the optimiser, its step cap and its tolerance on \(\|\xi\|\)
     * @param startScale s
     * @param starts the number of starts, ≥ 1
     */
    public record RandomStarts(String name, GrrOptions.Following following, double startScale,
                               int starts) implements Method {
        /** Validates. */
        public RandomStarts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(following, "following");
            if (!(startScale > 0) || starts < 1) {
                throw new IllegalArgumentException("startScale = " + startScale + ", starts = " + starts
                        + "; allowed: startScale > 0, starts ≥ 1");
            }
        }

        @Override
        public int cells() {
            return starts;
        }

        @Override
        public String dynamics() {
            return describe(following) + "; θ₀ ~ N(0, " + num(startScale * startScale) + ") from "
                    + seedRange(starts);
        }
    }

    /**
     * GRR run with search seeds 0, 1, ..., seeds − 1 (the seed of the options is replaced).
     *
     * @param name the row name
     * @param options the GRR settings
     * @param seeds the number of seeds, ≥ 1
     */
    public record GrrSeeds(String name, GrrOptions options, int seeds) implements Method {
        /** Validates. */
        public GrrSeeds {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(options, "options");
            if (seeds < 1) {
                throw new IllegalArgumentException("seeds = " + seeds + "; allowed: ≥ 1");
            }
        }

        @Override
        public int cells() {
            return seeds;
        }

        @Override
        public String dynamics() {
            GrrOptions.Search s = options.search();
            GrrOptions.Branching b = options.branching();
            return "search: FTLE of " + spec(s.map()) + ", K = " + s.horizon() + ", "
                    + s.method().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
                    + s.iterations() + " iterations) from " + s.restarts() + " restarts θ₀ ~ N(0, "
                    + num(s.startScale() * s.startScale()) + ") in the box ±" + num(s.bound())
                    + "; " + b.maxBranches() + " branches per point, ε = " + num(b.perturbation())
                    + (b.rideSteps() > 0 ? ", ride " + b.rideSteps() + " steps" : "")
                    + (options.depth() > 1 ? ", depth " + options.depth() : "") + "; followed by "
                    + describe(options.following()) + "; " + seedRange(seeds);
        }
    }

    /**
     * The end points of one cell, in the order the method produced them.
     *
     * @param index the cell index (the start's seed, or GRR's seed)
     * @param labels the label of each end point
     * @param features the descriptor's features of each end point
     */
    public record Cell(int index, List<String> labels, List<double[]> features)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies. */
        public Cell {
            labels = List.copyOf(labels);
            features = features.stream().map(double[]::clone).toList();
        }
    }

    /**
     * The outcomes of one method.
     *
     * @param method the method
     * @param cells every cell, in index order
     * @param byCell per label (in order of first appearance), the cells that reached it at least once
     * @param byEndPoint per label, the end points with it among all end points
     * @param clusters behaviour clusters of all end points (leader clustering in cell order)
     */
    public record Result(Method method, List<Cell> cells, Map<String, Share> byCell,
                         Map<String, Share> byEndPoint, int clusters) {
        /** Copies. */
        public Result {
            cells = List.copyOf(cells);
            byCell = Collections.unmodifiableMap(new LinkedHashMap<>(byCell));
            byEndPoint = Collections.unmodifiableMap(new LinkedHashMap<>(byEndPoint));
        }

        /** The number of end points over all cells. */
        public int endPoints() {
            return cells.stream().mapToInt(c -> c.labels().size()).sum();
        }

        /** The share of cells that reached {@code label}, 0 of n when none did. */
        public Share cellShare(String label) {
            return byCell.getOrDefault(label, new Share(0, cells.size()));
        }

        /** The share of end points with {@code label}, 0 of n when none had it. */
        public Share endPointShare(String label) {
            return byEndPoint.getOrDefault(label, new Share(0, Math.max(1, endPoints())));
        }
    }

    /** Runs every cell of {@code method} on {@code threads} threads and counts the outcomes. */
    public Result run(Method method, int threads) {
        Objects.requireNonNull(method, "method");
        Cell[] cells = new Cell[method.cells()];
        ParallelRanges.run(cells.length, threads, 1, (from, to) -> {
            for (int k = from; k < to; k++) {
                cells[k] = cell(method, k);
            }
        });
        Map<String, Integer> cellCounts = new LinkedHashMap<>();
        Map<String, Integer> pointCounts = new LinkedHashMap<>();
        BehaviourClustering clustering = new BehaviourClustering(clusterTolerance);
        int clusters = 0;
        int points = 0;
        for (Cell c : cells) {
            for (String l : new LinkedHashSet<>(c.labels())) {
                cellCounts.merge(l, 1, Integer::sum);
            }
            for (int e = 0; e < c.labels().size(); e++) {
                pointCounts.merge(c.labels().get(e), 1, Integer::sum);
                clusters = Math.max(clusters, clustering.assign(c.features().get(e)) + 1);
                points++;
            }
        }
        Map<String, Share> byCell = new LinkedHashMap<>();
        Map<String, Share> byPoint = new LinkedHashMap<>();
        int total = points;
        cellCounts.forEach((l, k) -> byCell.put(l, new Share(k, cells.length)));
        pointCounts.forEach((l, k) -> byPoint.put(l, new Share(k, total)));
        return new Result(method, List.of(cells), byCell, byPoint, clusters);
    }

    /** Cell {@code index} of {@code method}: a deterministic function of the two. */
    public Cell cell(Method method, int index) {
        if (index < 0 || index >= method.cells()) {
            throw new IllegalArgumentException("index = " + index + "; allowed: 0 to " + (method.cells() - 1));
        }
        List<double[]> features = new ArrayList<>();
        if (method instanceof RandomStarts r) {
            double[] start = StartingPoints.gaussian(game.dimension(), 0, r.startScale(), index);
            features.add(behaviour.describe(new BranchFollower(game, r.following()).follow(start).point()));
        } else if (method instanceof GrrSeeds g) {
            GrrTree tree = new GeneralizedRidgeRider(g.options().withSearch(s -> s.withSeed(index)))
                    .run(game, behaviour);
            tree.endPoints().forEach(e -> features.add(e.features()));
        }
        List<String> labels = new ArrayList<>();
        for (double[] f : features) {
            labels.add(label.apply(f));
        }
        return new Cell(index, labels, features);
    }

    private static String describe(GrrOptions.Following f) {
        return spec(f.optimizer()) + ", " + f.steps() + " steps or ‖ξ‖ ≤ " + num(f.tolerance());
    }

    /** The spec as it parses back, without the default simultaneous schedule. */
    private static String spec(OptimizerSpec o) {
        return o.toString().replace(",schedule=simultaneous", "");
    }

    /** E.g. {@code seeds 0–19}, {@code seed 0}. */
    private static String seedRange(int n) {
        return n == 1 ? "seed 0" : "seeds 0–" + (n - 1);
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e6 ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%.3g", x);
    }
}
