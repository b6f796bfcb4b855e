package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base class that fails any test writing to standard output or error: tests talk through asserts. */
abstract class QuietTest {

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
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "test wrote to stdout/stderr");
    }
}
