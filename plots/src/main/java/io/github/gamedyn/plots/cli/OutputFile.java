package io.github.gamedyn.plots.cli;

import io.github.gamedyn.plots.output.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A command's {@code --out FILE}: checked when the options are read, before anything is computed
 * (so that a typo in the folder does not throw a long run away), then streamed and written whole
 * or not at all through {@link AtomicFile}.
 */
final class OutputFile {
    private final Path path;

    private OutputFile(Path path) {
        this.path = path;
    }

    /** Writes text into a file. */
    @FunctionalInterface
    interface Text {
        void write(Writer out) throws IOException;
    }

    /**
     * The checked target, or null when the option was not given.
     *
     * @param option the option's name, for messages
     * @throws IllegalArgumentException (a usage error) if it is empty or cannot be written, saying
     *     why in plain words
     */
    static OutputFile of(Path path, String option) {
        if (path == null) {
            return null;
        }
        if (path.toString().isBlank()) {
            throw new IllegalArgumentException(option + " is empty; allowed: a file name");
        }
        try {
            AtomicFile.requireWritable(path);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
        return new OutputFile(path);
    }

    /** The file as the user named it. */
    Path path() {
        return path;
    }

    /**
     * Streams UTF-8 text into the file.
     *
     * @throws UncheckedIOException saying which file could not be written and why
     */
    void write(Text text) {
        try {
            AtomicFile.write(path, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                text.write(w);
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
