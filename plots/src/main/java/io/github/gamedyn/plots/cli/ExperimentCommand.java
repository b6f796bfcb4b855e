package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.momentum.MultiStartJob;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.BehaviourClustering;
import io.github.gamedyn.ridge.grr.Share;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IpdOutcome;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn experiment GAME --optimizer SPEC --starts N [--seed S] [--steps K] [--engine ...]
 * [--out runs.csv] [--json]}: an optimiser from N random starts, and what the runs end in, as
 * shares with 95 % Wilson intervals.
 */
@Command(name = "experiment",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs an optimiser from N random starts w0 ~ N(0, I), run k drawn with seed S+k (as "
                    + "'gamedyn optimize GAME --optimizer SPEC --seed S+k --steps K' would), and "
                    + "counts what the runs end in: the share of each outcome with its 95 % Wilson "
                    + "score interval.",
            "Outcomes: for the IPD, the outcome of the final policies (mutual-defection, "
                    + "retaliating-cooperation, exploitable-cooperation, other); for every game, "
                    + "clusters of the final points by the game's behaviour descriptor (leader "
                    + "clustering in run order, max-norm within --cluster-tolerance). A run that "
                    + "diverges counts as diverged and joins no cluster; shares are of all N runs.",
            "--out writes every run as CSV (run, seed, w0_1..w0_d, w1..wd, loss1..lossn, "
                    + "xi_norm, steps, diverged, divergence_step, outcome for the IPD, cluster), "
                    + "whole or not at all. The runs are cells of a job: --engine spark runs them "
                    + "on Spark with the same result."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn experiment ipd --optimizer lola:alpha=1 --starts 256 --seed 0",
            "  gamedyn experiment matching-pennies --optimizer gd:alpha=0.1 --starts 100 --json",
            "  gamedyn experiment ipd --optimizer sos:alpha=1 --starts 10000 --engine spark "
                    + "--out runs.csv"})
final class ExperimentCommand implements Runnable {
    /** Clusters listed in the text output; --json and --out list all. */
    static final int TEXT_CLUSTERS = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

    @Mixin
    private OptimizerOptions optimizer;

