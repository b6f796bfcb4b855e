package io.github.gamedyn.momentum;

/**
 * The parameters and buffers that one {@link BaseRule} update moves: one block of ω (all of it
 * when simultaneous, one player's when alternating) and the same entries of every buffer.
 * Immutable.
 */
public final class Coordinates {
    private final Dual parameters;
    private final Dual[] buffers;

    private Coordinates(Dual parameters, Dual[] buffers) {
        for (int k = 0; k < buffers.length; k++) {
            if (buffers[k].size() != parameters.size()) {
                throw new IllegalArgumentException("buffer " + k + " has size "
                        + buffers[k].size() + "; allowed: the block size " + parameters.size());
            }
        }
        this.parameters = parameters;
        this.buffers = buffers;
    }

    /**
     * The parameters followed by the buffers, each of the block's size.
     *
     * @param buffers in buffer order. Not modified.
     */
    public static Coordinates of(Dual parameters, Dual... buffers) {
        return new Coordinates(parameters, buffers.clone());
    }

    /** The block of ω. */
    public Dual parameters() {
        return parameters;
    }

    /** Buffer k's entries for the block. */
    public Dual buffer(int k) {
        return buffers[k];
    }

    /** The number of buffers. */
    public int bufferCount() {
        return buffers.length;
    }

    /** Whether every value is finite. */
    boolean isFinite() {
        if (!parameters.isFinite()) {
            return false;
        }
        for (Dual b : buffers) {
            if (!b.isFinite()) {
                return false;
            }
        }
        return true;
    }
}
