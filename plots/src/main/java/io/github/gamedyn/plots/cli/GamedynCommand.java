package io.github.gamedyn.plots.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code gamedyn} command line: {@code gamedyn games}, {@code gamedyn analyze GAME},
 * {@code lyapunov}, {@code optimizers}, {@code optimize}, {@code radius}, {@code figures}.
 *
 * <p>Exit codes: 0 success, 2 usage error (unknown game, bad parameter, bad point), 1 any other
 * failure; every error is one line {@code gamedyn: error: ...} on standard error.
 */
@Command(name = "gamedyn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learning dynamics in differentiable games: gradients, game Jacobians, "
                + "spectra and the classification of points.",
        subcommands = {GamesCommand.class, AnalyzeCommand.class, LyapunovCommand.class,
            OptimizersCommand.class, OptimizeCommand.class, RadiusCommand.class,
            FiguresCommand.class, GrrCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn games",
            "  gamedyn analyze matching-pennies",
            "  gamedyn analyze bilinear:dim=2,seed=7 --at 1,0,0,1 --json",
            "  gamedyn optimize dirac-gan --optimizer complex-momentum --at 1,1 --steps 2000",
            "  gamedyn help analyze"})
public final class GamedynCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The command line writing to {@code out} and {@code err}, with the error handling that
     * keeps every failure to one line.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorReporter reporter = new ErrorReporter();
        return new CommandLine(new GamedynCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter);
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: games, analyze, "
                + "lyapunov, optimizers, optimize, radius, grr or figures");
    }
}
