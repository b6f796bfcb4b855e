package io.github.gamedyn.plots.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports every failure of every subcommand as one line {@code gamedyn: error: ...} on standard
 * error, without a stack trace: users of a command line need the reason, not the call path.
 * Usage errors (picocli's, and {@link ParameterException}s thrown while running) exit with 2,
 * other failures with 1.
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
                ? "unexpected failure (" + ex.getClass().getSimpleName() + ")" : message);
        return FAILURE;
    }

    private static void report(PrintWriter err, String message) {
        err.println("gamedyn: error: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
        err.flush();
    }
}
