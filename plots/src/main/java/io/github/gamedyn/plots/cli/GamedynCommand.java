package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.spec.PlainNumbers;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code gamedyn} command line: {@code gamedyn games}, {@code gamedyn analyze GAME},
 * {@code lyapunov}, {@code optimizers}, {@code optimize}, {@code radius}, {@code figures}.
 *
 * <p>Exit codes: 0 success, 2 usage error (unknown game, bad parameter, bad point), 1 any other
 * failure, an {@link Error} such as {@link OutOfMemoryError} and a standard output that cannot be
 * written included; every error is one line {@code gamedyn: error: ...} on standard error.
 * Numeric options take the plain decimal numbers of {@link PlainNumbers}, like the specs.
 */
@Command(name = "gamedyn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learning dynamics in differentiable games: gradients, game Jacobians, "
                + "spectra and the classification of points.",
        subcommands = {GamesCommand.class, AnalyzeCommand.class, LyapunovCommand.class,
            OptimizersCommand.class, OptimizeCommand.class, RadiusCommand.class,
            ExperimentCommand.class, FiguresCommand.class, GrrCommand.class, SpectrumCommand.class,
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
        // FileOutputStream rather than System.out: a PrintStream hides write errors
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8);
        Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line writing to {@code out} and {@code err}, and returns its exit code:
     * every failure, errors of the JVM and of {@code out} included, is one line on {@code err}.
     */
    static int run(String[] args, Writer out, Writer err) {
        RecordingWriter stdout = new RecordingWriter(out);
        PrintWriter o = new PrintWriter(stdout);
        PrintWriter e = new PrintWriter(err);
        return execute(configure(new CommandLine(new GamedynCommand()), o, e), args, stdout, o, e);
    }

    /**
     * Executes {@code cli}, turning an {@link Error} and a failure of standard output into one
     * line on {@code err} and exit code 1.
     *
     * @param stdout what {@code out} writes through, to learn of its failures
     */
    static int execute(CommandLine cli, String[] args, RecordingWriter stdout, PrintWriter out,
            PrintWriter err) {
        int code;
        try {
            code = cli.execute(args);
        } catch (Error error) {
            code = ErrorReporter.handleError(error, err);
        }
        out.flush();
        if (stdout.failure() != null) {
            code = ErrorReporter.handleOutputFailure(stdout.failure(), err);
        }
        err.flush();
        return code;
    }

    /**
     * Sets the writers, the error handlers that keep every failure to one line and the strict
     * number converters of {@code cli}.
     */
    static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        ErrorReporter reporter = new ErrorReporter();
        cli.setOut(out).setErr(err).setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter);
        ITypeConverter<Double> real = text -> strict(() -> PlainNumbers.real(text));
        ITypeConverter<Integer> integer = text -> strict(() -> PlainNumbers.integer(text));
        ITypeConverter<Long> longInteger = text -> strict(() -> PlainNumbers.longInteger(text));
        cli.registerConverter(Double.class, real).registerConverter(double.class, real)
                .registerConverter(Integer.class, integer).registerConverter(int.class, integer)
                .registerConverter(Long.class, longInteger).registerConverter(long.class, longInteger);
        return cli;
    }

    /** The number, or picocli's conversion error with the reason (no exception class name). */
    private static <T> T strict(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: games, analyze, "
                + "lyapunov, optimizers, optimize, radius, experiment, grr or figures");
    }
}
