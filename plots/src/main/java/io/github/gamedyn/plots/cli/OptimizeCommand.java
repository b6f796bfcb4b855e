package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.StartingPoints;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn optimize GAME --optimizer SPEC [--at ... | --seed S] [--steps N] [--out run.csv]
 * [--json]}: runs an optimiser and reports where it ends, see {@link RunReport}.
 */
@Command(name = "optimize",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs an optimiser of 'gamedyn optimizers' on a game and reports the final point, "
                    + "the losses there, whether the run diverged and, when it ends at a fixed "
                    + "point, the spectral radius of the linearised update there.",
            "The spectral radius rho is that of the optimiser's augmented update (parameters and "
                    + "buffers) linearised at the final point with zero buffers. It is reported "
                    + "only when the final point is a fixed point (|xi| <= 1e-8 max(1, |H|_F |w|), "
                    + "the rule of 'gamedyn analyze'), no strategy is saturated (an action with "
                    + "probability <= 1e-6, for games with mixed strategies) and a fixed point is "
                    + "near (the Newton step |H^+ xi| <= 1e-6 max(1, |w|), which rules out "
                    + "plateaus such as a saturated discriminator); otherwise it is null (JSON) "
                    + "or '-' (text) with the reason.",
            "A run that diverges (a non-finite state, direction, loss or xi, or |w_i| > 1e12, "
                    + "checked at every step) is not an error: it stops there, reports diverged "
                    + "= true with the step, the player and the last finite state, and exits "
                    + "with 0. Numbers are never NaN. A start point where the losses or xi are "
                    + "not finite is a usage error.",
            "With --out, the recorded trajectory as CSV (columns step, w1..wd, loss1..lossn, "
                    + "xi_norm, distance; distance to the fixed point Newton's method finds from "
                    + "the game's default point, empty when it finds none), streamed while the "
                    + "run goes on and written whole or not at all."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn optimize dirac-gan --optimizer complex-momentum --lr 0.1 --beta 0.9@0.3927 "
                    + "--at 1,1 --steps 2000",
            "  gamedyn optimize dirac-gan --optimizer heavy-ball --beta 0.9 --at 1,1 --json",
            "  gamedyn optimize bilinear:dim=2 --optimizer 'extragradient:alpha=0.3' --seed 7 "
                    + "--out run.csv",
            "  gamedyn optimize matching-pennies --optimizer gd --schedule alternating --at 1,1"})
final class OptimizeCommand implements Runnable {

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

    @Option(names = "--at", paramLabel = "W1,W2,...",
            description = "the start point (default: the game's default point)")
    private String at;

    @Option(names = "--seed", paramLabel = "S",
            description = "draw the start point from N(0, 1) per coordinate with this seed "
                    + "(instead of --at)")
    private Long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000",
            description = "number of steps, >= 1 (default 1000)")
    private int steps;

    @Option(names = "--every", paramLabel = "K",
            description = "with --out: record every K-th step (and the first and last), "
                    + "default 1")
    private Integer every;

    @Option(names = "--out", paramLabel = "FILE", description = "write the trajectory CSV here")
    private Path out;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Override
    public void run() {
        Game g;
        OptimizerSpec s;
        double[] w0;
        OutputFile target;
        try {
            g = sources.create(game);
            s = optimizer.spec();
            w0 = start(g);
            if (steps < 1) {
                throw new IllegalArgumentException("--steps = " + steps + "; allowed: >= 1");
            }
            if (every != null && out == null) {
                throw new IllegalArgumentException("--every without --out has no effect; allowed: "
                        + "--every with --out (it sets which steps the CSV records)");
            }
            if (every != null && every < 1) {
                throw new IllegalArgumentException("--every = " + every + "; allowed: >= 1");
            }
            target = OutputFile.of(out, "--out");
            // Newton's method for the reference point and the analysis of the final point
            JacobianBudget.require(g, game, LinearisedAnalysis.fixedState(g, s, w0).length, 1,
                    "the analysis of the final point");
            TrajectoryRecorder.requireFiniteStart(g, w0);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        FixedPointResult reference = FixedPoints.fromDefaultPoint(g);
        double[] ref = reference.converged() ? reference.point() : null;
        Optimizer opt = s.create(g, w0);
        RunResult result;
        if (target == null) {
            result = new TrajectoryRecorder(steps).run(opt, steps, ref);
        } else {
            RunResult[] streamed = new RunResult[1];
            target.write(w -> {
                TrajectoryCsv csv = new TrajectoryCsv(w, g.dimension(), g.players().size());
                streamed[0] = new TrajectoryRecorder(every == null ? 1 : every)
                        .run(opt, steps, ref, csv::row);
            });
            result = streamed[0];
        }
        RunReport report = RunReport.of(game, g, s, w0, result);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(json ? report.json() : report.text());
        stdout.flush();
    }

    private double[] start(Game g) {
        if (at != null && seed != null) {
            throw new IllegalArgumentException("--at and --seed both given; allowed: one of them");
        }
        if (seed != null) {
            return StartingPoints.gaussian(g.dimension(), 0, 1, seed);
        }
        return at == null ? g.defaultPoint() : PointParser.parse(at, g, game);
    }
}
