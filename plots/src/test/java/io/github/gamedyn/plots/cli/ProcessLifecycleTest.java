package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gamedyn} as a separate process, for what only a process shows: signals (audit M11) and
 * a small heap (H1). Gradient descent on the bilinear game with a tiny step spirals out so slowly
 * that it never stops by itself, while streaming its trajectory to the output.
 */
class ProcessLifecycleTest extends QuietTest {
    private static final String[] ENDLESS_RUN = {"optimize", "bilinear", "--optimizer", "gd",
        "--lr", "0.0001", "--steps", "100000000"};

    private static Process start(Path log, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), GamedynCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(log.toFile())
                .redirectError(log.toFile()).start();
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".gamedyn-")).toList();
        }
    }

    /** Waits until the run is writing its temporary file. */
    private static void awaitWriting(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<Path> tmp = temporaryFiles(dir);
            if (!tmp.isEmpty() && Files.size(tmp.get(0)) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no temporary file appeared in " + dir);
    }

    private static void killedWhileWritingLeavesNothing(Path work, String signal, int exitCode)
            throws Exception {
        Path dir = Files.createDirectory(work.resolve(signal));
        Process p = start(work.resolve(signal + ".log"), "-Xmx64m",
                with(ENDLESS_RUN, "--out", dir.resolve("run.csv").toString()));
        try {
            awaitWriting(dir);
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid()))
                    .start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), signal + ": the run did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(exitCode, p.exitValue(), signal);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), signal + ": files left");
        }
    }

    /** M11: kill -TERM while the output is being written used to leave its temporary file. */
    @Test
    void terminatedWhileWritingLeavesNoTemporaryFile(@TempDir Path work) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs kill(1) and Linux signals");
        killedWhileWritingLeavesNothing(work, "TERM", 143);
    }

    /** M11: the same for Ctrl-C. */
    @Test
    void interruptedWhileWritingLeavesNoTemporaryFile(@TempDir Path work) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs kill(1) and Linux signals");
        // a process started with SIGINT ignored (a background job) passes that on to its children
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0").substring(7)
                .strip();
        assumeFalse((Long.parseLong(ignored, 16) & 2) != 0, "SIGINT is ignored here");
        killedWhileWritingLeavesNothing(work, "INT", 130);
    }

    /**
     * H1: the trajectory was kept in memory before the CSV was written, so a long run with
     * {@code --out} ran out of heap; streamed, 300 000 steps fit in 16 MB.
     */
    @Test
    void aLongTrajectoryIsStreamedInASmallHeap(@TempDir Path work) throws Exception {
        Path csv = work.resolve("run.csv");
        Process p = start(work.resolve("log"), "-Xmx16m", "optimize", "bilinear", "--optimizer",
                "gd", "--lr", "0.0001", "--steps", "300000", "--out", csv.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(work.resolve("log")));
        try (Stream<String> lines = Files.lines(csv)) {
            assertEquals(300_002, lines.count());
        }
        assertEquals(List.of(), temporaryFiles(work));
    }
}
