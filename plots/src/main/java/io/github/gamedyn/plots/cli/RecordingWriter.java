package io.github.gamedyn.plots.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that remembers the first {@link IOException} of the writer under it. A
 * {@link java.io.PrintWriter} swallows I/O errors (it only sets a flag), so without this a full
 * disk or a closed pipe on standard output would go unnoticed and the command would exit 0.
 */
final class RecordingWriter extends Writer {
    private final Writer target;
    private IOException failure;

    RecordingWriter(Writer target) {
        this.target = target;
    }

    /** The first failure, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        try {
            target.write(buffer, offset, length);
        } catch (IOException e) {
            throw recorded(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            target.flush();
        } catch (IOException e) {
            throw recorded(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            target.close();
        } catch (IOException e) {
            throw recorded(e);
        }
    }

    private IOException recorded(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