    @Option(names = "--starts", required = true, paramLabel = "N",
            description = "the number of runs, 1 to " + GridAxes.MAX_CELLS)
    private int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "the seed of run 0; run k starts from seed S+k (default 0)")
    private long seed;

    @Option(names = "--steps", paramLabel = "K", defaultValue = "1000",
            description = "steps per run, >= 0 (default 1000)")
    private int steps;

    @Option(names = "--cluster-tolerance", paramLabel = "T", defaultValue = "0.1",
            description = "max-norm distance of a run's behaviour features to its cluster's "
                    + "leader, finite and >= 0 (default 0.1)")
    private double clusterTolerance;

    @Option(names = "--out", paramLabel = "FILE", description = "write every run as CSV here")
    private Path out;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Mixin
    private EngineOptions engine;

    /** What the runs end in, counted. */
    private record Summary(List<MultiStartJob.Run> runs, IpdOutcome[] outcomes, int[] cluster,
            List<double[]> leaders, int[] clusterCounts, int diverged) {
    }

    @Override
    public void run() {
        Game g;
        OptimizerSpec s;
        MultiStartJob job;
        OutputFile target;
        try {
            g = sources.create(game);
            s = optimizer.spec();
            if (starts < 1 || starts > GridAxes.MAX_CELLS) {
                throw new IllegalArgumentException("--starts = " + starts + "; allowed: 1 to "
                        + GridAxes.MAX_CELLS);
            }
            if (!(clusterTolerance >= 0) || Double.isInfinite(clusterTolerance)) {
                throw new IllegalArgumentException("--cluster-tolerance = " + clusterTolerance
                        + "; allowed: finite and >= 0");
            }
            job = new MultiStartJob(new RegisteredGame(game), s.toString(), seed, starts, steps);
            target = OutputFile.of(out, "--out");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<MultiStartJob.Run> runs = engine.run(sources.loader(), spec.commandLine(),
                cells -> cells.run(job));
        Summary summary = summarise(g, runs);
        if (target != null) {
            target.write(csv -> csv(csv, g, summary));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(json ? json(s, g.behaviour(), summary) : text(s, g.behaviour(), summary));
        stdout.flush();
    }

    /** Outcomes for the IPD, clusters for every game, in run order. */
    private Summary summarise(Game g, List<MultiStartJob.Run> runs) {
        IpdBehaviour ipd = g.behaviour() instanceof IpdBehaviour b ? b : null;
        IpdOutcome[] outcomes = ipd == null ? null : new IpdOutcome[runs.size()];
        int[] cluster = new int[runs.size()];
        BehaviourClustering clustering = new BehaviourClustering(clusterTolerance);
        List<Integer> counts = new ArrayList<>();
        int diverged = 0;
        for (int k = 0; k < runs.size(); k++) {
            MultiStartJob.Run r = runs.get(k);
            if (r.diverged()) {
                diverged++;
                cluster[k] = -1;
                continue;
            }
            if (ipd != null) {
                outcomes[k] = IpdOutcome.classify(r.point(), ipd.gamma());
            }
            cluster[k] = clustering.assign(r.features());
            if (cluster[k] == counts.size()) {
                counts.add(0);
            }
            counts.set(cluster[k], counts.get(cluster[k]) + 1);
        }
        List<double[]> leaders = new ArrayList<>();
        for (int c = 0; c < counts.size(); c++) {
            leaders.add(clustering.leader(c));
        }
        return new Summary(runs, outcomes, cluster, leaders,
                counts.stream().mapToInt(Integer::intValue).toArray(), diverged);
    }

    /** Outcome counts in the enum's order, then diverged. */
    private static Map<String, Integer> outcomeCounts(Summary s) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IpdOutcome o : IpdOutcome.values()) {
            counts.put(label(o), 0);
        }
        for (IpdOutcome o : s.outcomes()) {
            if (o != null) {
                counts.merge(label(o), 1, Integer::sum);
            }
        }
        counts.put("diverged", s.diverged());
        return counts;
    }

    private static String label(IpdOutcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The clusters by decreasing size, ties by first appearance. */
    private static List<Integer> bySize(Summary s) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < s.clusterCounts().length; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -s.clusterCounts()[c])
                .thenComparingInt(c -> c));
        return order;
    }

    private String settings(OptimizerSpec s) {
        return String.format(Locale.ROOT, "%d from N(0, I) starts, seeds %d to %d, %d steps each",
                starts, seed, seed + starts - 1, steps);
    }

    private String text(OptimizerSpec s, BehaviourDescriptor b, Summary summary) {
        StringBuilder sb = new StringBuilder();
        line(sb, "game", game);
        line(sb, "optimizer", s.toString());
        line(sb, "runs", settings(s));
        line(sb, "diverged", summary.diverged() + " of " + starts);
        if (summary.outcomes() != null) {
            line(sb, "outcomes", "of the final policies (95 % Wilson intervals)");
            outcomeCounts(summary).forEach((name, count) -> sb.append(String.format(Locale.ROOT,
                    "  %-26s%7d  %s%n", name, count, new Share(count, starts))));
        }
        int n = summary.clusterCounts().length;
        line(sb, "clusters", n + " of " + b.name() + " within " + clusterTolerance
                + " (max-norm), largest first" + (n > TEXT_CLUSTERS ? "; the " + TEXT_CLUSTERS
                + " largest shown, all in --json and --out" : ""));
        List<Integer> order = bySize(summary);
        for (int c : order.subList(0, Math.min(TEXT_CLUSTERS, n))) {
            int count = summary.clusterCounts()[c];
            sb.append(String.format(Locale.ROOT, "  %-26s%7d  %s  %s%n", "cluster " + c, count,
                    new Share(count, starts), b.format(summary.leaders().get(c))));
        }
        return sb.toString().stripTrailing();
    }

    private String json(OptimizerSpec s, BehaviourDescriptor b, Summary summary) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(game)
                .name("optimizer").value(s.toString())
                .name("starts").value(starts)
                .name("seed").value(Long.toString(seed))
                .name("steps").value(steps)
                .name("divergedCount").value(summary.diverged());
        if (summary.outcomes() != null) {
            json.name("outcomes").beginArray();
            outcomeCounts(summary).forEach((name, count) -> share(json.beginObject()
                    .name("outcome").value(name), count).endObject());
            json.endArray();
        }
        json.name("clusters").beginObject().name("descriptor").value(b.name())
                .name("tolerance").value(clusterTolerance)
                .name("clusterCount").value(summary.clusterCounts().length)
                .name("members").beginArray();
        for (int c : bySize(summary)) {
            share(json.beginObject().name("cluster").value(c), summary.clusterCounts()[c])
                    .name("features").value(summary.leaders().get(c)).endObject();
        }
        return json.endArray().endObject().endObject().toString();
    }

    private JsonWriter share(JsonWriter json, int count) {
        Share share = new Share(count, starts);
        return json.name("count").value(count).name("share").value(share.estimate())
                .name("lower").value(share.lower()).name("upper").value(share.upper());
    }

    /** Streams every run, in run order. */
    private void csv(Writer csv, Game g, Summary s) throws IOException {
        int d = g.dimension();
        StringBuilder sb = new StringBuilder("run,seed");
        for (int i = 1; i <= d; i++) {
            sb.append(",w0_").append(i);
        }
        for (int i = 1; i <= d; i++) {
            sb.append(",w").append(i);
        }
        for (int i = 1; i <= g.players().size(); i++) {
            sb.append(",loss").append(i);
        }
        sb.append(",xi_norm,steps,diverged,divergence_step");
        csv.write(sb.append(s.outcomes() != null ? ",outcome" : "").append(",cluster\n")
                .toString());
        for (int k = 0; k < s.runs().size(); k++) {
            MultiStartJob.Run r = s.runs().get(k);
            sb.setLength(0);
            sb.append(r.index()).append(',').append(r.seed());
            for (double x : r.start()) {
                sb.append(',').append(x);
            }
            for (double x : r.point()) {
                sb.append(',').append(x);
            }
            for (double x : r.losses()) {
                sb.append(',').append(x);
            }
            sb.append(',').append(r.gradientNorm()).append(',').append(r.steps()).append(',')
                    .append(r.diverged() ? 1 : 0).append(',');
            if (r.diverged()) {
                sb.append(r.divergence().step());
            }
            if (s.outcomes() != null) {
                sb.append(',').append(r.diverged() ? "diverged" : label(s.outcomes()[k]));
            }
            sb.append(',');
            if (!r.diverged()) {
                sb.append(s.cluster()[k]);
            }
            csv.write(sb.append('\n').toString());
        }
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
    }
}
