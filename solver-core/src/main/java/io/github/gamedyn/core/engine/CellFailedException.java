package io.github.gamedyn.core.engine;

/**
 * A cell of a job failed: the message is the job's one line naming the cell
 * ({@link CellJob#failure}). Engines report the failing cell of lowest index, whatever the number
 * of workers and their timing.
 */
public final class CellFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int cell;

    /**
     * @param cell the failing cell
     * @param message the job's line naming it
     * @param cause what the cell threw, or {@code null} when it was thrown in another JVM
     */
    public CellFailedException(int cell, String message, Throwable cause) {
        super(message, cause);
        this.cell = cell;
    }

    /** The failing cell. */
    public int cell() {
        return cell;
    }
}
