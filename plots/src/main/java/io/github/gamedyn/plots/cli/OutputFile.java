package io.github.gamedyn.plots.cli;

import io.github.gamedyn.plots.output.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a command's file output (CSV tables, JSON trees) whole or not at all, through
 * {@link AtomicFile}.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Writes {@code text} to {@code file}.
     *
     * @throws UncheckedIOException saying which file could not be written and why
     */
    static void write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
