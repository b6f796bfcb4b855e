package io.github.gamedyn.plots.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python package's tests ({@code python/tests}, pytest) against the shaded jar this build has
 * just made. They need Debian's {@code python3-jpype}, {@code python3-numpy} and
 * {@code python3-pytest} for {@code /usr/bin/python3} ({@code .ci/run} installs them); where these
 * are missing the test is skipped, except in CI ({@code CI} set), where it fails.
 */
class PythonPackageIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    // failsafe runs in the module directory: plots/
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("gamedyn-pytest", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("GAMEDYN_JAR", ROOT.resolve("plots/target/gamedyn.jar").toString());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, "timed out after 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private record Result(int exitCode, String output) {
    }

    @Test
    void thePythonTestsPass() throws Exception {
        boolean available = Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c",
                "import jpype, numpy, pytest")).exitCode() == 0;
        if (System.getenv("CI") == null) {
            assumeTrue(available, "python3 with jpype, numpy and pytest is not installed");
        }
        Result r = run(List.of(PYTHON.toString(), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                "python/tests"));
        assertEquals(0, r.exitCode(), r.output());
    }
}
