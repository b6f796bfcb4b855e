package io.github.gamedyn.plots.cli;

import java.io.StringWriter;

/**
 * Runs {@code gamedyn} in-process, through the same top level as {@code main}, with captured
 * standard output and error.
 *
 * @param exitCode the command's exit code
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GamedynCommand.run(args, out, err);
        return new Cli(code, out.toString(), err.toString());
    }
}
