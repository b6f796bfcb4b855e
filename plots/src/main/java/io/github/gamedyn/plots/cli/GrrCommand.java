package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrProgress;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.ridge.grr.GrrTreeJson;
import io.github.gamedyn.ridge.grr.GrrTreeText;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn grr GAME [--lr ..] [--horizon ..] [--restarts ..] [--seed ..] [--json]
 * [--out tree.json]}: Generalized Ridge Rider with simultaneous gradient descent as the learning
 * map, end points clustered by the game's own behaviour descriptor ({@link Game#behaviour()}).
 * Every default is {@link GrrOptions#defaults()}'s, read by {@link Defaults}; an option left out
 * leaves its setting there.
 */
@Command(name = "grr",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        defaultValueProvider = GrrCommand.Defaults.class,
        description = {
            "Generalized Ridge Rider: finds bifurcation points of gradient descent by maximising "
                    + "a finite-time Lyapunov exponent over starting points, branches along the "
                    + "eigenvectors of the game Jacobian there (+-v for real eigenvalues, +-Re v "
                    + "and +-Im v for complex pairs), follows each branch and clusters the end "
                    + "points by behaviour.",
            "End points are clustered by the game's own behaviour descriptor: probabilities "
                    + "for games with a strategy map, per-step losses, visits and each policy's "
                    + "response to ALLC, ALLD, TFT, GRIM and itself for ipd (clusters named by "
                    + "the nearest of ALLC, ALLD, TFT, GRIM, WSLS), modes covered for small-gan, "
                    + "else the parameters. On a terminal, progress shows on stderr and is erased "
                    + "when done, so that a failure leaves one line there."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn grr small-ipd",
            "  gamedyn grr mixed-ipd-pennies --lr 1 --horizon 100 --json",
            "  gamedyn grr small-ipd --follower heavy-ball:alpha=5,beta=0.5",
            "  gamedyn grr small-ipd --map complex-momentum:alpha=5,beta=0.5@0.4 --json",
            "  gamedyn grr small-ipd --search nelder-mead --map lola:alpha=5",
            "  gamedyn grr ipd:scaled=true --lr 10 --restarts 4 --seed 2 --out tree.json"})
final class GrrCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

    @Option(names = "--lr", paramLabel = "ALPHA",
            description = "learning rate of gradient descent, the search's map and the follower "
                    + "unless --map or --follower say otherwise (default ${DEFAULT-VALUE})")
    private double lr;

    @Option(names = "--horizon", paramLabel = "K",
            description = "horizon of the Lyapunov objective (default ${DEFAULT-VALUE}; aim for "
                    + "lr*K*|lambda| of 5 to 10)")
    private int horizon;

    @Option(names = "--restarts", paramLabel = "N",
            description = "seeded restarts of the bifurcation search (default ${DEFAULT-VALUE})")
    private int restarts;

    @Option(names = "--seed", paramLabel = "S", description = "seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--branches", paramLabel = "N",
            description = "branch budget per bifurcation point (default ${DEFAULT-VALUE})")
    private int branches;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "size of the step off a bifurcation point along a branch (default "
                    + "${DEFAULT-VALUE})")
    private double epsilon;

    @Option(names = "--depth", paramLabel = "D",
            description = "levels of branching (default ${DEFAULT-VALUE})")
    private int depth;

    @Option(names = "--follower", paramLabel = "SPEC",
            description = "optimiser that follows the branches, a spec of 'gamedyn optimizers' "
                    + "(default: gradient descent with --lr)")
    private String follower;

    @Option(names = "--search", paramLabel = "METHOD",
            description = "gradient (exact gradient ascent) or nelder-mead (derivative-free) "
                    + "(default ${DEFAULT-VALUE})")
    private String search;

    @Option(names = "--map", paramLabel = "SPEC",
            description = "optimiser whose update is the learning map of the search and of "
                    + "branch stability (default: gradient descent with --lr); exact gradient "
                    + "ascent for rules that reach the game through xi only, else --search "
                    + "nelder-mead")
    private String searchMap;

    @Option(names = "--ride", paramLabel = "N",
            description = "ride the tracked eigenvector for up to N further steps of size "
                    + "epsilon before following (default ${DEFAULT-VALUE})")
    private int rideSteps;

    @Option(names = "--json", description = "print the tree as one JSON object")
    private boolean json;

    @Option(names = "--out", paramLabel = "FILE",
            description = "also write the tree as JSON here (whole or not at all)")
    private Path out;

    /** The defaults of the options: {@link GrrOptions#defaults()}, printed. */
    static final class Defaults implements IDefaultValueProvider {
        private static final Map<String, String> VALUES;

        static {
            GrrOptions d = GrrOptions.defaults();
            VALUES = Map.of("--lr", num(d.learningRate()), "--horizon",
                    Integer.toString(d.search().horizon()), "--restarts",
                    Integer.toString(d.search().restarts()), "--seed",
                    Long.toString(d.search().seed()), "--branches",
                    Integer.toString(d.branching().maxBranches()), "--epsilon",
                    num(d.branching().perturbation()), "--depth", Integer.toString(d.depth()),
                    "--search", method(d.search().method()), "--ride",
                    Integer.toString(d.branching().rideSteps()));
        }

        @Override
        public String defaultValue(ArgSpec arg) {
            return arg instanceof OptionSpec o ? VALUES.get(o.longestName()) : null;
        }

        private static String num(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }

        private static String method(GrrOptions.Search.Method m) {
            return m == GrrOptions.Search.Method.GRADIENT_ASCENT ? "gradient" : "nelder-mead";
        }
    }

    @Mixin
    private EngineOptions engine;

    @Override
    public void run() {
        Game g;
        BehaviourDescriptor behaviour;
        GrrOptions options;
        OutputFile target;
        try {
            g = sources.create(game);
            target = OutputFile.of(out, "--out");
            JacobianBudget.require(g, game, g.dimension(), Runtime.getRuntime()
                    .availableProcessors(), "the search and the branches");
            behaviour = g.behaviour();
            GrrOptions.Search.Method method = switch (search) {
                case "gradient" -> GrrOptions.Search.Method.GRADIENT_ASCENT;
                case "nelder-mead" -> GrrOptions.Search.Method.NELDER_MEAD;
                default -> throw new IllegalArgumentException("--search '" + search
                        + "' is unknown; allowed: gradient, nelder-mead");
            };
            OptimizerSpec descent = GrrOptions.descent(lr);
            OptimizerSpec map = searchMap == null ? descent : OptimizerSpec.parse(searchMap);
            OptimizerSpec follow = follower == null ? descent : OptimizerSpec.parse(follower);
            options = GrrOptions.defaults()
                    .withSearch(s -> s.withMap(map, method).withHorizon(horizon)
                            .withRestarts(restarts).withSeed(seed))
                    .withBranching(b -> b.withMaxBranches(branches).withPerturbation(epsilon)
                            .withRideSteps(rideSteps))
                    .withFollowing(f -> f.withOptimizer(follow))
                    .withDepth(depth);
            new GeneralizedRidgeRider(options).check(g);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        GrrProgress progress = (stage, done, total) -> {
            if (terminal) {
                err.print(String.format(Locale.ROOT, "\rgrr: %s %d/%d\u001b[K",
                        stage.name().toLowerCase(Locale.ROOT), done, total));
                err.flush();
            }
        };
        GrrTree tree;
        try {
            // with --engine the search's restarts are cells of a job: the same tree
            int threads = Runtime.getRuntime().availableProcessors();
            tree = engine.given() == null
                    ? new GeneralizedRidgeRider(options, threads).run(g, behaviour, progress)
                    : engine.run(sources.loader(), spec.commandLine(), cells ->
                            new GeneralizedRidgeRider(options, threads).run(
                                    new RegisteredGame(game), progress, cells));
        } finally {
            if (terminal) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
        String treeJson = GrrTreeJson.toJson(tree);
        if (target != null) {
            target.write(w -> w.write(treeJson + "\n"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(json ? treeJson : GrrTreeText.format(tree));
        stdout.flush();
    }
}
