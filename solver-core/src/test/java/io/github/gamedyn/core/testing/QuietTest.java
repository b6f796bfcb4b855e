package io.github.gamedyn.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base class of tests that must stay silent: fails a test that writes to the real standard output or
 * error (tests talk through asserts; the command line under test writes only to the writers it is
 * given; Spark, too, must write nothing). Shared by every module through solver-core's test jar.
 */
public abstract class QuietTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    @BeforeEach
    void captureOutput() {
        out = System.out;
        err = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    @AfterEach
    void failOnOutput() {
        System.setOut(out);
        System.setErr(err);
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "the test wrote to System.out or System.err");
    }
}
