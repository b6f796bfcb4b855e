package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.equilibrium.PointAnalysis;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTreeJson;
import io.github.gamedyn.zoo.GameProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A game from outside the zoo, the stag hunt of {@code examples/StagHunt.java}, reached from the
 * command line as a {@code --game-file} and as a plugin jar built here: every command gives what
 * the same game built in Java gives, bit for bit; bad plugins and sources fail in one line.
 */
class ExternalGamesTest extends QuietTest {
    /** Surefire runs in the module directory, plots/. */
    static final Path SOURCE = Path.of("..", "examples", "StagHunt.java");

    @TempDir
    static Path dir;
    private static Path jar;

    /** The stag hunt of the example, written here again with the builder. */
    static Game stagHunt(double stag, double hare) {
        double mixed = Math.log(hare / (stag - hare));
        return Game.builder("stag-hunt")
                .player("hunter1", 1)
                .player("hunter2", 1)
                .losses(tape -> {
                    Var p = tape.block(0).sigmoid();
                    Var q = tape.block(1).sigmoid();
                    Var both = p.times(q).times(stag);
                    return new Var[] {both.plus(p.negate().plus(1).times(hare)).negate(),
                        both.plus(q.negate().plus(1).times(hare)).negate()};
                })
                .strategyMap(StrategyMap.sigmoid("stag", "hare"))
                .defaultPoint(mixed, mixed)
                .build();
    }

