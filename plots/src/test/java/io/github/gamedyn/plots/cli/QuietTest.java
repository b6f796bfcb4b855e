package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every test here: fails a test that writes to the real standard output or error, since
 * the command line under test must write only to the writers it is given, and tests talk
 * through asserts.
 */
abstract class QuietTest {
    private PrintStream realOut;
    private PrintStream realErr;
    private final ByteArrayOutputStream leaked = new ByteArrayOutputStream();

    @BeforeEach
    void captureStandardStreams() {
        realOut = System.out;
        realErr = System.err;
        PrintStream trap = new PrintStream(leaked, true, StandardCharsets.UTF_8);
        System.setOut(trap);
        System.setErr(trap);
    }

    @AfterEach
    void requireSilence() {
        System.setOut(realOut);
        System.setErr(realErr);
        assertEquals("", leaked.toString(StandardCharsets.UTF_8),
                "the test wrote to System.out or System.err");
    }
}
