package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The full-IPD experiment of the GRR paper as rates: what naive learning, LookAhead, LOLA and SOS
 * from random starts, and GRR followed by each of them, end in on the memory-one IPD (γ = 0.96,
 * unscaled losses as in the LOLA and SOS papers), counted by named strategy pair
 * ({@link IpdBehaviour}). Every row is an {@link OutcomeExperiment.Method} whose settings are
 * printed beside its numbers; the README's table is {@code main}'s output at {@link Scale#FULL}.
 *
 * <p>Rows: random starts θ₀ ~ N(0, 1) followed by GD, LookAhead, LOLA, SOS (α = 1); GRR
 * (search: the FTLE of GD with α = 0.4, K = 20, 4 restarts of 20 ascent steps; 4 branches per
 * point, ε = 1) followed by GD, LOLA, SOS (α = 1); and the attempts to find reciprocity with GRR
 * ({@link #attempts}): a longer horizon, the small ε of the library's defaults, a ride along the
 * tracked eigenvector, and a search over the FTLE of LOLA's own update (Nelder–Mead) followed by GD
 * and by LOLA.
 *
 * <p>Run: {@code java -cp plots/target/gamedyn.jar io.github.gamedyn.ridge.grr.IpdOutcomes
 * [quick|figure|full] [THREADS]}.
 */
public final class IpdOutcomes {
    /** The discount of the LOLA paper. */
    public static final double GAMMA = IteratedPrisonersDilemma.DEFAULT_DISCOUNT;
    /** Cluster tolerance of the descriptor clusters counted per method. */
    public static final double CLUSTER_TOLERANCE = 0.1;
    /** The named pairs the table has columns for; all others are summed as "other pairs". */
    public static final List<String> COLUMNS = List.of("ALLD–ALLD", "TFT–TFT", "GRIM–GRIM",
            "TFT–GRIM", "WSLS–WSLS", "ALLC–ALLC");
    /** The label of the summed remaining pairs. */
    public static final String OTHER_PAIRS = "other pairs";
    /** End points over which the number of distinct pairs is compared at equal budget. */
    public static final int BUDGET = 80;

    /** How many cells each row runs. */
    public enum Scale {
        /** Smoke runs: 20 starts, 1 GRR seed, 200 steps. */
        QUICK(20, 1, 200),
        /** The figure: 200 starts, 4 GRR seeds, 1000 steps. */
        FIGURE(200, 4, 1000),
        /** The README: 1000 starts, 20 GRR seeds, 1000 steps. */
        FULL(1000, 20, 1000);

        private final int starts;
        private final int seeds;
        private final int steps;

        Scale(int starts, int seeds, int steps) {
            this.starts = starts;
            this.seeds = seeds;
            this.steps = steps;
        }

        /** Random starts per row. */
        public int starts() {
            return starts;
        }

        /** GRR seeds per row. */
        public int seeds() {
            return seeds;
        }

        /** Step cap of every follower. */
        public int steps() {
            return steps;
        }
    }

    private IpdOutcomes() {
    }

    /** The game: the memory-one IPD, γ = {@value #GAMMA}, unscaled losses. */
    public static Game game() {
        return IteratedPrisonersDilemma.create(GAMMA, false);
    }

    /** The experiment: end points named by {@link IpdBehaviour} with the game's γ. */
    public static OutcomeExperiment experiment() {
        IpdBehaviour behaviour = new IpdBehaviour(GAMMA);
        return new OutcomeExperiment(game(), behaviour, f -> behaviour.strategies(f).label(),
                CLUSTER_TOLERANCE);
    }

    /** The following of every row: α = 1, {@code steps} steps or \(\|\xi\| \le 10^{-6}\). */
    static GrrOptions.Following following(String method, int steps) {
        return new GrrOptions.Following(OptimizerSpec.parse(method + ":alpha=1"), steps, 1e-6);
    }

    /** GRR's settings of the main rows, followed by {@code method}. */
    static GrrOptions grr(String method, int steps) {
        return GrrOptions.defaults().withLearningRate(0.4)
                .withSearch(s -> s.withHorizon(20).withRestarts(4).withIterations(20))
                .withBranching(b -> b.withMaxBranches(4).withPerturbation(1))
                .withFollowing(following(method, steps)).withClusterTolerance(CLUSTER_TOLERANCE);
    }

    /** The main rows: four methods from random starts, GRR followed by three of them. */
    public static List<OutcomeExperiment.Method> methods(Scale scale) {
        List<OutcomeExperiment.Method> m = new ArrayList<>();
        String[][] rows = {{"naive learning (GD)", "gd"}, {"LookAhead", "lookahead"},
            {"LOLA", "lola"}, {"SOS", "sos"}};
        for (String[] r : rows) {
            m.add(new OutcomeExperiment.RandomStarts(r[0], following(r[1], scale.steps()), 1,
                    scale.starts()));
        }
        for (String[] r : new String[][] {{"GRR → GD", "gd"}, {"GRR → LOLA", "lola"},
            {"GRR → SOS", "sos"}}) {
            m.add(new OutcomeExperiment.GrrSeeds(r[0], grr(r[1], scale.steps()), scale.seeds()));
        }
        return m;
    }

    /**
     * The attempts to find reciprocity with GRR beyond the main rows: a five times longer horizon
     * (K = 100), ε = 0.05, riding the tracked eigenvector for 50 steps of 0.1 before following, and
     * the bifurcation search over the FTLE of LOLA's update (α = 1, Nelder–Mead) followed by GD and
     * by LOLA.
     */
    public static List<OutcomeExperiment.Method> attempts(Scale scale) {
        int steps = scale.steps();
        GrrOptions lolaMap = grr("gd", steps).withSearch(s -> s.withMap(
                OptimizerSpec.parse("lola:alpha=1"), GrrOptions.Search.Method.NELDER_MEAD));
        return List.of(
                new OutcomeExperiment.GrrSeeds("GRR, K = 100 → GD",
                        grr("gd", steps).withSearch(s -> s.withHorizon(100)), scale.seeds()),
                new OutcomeExperiment.GrrSeeds("GRR, ε = 0.05 → GD",
                        grr("gd", steps).withBranching(b -> b.withPerturbation(0.05)), scale.seeds()),
                new OutcomeExperiment.GrrSeeds("GRR, ride 50 steps → GD",
                        grr("gd", steps).withBranching(b -> b.withPerturbation(0.1).withRideSteps(50)),
                        scale.seeds()),
                new OutcomeExperiment.GrrSeeds("GRR on LOLA's FTLE → GD", lolaMap, scale.seeds()),
                new OutcomeExperiment.GrrSeeds("GRR on LOLA's FTLE → LOLA",
                        lolaMap.withFollowing(following("lola", steps)), scale.seeds()));
    }

    /** Runs each method on {@code threads} threads, in order. */
    public static List<OutcomeExperiment.Result> run(List<OutcomeExperiment.Method> methods,
                                                     int threads) {
        OutcomeExperiment e = experiment();
        List<OutcomeExperiment.Result> out = new ArrayList<>();
        for (OutcomeExperiment.Method m : methods) {
            out.add(e.run(m, threads));
        }
        return out;
    }

    /**
     * The share of cells whose end points include one of the named {@link #COLUMNS}, or, for
     * {@link #OTHER_PAIRS}, any other pair.
     */
    public static Share cellShare(OutcomeExperiment.Result r, String column) {
        if (!column.equals(OTHER_PAIRS)) {
            return r.cellShare(column);
        }
        int count = 0;
        for (OutcomeExperiment.Cell c : r.cells()) {
            count += c.labels().stream().anyMatch(l -> !COLUMNS.contains(l)) ? 1 : 0;
        }
        return new Share(count, r.cells().size());
    }

    /** The share of end points with the column's pair (or, for {@link #OTHER_PAIRS}, any other). */
    public static Share endPointShare(OutcomeExperiment.Result r, String column) {
        int count = 0;
        for (OutcomeExperiment.Cell c : r.cells()) {
            for (String l : c.labels()) {
                count += column.equals(OTHER_PAIRS) ? (COLUMNS.contains(l) ? 0 : 1)
                        : (l.equals(column) ? 1 : 0);
            }
        }
        return new Share(count, Math.max(1, r.endPoints()));
    }

    /** The number of distinct pairs among the first {@code n} end points (cell order). */
    public static int distinctPairs(OutcomeExperiment.Result r, int n) {
        Set<String> seen = new LinkedHashSet<>();
        int taken = 0;
        for (OutcomeExperiment.Cell c : r.cells()) {
            for (String l : c.labels()) {
                if (taken++ < n) {
                    seen.add(l);
                }
            }
        }
        return seen.size();
    }

    /**
     * The results as two Markdown tables, random starts (share of runs) and GRR (share of seeds
     * whose tree reaches the pair, and share of all end points), each with its dynamics.
     */
    public static String markdown(List<OutcomeExperiment.Result> results) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add(OTHER_PAIRS);
        StringBuilder s = new StringBuilder();
        header(s, "from random starts", columns);
        for (OutcomeExperiment.Result r : results) {
            if (r.method() instanceof OutcomeExperiment.RandomStarts) {
                s.append("| ").append(r.method().name()).append(" | ").append(r.method().dynamics())
                        .append(" |");
                columns.forEach(c -> s.append(' ').append(cellShare(r, c)).append(" |"));
                s.append(' ').append(pairs(r)).append(" | ").append(r.clusters()).append(" |\n");
            }
        }
        s.append('\n');
        header(s, "GRR", columns);
        for (OutcomeExperiment.Result r : results) {
            if (r.method() instanceof OutcomeExperiment.GrrSeeds) {
                s.append("| ").append(r.method().name()).append(" | ").append(r.method().dynamics())
                        .append("; ").append(r.endPoints()).append(" end points |");
                columns.forEach(c -> {
                    Share seeds = cellShare(r, c);
                    s.append(String.format(Locale.ROOT, " %d/%d seeds %s, %.1f %% of ends |",
                            seeds.count(), seeds.trials(), interval(seeds),
                            100 * endPointShare(r, c).estimate()));
                });
                s.append(' ').append(pairs(r)).append(" | ").append(r.clusters()).append(" |\n");
            }
        }
        return s.toString();
    }

    private static void header(StringBuilder s, String first, List<String> columns) {
        s.append("| ").append(first).append(" | dynamics |");
        columns.forEach(c -> s.append(' ').append(c).append(" |"));
        s.append(" pairs | clusters |\n|---|---|");
        columns.forEach(c -> s.append("---|"));
        s.append("---|---|\n");
    }

    private static String pairs(OutcomeExperiment.Result r) {
        return distinctPairs(r, Integer.MAX_VALUE) + " (" + distinctPairs(r, BUDGET) + " in the first "
                + Math.min(BUDGET, r.endPoints()) + " ends)";
    }

    private static String interval(Share s) {
        return String.format(Locale.ROOT, "[%.0f, %.0f] %%", 100 * s.lower(), 100 * s.upper());
    }

    /**
     * Prints the tables: {@code [quick|figure|full] [THREADS]} (default full on all processors),
     * the main rows and then the attempts.
     */
    public static void main(String[] args) {
        Scale scale = Scale.FULL;
        if (args.length > 0) {
            try {
                scale = Scale.valueOf(args[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scale = " + args[0]
                        + "; allowed: quick, figure, full", e);
            }
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        List<OutcomeExperiment.Method> methods = new ArrayList<>(methods(scale));
        methods.addAll(attempts(scale));
        System.out.print(markdown(run(methods, threads)));
    }
}