    /** What the README tells a user to do: compile, list the provider, jar. */
    @BeforeAll
    static void buildThePluginJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                classes.toString(), "-classpath", String.join(File.pathSeparator,
                        System.getProperty("java.class.path"), location(GameProvider.class),
                        location(Game.class)),
                SOURCE.toString());
        assertEquals(0, status, "javac examples/StagHunt.java");
        jar = jar(dir.resolve("stag-hunt.jar"), classes, "example.StagHunt");
    }

    private static String location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation().getPath();
    }

    /** A jar of {@code classes} whose services file lists {@code providers}. */
    static Path jar(Path file, Path classes, String providers) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
            j.putNextEntry(new JarEntry("META-INF/services/" + GameProvider.class.getName()));
            j.write((providers + "\n").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return file;
    }

    private static Cli ok(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        return cli;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Cli cli) {
        return (Map<String, Object>) MiniJson.parse(cli.out());
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(x -> (Double) x).toArray();
    }

    @Test
    void analyzeGivesTheReportOfTheJavaGame() {
        String expected = new PointAnalysis(stagHunt(4, 3), stagHunt(4, 3).defaultPoint())
                .toJson("stag-hunt");
        assertEquals(expected, ok("analyze", "stag-hunt", "--game-file", SOURCE.toString(),
                "--json").out().strip());
        assertEquals(expected, ok("analyze", "stag-hunt", "--classpath", jar.toString(), "--json")
                .out().strip());
        assertTrue(expected.contains("\"classification\":\"saddle\""), expected);
        Game java = stagHunt(5, 2);
        double[] w = {1, -2};
        assertEquals(new PointAnalysis(java, w).toJson("stag-hunt:stag=5,hare=2"),
                ok("analyze", "stag-hunt:stag=5,hare=2", "--classpath", jar.toString(), "--at",
                        "1,-2", "--json").out().strip());
    }

    @Test
    void optimizeEndsWhereTheJavaGameEnds() {
        Optimizer opt = OptimizerSpec.parse("gd:alpha=1").create(stagHunt(4, 3),
                new double[] {1.5, 1.5});
        for (int t = 0; t < 300; t++) {
            opt.step();
        }
        for (String[] source : new String[][] {{"--game-file", SOURCE.toString()},
            {"--classpath", jar.toString()}}) {
            Map<String, Object> r = json(ok("optimize", "stag-hunt", source[0], source[1],
                    "--optimizer", "gd", "--lr", "1", "--at", "1.5,1.5", "--steps", "300", "--json"));
            assertArrayEquals(opt.parameters(), numbers(r.get("finalPoint")), 0);
            assertTrue(numbers(r.get("finalPoint"))[0] > 3, "towards both hunting the stag");
        }
    }

    @Test
    void grrBranchesLikeOnTheJavaGame() {
        String expected = GrrTreeJson.toJson(new GeneralizedRidgeRider(GrrOptions.defaults()
                .withLearningRate(10).withSearch(s -> s.withHorizon(5).withRestarts(2)))
                .run(stagHunt(4, 3)));
        for (String[] source : new String[][] {{"--game-file", SOURCE.toString()},
            {"--classpath", jar.toString()}}) {
            Cli cli = ok("grr", "stag-hunt", source[0], source[1], "--lr", "10", "--horizon",
                    "5", "--restarts", "2", "--json");
            assertEquals(expected, cli.out().strip());
        }
        // the saddle at the mixed Nash branches to both hunting the stag and both hunting hares
        assertTrue(expected.contains("\"reading\":\"(1.000, 1.000)\"")
                && expected.contains("\"reading\":\"(0.000, 0.000)\""), expected);
    }

    @Test
    void lyapunovRadiusAndSpectrumReachThePluginToo() {
        Game java = stagHunt(4, 3);
        double expected = new TransportedVectorEstimator(new double[] {1, 1})
                .estimate(new GradientDescentMap(java, 2), java.defaultPoint(), 10).value();
        Map<String, Object> r = json(ok("lyapunov", "stag-hunt", "--classpath", jar.toString(),
                "--lr", "2", "--horizon", "10", "--json"));
        assertEquals(expected, (Double) r.get("maxExponent"), 0);

        r = json(ok("radius", "stag-hunt", "--classpath", jar.toString(), "--optimizer", "gd",
                "--grid", "alpha=1:2:2", "--json"));
        List<?> cells = (List<?>) r.get("cells");
        for (int k = 0; k < 2; k++) {
            double rho = LinearisedAnalysis.at(java, OptimizerSpec.parse("gd:alpha=" + (k + 1)),
                    java.defaultPoint()).spectralRadius();
            assertEquals(rho, (Double) ((Map<?, ?>) cells.get(k)).get("spectralRadius"), 1e-15);
        }
        // the two eigenvalues ±9/64 of Ĥ at the mixed Nash, matrix-free
        Map<String, Object> s = json(ok("spectrum", "stag-hunt", "--classpath", jar.toString(),
                "--top", "2", "--json"));
        List<?> lambda = (List<?>) s.get("eigenvalues");
        assertEquals(2, lambda.size());
        for (int k = 0; k < 2; k++) {
            double re = (Double) ((Map<?, ?>) lambda.get(k)).get("re");
            assertEquals(9.0 / 64, Math.abs(re), 1e-14, s.toString());
        }
        // jobs of cells build the plugin game where they run, from the command's class loader
        Cli landscape = ok("lyapunov", "stag-hunt", "--classpath", jar.toString(), "--lr", "2",
                "--horizon", "10", "--grid", "3", "--engine", "local");
        assertEquals(10, landscape.out().lines().count(), landscape.out());
        Cli runs = ok("experiment", "stag-hunt", "--classpath", jar.toString(), "--optimizer",
                "gd:alpha=0.5", "--starts", "4", "--steps", "20");
        assertTrue(runs.out().contains("diverged        0 of 4"), runs.out());
        Cli games = ok("games", "--classpath", jar.toString());
        assertTrue(games.out().contains("stag-hunt - stag hunt, one logit per hunter"), games.out());
        assertTrue(games.out().contains("    hare       default 3        payoff of a hare"),
                games.out());
    }

    /** The commands of the README's "Games of your own", run as written, with what they say. */
    @Test
    void theReadmeCommandsRunAsWritten() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```sh\n./gamedyn analyze stag-hunt --game-file");
        assertTrue(start >= 0, "the README's block of commands");
        List<String> lines = readme.substring(start + 6, readme.indexOf("```", start + 6)).lines()
                .map(l -> l.replaceAll("\\s+#.*$", "")).toList();
        // the jar is built the README's way in buildThePluginJar
        assertEquals(List.of("javac -cp plots/target/gamedyn.jar -d build/stag-hunt "
                        + "examples/StagHunt.java", "mkdir -p build/stag-hunt/META-INF/services",
                "echo example.StagHunt > build/stag-hunt/META-INF/services/"
                        + "io.github.gamedyn.zoo.GameProvider", "jar cf stag-hunt.jar -C build/stag-hunt ."),
                lines.stream().filter(l -> !l.startsWith("./gamedyn ")).toList());
        List<String> says = List.of("classification  saddle", "cluster 1: ", "stag-hunt - stag hunt",
                "final point     [", "\"saturated\":true", "wrote 2500 cells to ");
        List<String> commands = lines.stream().filter(l -> l.startsWith("./gamedyn ")).toList();
        assertEquals(says.size(), commands.size(), commands.toString());
        Path csv = dir.resolve("ftle.csv");
        for (int k = 0; k < commands.size(); k++) {
            String[] args = commands.get(k).substring("./gamedyn ".length()).split("\\s+");
            for (int a = 0; a < args.length; a++) {
                args[a] = switch (args[a]) {
                    case "examples/StagHunt.java" -> SOURCE.toString();
                    case "stag-hunt.jar" -> jar.toString();
                    case "ftle.csv" -> csv.toString();
                    default -> args[a];
                };
            }
            Cli cli = ok(args);
            assertTrue(cli.out().contains(says.get(k)), commands.get(k) + "\n" + cli.out());
        }
        assertEquals(1 + 50 * 50, Files.readAllLines(csv).size());
        assertEquals("p1,p2,w1,w2,value,diverged", Files.readAllLines(csv).get(0));
    }

    private static void assertOneLine(Cli cli, int exitCode, String reason) {
        assertEquals(exitCode, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        assertTrue(cli.err().contains(reason), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void sourcesThatDoNotCompileGiveTheCompilersFirstErrorInOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("Broken.java"), "public class Broken {\n"
                + "    int x = 1\n    int y = undefined;\n}\n");
        assertOneLine(Cli.run("analyze", "broken", "--game-file", broken.toString()), 2,
                "--game-file Broken.java:2: error: ';' expected (see 'gamedyn analyze --help')");
        Path unknown = Files.writeString(dir.resolve("Unknown.java"),
                "public class Unknown { Frobnicator f; }\n");
        assertOneLine(Cli.run("grr", "unknown", "--game-file", unknown.toString()), 2,
                "--game-file Unknown.java:1: error: cannot find symbol; symbol:   class "
                        + "Frobnicator; location: class Unknown");
        Path none = Files.writeString(dir.resolve("NoGame.java"), "public class NoGame {}\n");
        assertOneLine(Cli.run("optimize", "none", "--optimizer", "gd", "--game-file",
                none.toString()), 2, "--game-file NoGame.java defines no public class "
                + "implementing io.github.gamedyn.zoo.GameProvider");
        assertOneLine(Cli.run("analyze", "x", "--game-file", dir.resolve("Missing.java")
                .toString()), 2, "Missing.java is not a readable .java file");
    }

    @Test
    void badPluginsAndClassPathsAreOneLine() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("empty"));
        Path bad = jar(dir.resolve("bad.jar"), classes, "example.Missing");
        assertOneLine(Cli.run("analyze", "stag-hunt", "--classpath", bad.toString()), 2,
                "cannot load a game provider: Provider example.Missing not found");
        assertOneLine(Cli.run("games", "--classpath", bad.toString()), 2,
                "cannot load a game provider");
        assertOneLine(Cli.run("analyze", "stag-hunt", "--classpath", "no/such.jar"), 2,
                "--classpath entry 'no/such.jar' does not exist");
        assertOneLine(Cli.run("analyze", "stag-hunt:hare=5", "--classpath", jar.toString()), 2,
                "game stag-hunt: hare = 5.0, stag = 4.0; allowed: 0 < hare < stag");
        assertOneLine(Cli.run("analyze", "stag-hunt"), 2, "unknown game 'stag-hunt'");
    }

    @Test
    void aJavaRuntimeWithoutCompilerIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GameFile.compile(SOURCE, null, List.of()));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().startsWith("--game-file needs a Java compiler, and this Java "
                + "runtime (" + System.getProperty("java.version") + " at "), e.getMessage());
        assertTrue(e.getMessage().endsWith(") has none: run gamedyn with a JDK"), e.getMessage());
    }
}
