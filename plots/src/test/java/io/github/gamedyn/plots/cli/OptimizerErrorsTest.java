package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to optimize and radius: one line on standard error, exit 2, nothing on stdout. */
class OptimizerErrorsTest extends QuietTest {

    private static String[] optimize(String... more) {
        return Stream.concat(Stream.of("optimize", "dirac-gan"), Stream.of(more))
                .toArray(String[]::new);
    }

    private static String[] radius(String grid) {
        return new String[] {"radius", "bilinear", "--optimizer", "gd", "--grid", grid};
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(optimize("--optimizer", "nesterov"), "method = nesterov; allowed: gd"),
                Arguments.of(optimize("--optimizer", "gd:alpha"), "'alpha' is not of the form key=value"),
                Arguments.of(optimize("--optimizer", "gd:alpha=-1"), "alpha = -1.0 for gd"),
                Arguments.of(optimize("--optimizer", "heavy-ball", "--beta", "0.9@"),
                        "--beta '0.9@'; allowed: MAG@ANGLE"),
                Arguments.of(optimize("--optimizer", "heavy-ball", "--beta", "1,2,3"),
                        "--beta '1,2,3'"),
                Arguments.of(optimize("--optimizer", "heavy-ball", "--beta", "x"), "--beta 'x'"),
                Arguments.of(optimize("--optimizer", "complex-momentum", "--beta=-0.9@1"),
                        "magnitude -0.9"),
                Arguments.of(optimize("--optimizer", "heavy-ball", "--beta", "0.5,0.5"),
                        "--beta: beta = 0.5+0.5i for heavy-ball; allowed: a real number in (-1, 1)"),
                Arguments.of(optimize("--optimizer", "complex-momentum", "--beta", "1@0"),
                        "|z| < 1"),
                Arguments.of(optimize("--optimizer", "gd", "--beta", "0.5"),
                        "--beta: hyperparameter beta for gd"),
                Arguments.of(optimize("--optimizer", "consensus", "--lr", "0"), "alpha = 0.0"),
                Arguments.of(optimize("--optimizer", "cgd", "--schedule", "alternating"),
                        "schedule = alternating for cgd; allowed: simultaneous"),
                Arguments.of(optimize("--optimizer", "cgd:schedule=alternating"),
                        "schedule = alternating for cgd"),
                Arguments.of(optimize("--optimizer", "gd", "--schedule", "sequential"),
                        "--schedule 'sequential'; allowed: simultaneous, alternating"),
                Arguments.of(optimize("--optimizer", "gd", "--steps", "0"),
                        "--steps = 0; allowed: >= 1"),
                Arguments.of(optimize("--optimizer", "gd", "--every", "0", "--out", "unused.csv"),
                        "--every = 0"),
                Arguments.of(optimize("--optimizer", "gd", "--every", "5"),
                        "--every without --out has no effect"),
                Arguments.of(optimize("--optimizer", "gd", "--at", "1"), "--at has 1 coordinate"),
                Arguments.of(optimize("--optimizer", "gd", "--at", "1,1", "--seed", "3"),
                        "--at and --seed both given"),
                Arguments.of(optimize(), "--optimizer"),
                Arguments.of(new String[] {"optimize", "no-game", "--optimizer", "gd"},
                        "unknown game 'no-game'"),
                Arguments.of(radius("alpha"), "--grid axis 'alpha'; allowed: "
                        + "HYPERPARAMETER[.PART]=FROM:TO:COUNT"),
                Arguments.of(radius("alpha=0:1"), "--grid axis 'alpha=0:1'"),
                Arguments.of(radius("alpha.phase=0:1:3"), "part 'phase'; allowed: real"),
                Arguments.of(radius("alpha=0.1:1:0"), "COUNT = 0"),
                Arguments.of(radius("alpha=0.1:1:1"), "1 with FROM = TO"),
                Arguments.of(radius("alpha=0.1:1:2,alpha=0.1:1:2"), "alpha.real given twice"),
                Arguments.of(radius("alpha=0.1:1:2,alpha.modulus=0.1:1:2"),
                        "Cartesian (real, imaginary) or polar"),
                Arguments.of(radius("alpha=.1:1:2,alpha.imaginary=0:1:2,x=1:2:2,y=1:2:2"),
                        "has 4 axes; allowed: 1 to 3"),
                Arguments.of(radius("alpha=0.1:1:4000,alpha.imaginary=0:1:4000"),
                        "more than 10000000 cells"),
                Arguments.of(radius("beta=0:1:3"), "hyperparameter beta for gd"),
                Arguments.of(radius("alpha=0:1:3"), "--grid: a cell has alpha = 0.0 for gd"),
                Arguments.of(new String[] {"radius", "bilinear", "--optimizer", "gd"}, "--grid"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void oneLineAndExitTwo(String[] args, String reason) {
        Cli cli = Cli.run(args);
        assertEquals(2, cli.exitCode(), String.join(" ", args) + ": " + cli.err());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        assertTrue(cli.err().contains(reason), cli.err());
    }
}
