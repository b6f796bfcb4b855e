package io.github.gamedyn.spark;

import io.github.gamedyn.core.engine.CellFailedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.List;

/**
 * What one range of cells sends back to the driver: its results, serialised as one array, or its
 * first failing cell, or the failure of the whole job (its kernel could not be built).
 */
final class RangeResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] results;
    private final int cell;
    private final String message;
    private final boolean invalidArgument;

    private RangeResult(byte[] results, int cell, String message, boolean invalidArgument) {
        this.results = results;
        this.cell = cell;
        this.message = message;
        this.invalidArgument = invalidArgument;
    }

    static RangeResult of(byte[] results) {
        return new RangeResult(results, -1, null, false);
    }

    /** Cell {@code cell} failed; {@code message} is the job's line naming it. */
    static RangeResult cellFailure(int cell, String message, boolean invalidArgument) {
        return new RangeResult(null, cell, message, invalidArgument);
    }

    /** The job failed before any cell ran (its kernel could not be built). */
    static RangeResult jobFailure(String message, boolean invalidArgument) {
        return new RangeResult(null, -1, message, invalidArgument);
    }

    /**
     * Throws the failure this range reports, as the local engine would have: a
     * {@link CellFailedException} for a cell, the exception of the kernel otherwise.
     */
    void rethrow() {
        if (message == null) {
            return;
        }
        if (cell >= 0) {
            throw new CellFailedException(cell, message, invalidArgument);
        }
        throw invalidArgument ? new IllegalArgumentException(message)
                : new IllegalStateException(message);
    }

    /** The results, read with the classes of {@code loader} (those of the job). */
    @SuppressWarnings("unchecked")
    <R> List<R> results(ClassLoader loader) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(results)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc)
                    throws IOException, ClassNotFoundException {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    return super.resolveClass(desc);
                }
            }
        }) {
            return (List<R>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the results of a range cannot be read: "
                    + Failures.message(e), e);
        }
    }
}
