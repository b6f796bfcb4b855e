package io.github.gamedyn.plots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports every failure of every subcommand as one line {@code gamedyn: error: ...} on standard
 * error, without a stack trace or Java class names: users of a command line need the reason, not
 * the call path. Usage errors (picocli's, and {@link ParameterException}s thrown while running)
 * exit with 2, other failures with 1, and so do {@link Error}s ({@link OutOfMemoryError} in
 * particular) and a standard output that cannot be written.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int USAGE = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        report(command.getErr(), ex.getMessage() + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        String message = ex.getMessage();
        report(command.getErr(), message == null || message.isBlank()
                ? "unexpected failure without a message" : message);
        return FAILURE;
    }

    /** Reports an {@link Error} that escaped a command; returns the exit code. */
    static int handleError(Error e, PrintWriter err) {
        if (e instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            report(err, "out of memory: the run needs more than the Java heap of " + mb + " MB; "
                    + "reduce its size (--grid, --steps, the game's parameters) or raise the heap, "
                    + "e.g. JAVA_TOOL_OPTIONS=-Xmx8g");
        } else if (e instanceof StackOverflowError) {
            report(err, "stack overflow: the computation nested too deeply");
        } else {
            report(err, "internal error: " + (e.getMessage() == null ? "no message"
                    : e.getMessage()));
        }
        return FAILURE;
    }

    /** Reports that standard output could not be written; returns the exit code. */
    static int handleOutputFailure(IOException e, PrintWriter err) {
        String why = e.getMessage() == null ? "input/output error" : e.getMessage();
        report(err, "cannot write standard output: " + why.substring(0, 1).toLowerCase(Locale.ROOT)
                + why.substring(1));
        return FAILURE;
    }

    private static void report(PrintWriter err, String message) {
        err.println("gamedyn: error: " + plain(message));
        err.flush();
    }

    /**
     * One line, without the {@code java.x.SomeException: } prefixes that an exception's message
     * carries when it was built from another exception.
     */
    static String plain(String message) {
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)"
                + "(?::\\s*)?", "").strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
