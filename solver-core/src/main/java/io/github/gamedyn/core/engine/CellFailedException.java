package io.github.gamedyn.core.engine;

/**
 * A cell of a job failed: the message is the job's one line naming the cell
 * ({@link CellJob#failure}). Engines report the failing cell of lowest index, whatever the number
 * of workers and their timing.
 */
public final class CellFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int cell;
    private final boolean invalidArgument;

    /**
     * @param cell the failing cell
     * @param message the job's line naming it
     * @param cause what the cell threw
     */
    public CellFailedException(int cell, String message, Throwable cause) {
        super(message, cause);
        this.cell = cell;
        this.invalidArgument = cause instanceof IllegalArgumentException;
    }

    /**
     * A failure reported by another JVM, where the cell ran.
     *
     * @param cell the failing cell
     * @param message the job's line naming it
     * @param invalidArgument whether the cell threw an {@link IllegalArgumentException}
     */
    public CellFailedException(int cell, String message, boolean invalidArgument) {
        super(message);
        this.cell = cell;
        this.invalidArgument = invalidArgument;
    }

    /** The failing cell. */
    public int cell() {
        return cell;
    }

    /**
     * Whether the cell threw an {@link IllegalArgumentException}: its parameters (a grid value, a
     * start) are not allowed, a usage error rather than a failure of the computation.
     */
    public boolean invalidArgument() {
        return invalidArgument;
    }
}
