package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failing command of the reliability audit (shared/audits/reliability-2026-12.md), run as
 * a user runs it: the exit code, exactly one line on standard error starting
 * {@code gamedyn: error:} with the reason in it and no Java class name or stack frame, nothing on
 * standard output, and no file or temporary file left in the folder it was told to write to.
 * {@code DIR} in an argument stands for an empty temporary folder holding a file {@code afile}
 * and a folder {@code adir}.
 */
class AuditedCommandsTest extends QuietTest {
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]|[A-Z][A-Za-z]*(Exception|Error)\\b|\\tat |\\.java:");

    /** A bilinear game whose matrix A (two copies) needs more than this JVM's whole heap. */
    private static String bilinearBeyondTheHeap() {
        long n = (long) Math.ceil(Math.sqrt(Runtime.getRuntime().maxMemory() / 16.0)) + 1;
        return "bilinear:dim=" + Math.min(n, 46340);
    }

    static Stream<Arguments> audited() {
        boolean linux = Files.isDirectory(Path.of("/proc/self"));
        Stream<Arguments> cases = Stream.of(
                // H1, M1: sizes that cannot fit are refused before any work
                failing(2, "allowed: at most 2147483639 in one Java array",
                        "analyze", "bilinear:dim=100000"),
                failing(2, "allowed: at most", "optimize", bilinearBeyondTheHeap(),
                        "--optimizer", "gd", "--steps", "1"),
                failing(2, "--grid = 100000; allowed: 2 to 3162 (at most 10000000 cells)",
                        "lyapunov", "matching-pennies", "--lr", "1", "--horizon", "2", "--grid",
                        "100000", "--out", "DIR/x.csv"),
                failing(2, "--grid = 46341; allowed: 2 to 3162", "lyapunov", "matching-pennies",
                        "--lr", "1", "--horizon", "2", "--grid", "46341", "--out", "DIR/x.csv"),
                failing(2, "game small-gan: width = 100000, batch = 256: the networks",
                        "analyze", "small-gan:width=100000"),
                failing(2, "game small-gan: width = 16, batch = 2000000000", "analyze",
                        "small-gan:batch=2000000000"),
                failing(2, "game small-gan:width=300 (dimension 183303): the analysis of Ĥ",
                        "analyze", "small-gan:width=300"),
                // M2: --out failures in plain words, checked before computing (M4)
                failing(2, "cannot write DIR/adir: DIR/adir is a directory", "optimize",
                        "dirac-gan", "--optimizer", "gd", "--steps", "10", "--out", "DIR/adir"),
                failing(2, "cannot write DIR/no/x.csv: folder DIR/no does not exist", "optimize",
                        "dirac-gan", "--optimizer", "gd", "--steps", "10", "--out", "DIR/no/x.csv"),
                failing(2, "cannot write DIR/afile/x.csv: DIR/afile is not a directory",
                        "optimize", "dirac-gan", "--optimizer", "gd", "--out", "DIR/afile/x.csv"),
                failing(2, "cannot write into DIR/afile: DIR/afile is not a directory",
                        "figures", "--quick", "--only", "cm-weights", "--out", "DIR/afile"),
                failing(2, "folder DIR/no does not exist", "radius", "dirac-gan", "--optimizer",
                        "gd", "--grid", "alpha=0.1:1:3", "--out", "DIR/no/r.csv"),
                failing(2, "folder DIR/no does not exist", "lyapunov", "matching-pennies",
                        "--lr", "1", "--horizon", "3", "--grid", "3", "--out", "DIR/no/f.csv"),
                failing(2, "folder DIR/no does not exist", "grr", "small-ipd", "--restarts",
                        "1", "--out", "DIR/no/tree.json"),
                // M3: an empty --out
                failing(2, "--out is empty; allowed: a file name", "optimize", "dirac-gan",
                        "--optimizer", "gd", "--steps", "10", "--out", ""),
                failing(2, "--out is empty", "radius", "dirac-gan", "--optimizer", "gd",
                        "--grid", "alpha=0.1:1:3", "--out", ""),
                failing(2, "--out is empty", "lyapunov", "matching-pennies", "--lr", "1",
                        "--horizon", "3", "--grid", "3", "--out", ""),
                failing(2, "--out is empty; allowed: a folder", "figures", "--quick", "--only",
                        "cm-weights", "--out", ""),
                // M6: keys given twice
                failing(2, "dim given twice", "analyze", "bilinear:dim=2,dim=3"),
                failing(2, "alpha given twice", "optimize", "dirac-gan", "--optimizer",
                        "gd:alpha=0.1,alpha=0.2", "--steps", "10"),
                failing(2, "gamma given twice", "grr", "ipd:gamma=0.5,gamma=0.9", "--restarts",
                        "1"),
                // M7: options that conflict or do nothing
                failing(2, "--out without --grid has no effect", "lyapunov", "matching-pennies",
                        "--lr", "1", "--horizon", "10", "--out", "DIR/f.csv"),
                failing(2, "--json and --grid both given", "lyapunov", "matching-pennies",
                        "--lr", "1", "--horizon", "10", "--grid", "3", "--json"),
                failing(2, "--span without --grid has no effect", "lyapunov", "bilinear:dim=2",
                        "--lr", "1", "--horizon", "10", "--span", "3"),
                failing(2, "--span has no effect with --grid on matching-pennies", "lyapunov",
                        "matching-pennies", "--lr", "1", "--horizon", "10", "--grid", "3",
                        "--span", "3"),
                failing(2, "--at has no effect with --grid on matching-pennies", "lyapunov",
                        "matching-pennies", "--lr", "1", "--horizon", "10", "--grid", "3", "--at",
                        "5,5"),
                failing(2, "--every without --out has no effect", "optimize", "dirac-gan",
                        "--optimizer", "gd", "--steps", "10", "--every", "5"),
                failing(2, "a and seed both given", "analyze", "bilinear:seed=1,a=5"),
                failing(2, "--lr and the --grid axis alpha.real both set alpha", "radius",
                        "bilinear", "--optimizer", "gd", "--lr", "0.1", "--grid", "alpha=0.1:1:3"),
                // M8: no finite best cell; a start outside the game's finite domain
                failing(1, "no cell has a finite spectral radius", "radius", "dirac-gan",
                        "--optimizer", "complex-momentum", "--grid", "alpha=1e300:1e308:3",
                        "--out", "DIR/r.csv"),
                failing(2, "losses [Infinity, Infinity] not finite", "optimize", "tandem",
                        "--optimizer", "gd", "--at", "1e200,1e200", "--steps", "10", "--json"),
                failing(2, "losses [Infinity, Infinity] not finite", "optimize", "tandem",
                        "--optimizer", "adam", "--at", "1e200,1e200", "--steps", "10"),
                // M12: --span
                failing(2, "--span = 0.0; allowed: finite and > 0", "lyapunov", "bilinear:dim=2",
                        "--lr", "0.1", "--horizon", "5", "--grid", "3", "--span", "0"),
                failing(2, "--span = -1.0; allowed: finite and > 0", "lyapunov",
                        "bilinear:dim=2", "--lr", "0.1", "--horizon", "5", "--grid", "3",
                        "--span=-1"),
                failing(2, "'--span': 'NaN' is not a number", "lyapunov", "bilinear:dim=2",
                        "--lr", "0.1", "--horizon", "5", "--grid", "3", "--span", "NaN"),
                failing(2, "'--span': 'Infinity' is not a number", "lyapunov", "bilinear:dim=2",
                        "--lr", "0.1", "--horizon", "5", "--grid", "3", "--span", "Infinity"),
                failing(2, "'--span': '1e309' is not finite", "lyapunov", "bilinear:dim=2",
                        "--lr", "0.1", "--horizon", "5", "--grid", "3", "--span", "1e309"),
                // L1: one strict number syntax
                failing(2, "a = '0x1p3' is not a number", "analyze", "bilinear:a=0x1p3"),
                failing(2, "a = '1d' is not a number", "analyze", "bilinear:a=1d"),
                failing(2, "a = '1f' is not a number", "analyze", "bilinear:a=1f"),
                failing(2, "dim = '２' is not an integer", "analyze", "bilinear:dim=２"),
                failing(2, "dim = '٣' is not an integer", "analyze", "bilinear:dim=٣"),
                failing(2, "an empty parameter (a trailing or doubled comma)", "analyze",
                        "bilinear:dim=2,"),
                failing(2, "alpha = 0x1p-3; allowed", "optimize", "dirac-gan", "--optimizer",
                        "gd:alpha=0x1p-3"),
                failing(2, "'--lr': '0x1p-3' is not a number", "optimize", "dirac-gan",
                        "--optimizer", "gd", "--lr", "0x1p-3"),
                failing(2, "an empty parameter", "optimize", "dirac-gan", "--optimizer",
                        "gd:alpha=0.1,,"),
                failing(2, "'--steps': '５' is not an integer", "optimize", "dirac-gan",
                        "--optimizer", "gd", "--steps", "５"),
                // L2
                failing(2, "--only lists no figure ids", "figures", "--quick", "--only", ",",
                        "--out", "DIR/figs"),
                // L5: messages name the game and the key
                failing(2, "game matching-pennies has no parameter 'foo'; it takes none",
                        "analyze", "matching-pennies:foo=1"),
                failing(2, "game tandem has no parameter 'x'; it takes none", "analyze",
                        "tandem:x=1"),
                failing(2, "game ipd: gamma = 1.0; allowed: 0 ≤ γ < 1", "analyze", "ipd:gamma=1"),
                failing(2, "game quadratic: a[0] = -1.0", "analyze", "quadratic:a=-1"),
                failing(2, "game dirac-gan: penalty = 0.0", "analyze",
                        "dirac-gan:variant=gradient-penalty,penalty=0"));
        Stream<Arguments> system = linux ? Stream.of(
                failing(2, "cannot write /proc/x.csv: folder /proc does not accept new files",
                        "optimize", "dirac-gan", "--optimizer", "gd", "--out", "/proc/x.csv"),
                failing(2, "cannot create folder /proc/figs: folder /proc does not accept new "
                        + "files", "figures", "--quick", "--only", "cm-weights", "--out",
                        "/proc/figs")) : Stream.empty();
        return Stream.concat(cases, system);
    }

    private static Arguments failing(int exitCode, String reason, String... args) {
        return Arguments.of(exitCode, reason, args);
    }

    @ParameterizedTest
    @MethodSource("audited")
    void failsWithOneLineAndLeavesNothing(int exitCode, String reason, String[] args,
            @TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("afile"));
        Files.createDirectory(dir.resolve("adir"));
        String[] resolved = Stream.of(args).map(a -> a.replace("DIR", dir.toString()))
                .toArray(String[]::new);
        Cli cli = Cli.run(resolved);
        String command = String.join(" ", resolved);
        assertEquals(exitCode, cli.exitCode(), command + ": " + cli.err());
        assertEquals("", cli.out(), command);
        assertEquals(1, cli.err().lines().count(), command + ": " + cli.err());
        assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        assertTrue(cli.err().contains(reason.replace("DIR", dir.toString())),
                command + ": " + cli.err());
        assertFalse(CLASS_NAME.matcher(cli.err()).find(), "a Java name in: " + cli.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("adir", "afile"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), command);
        }
    }
}
