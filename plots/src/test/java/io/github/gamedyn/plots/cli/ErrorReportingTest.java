package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorReportingTest extends QuietTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(new String[] {"analyze", "no-such-game"}, 2, "unknown game 'no-such-game'"),
                Arguments.of(new String[] {"analyze", "bilinear:size=3"}, 2, "no parameter 'size'"),
                Arguments.of(new String[] {"analyze", "bilinear:dim=x"}, 2, "dim = 'x'"),
                Arguments.of(new String[] {"analyze", "bilinear:dim=0"}, 2, "dim = 0"),
                Arguments.of(new String[] {"analyze", "bilinear:dim"}, 2, "key=value"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "1,2,3"}, 2,
                        "--at has 3 coordinates"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "1"}, 2,
                        "--at has 1 coordinate"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "1,x"}, 2,
                        "coordinate 2 of '1,x' is 'x', not a number"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "1,"}, 2,
                        "not a number"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "NaN,0"}, 2,
                        "'NaN', not a number"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "Infinity,0"}, 2,
                        "not a number"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--at", "1e999,0"}, 2,
                        "not finite"),
                Arguments.of(new String[] {"analyze"}, 2, "GAME"),
                Arguments.of(new String[] {"analyze", "matching-pennies", "--bogus"}, 2, "--bogus"),
                Arguments.of(new String[] {"frobnicate"}, 2, "frobnicate"),
                Arguments.of(new String[] {}, 2, "missing command"),
                Arguments.of(new String[] {"analyze", "bilinear:a=1e300", "--at", "1e300,0"}, 1,
                        "not finite"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void oneLineOnStandardErrorAndTheRightExitCode(String[] args, int exitCode, String reason) {
        Cli cli = Cli.run(args);
        assertEquals(exitCode, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("gamedyn: error: "), cli.err());
        assertTrue(cli.err().contains(reason), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }
}
