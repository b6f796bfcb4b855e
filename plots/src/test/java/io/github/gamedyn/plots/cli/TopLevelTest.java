package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.testing.QuietTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What escapes every command still ends as one line and exit 1 (audit H1, M10). */
class TopLevelTest extends QuietTest {

    /** Standard output on a full disk, like {@code > /dev/full}. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    /** M10: {@code gamedyn analyze matching-pennies --json > /dev/full} exited 0. */
    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        for (String[] args : new String[][] {{"analyze", "matching-pennies", "--json"},
            {"games"}, {"optimizers", "--json"}}) {
            StringWriter err = new StringWriter();
            int code = GamedynCommand.run(args, new FullDisk(), err);
            assertEquals(1, code, String.join(" ", args));
            assertEquals("gamedyn: error: cannot write standard output: no space left on device"
                    + System.lineSeparator(), err.toString());
        }
    }

    @Command(name = "heavy")
    static final class Heavy implements Runnable {
        private final Error error;

        Heavy(Error error) {
            this.error = error;
        }

        @Override
        public void run() {
            throw error;
        }
    }

    private static String failure(Error error) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RecordingWriter stdout = new RecordingWriter(out);
        PrintWriter o = new PrintWriter(stdout);
        PrintWriter e = new PrintWriter(err);
        CommandLine cli = GamedynCommand.configure(new CommandLine(new Heavy(error)), o, e);
        assertEquals(1, GamedynCommand.execute(cli, new String[0], stdout, o, e));
        assertEquals("", out.toString());
        return err.toString();
    }

    /**
     * H1: picocli hands only Exceptions to the error handler; an OutOfMemoryError escaped with
     * its stack trace.
     */
    @Test
    void errorsAreOneLineToo() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals("gamedyn: error: out of memory: the run needs more than the Java heap of "
                + mb + " MB; reduce its size (--grid, --steps, the game's parameters) or raise "
                + "the heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g" + System.lineSeparator(),
                failure(new OutOfMemoryError("Java heap space")));
        assertEquals("gamedyn: error: stack overflow: the computation nested too deeply"
                + System.lineSeparator(), failure(new StackOverflowError()));
        assertEquals("gamedyn: error: internal error: no message" + System.lineSeparator(),
                failure(new AssertionError()));
    }

    /** A message built from another exception loses the class-name prefix. */
    @Test
    void classNamesAreRemovedFromMessages() {
        assertEquals("cannot write x: /p/x: Is a directory", ErrorReporter.plain(
                "cannot write x: java.nio.file.FileSystemException: /p/x: Is a directory"));
        assertEquals("a worker thread failed: boom", ErrorReporter.plain(
                "a worker thread failed: java.lang.IllegalStateException: boom"));
        assertEquals("game bilinear: dim = 0; allowed: ≥ 1 over two lines", ErrorReporter.plain(
                "game bilinear: dim = 0; allowed: ≥ 1\n  over two lines"));
    }
}
