package io.github.gamedyn.plots.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code gamedyn} in-process with captured standard output and error.
 *
 * @param exitCode the command's exit code
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int code = GamedynCommand.commandLine(outWriter, errWriter).execute(args);
        outWriter.flush();
        errWriter.flush();
        return new Cli(code, out.toString(), err.toString());
    }
}
