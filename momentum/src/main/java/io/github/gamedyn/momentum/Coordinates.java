package io.github.gamedyn.momentum;

import java.util.List;

/**
 * The parameters and buffers that one {@link BaseRule} update moves: one block of ω (all of it
 * when simultaneous, one player's when alternating) and the same entries of every buffer.
 *
 * @param parameters the block of ω
 * @param buffers the same entries of each buffer, in buffer order, each of the block's size
 */
public record Coordinates(Dual parameters, List<Dual> buffers) {

    /** Copies the list and checks the sizes. */
    public Coordinates {
        buffers = List.copyOf(buffers);
        for (int k = 0; k < buffers.size(); k++) {
            if (buffers.get(k).size() != parameters.size()) {
                throw new IllegalArgumentException("buffer " + k + " has size "
                        + buffers.get(k).size() + "; allowed: the block size "
                        + parameters.size());
            }
        }
    }

    /** The parameters followed by the buffers. */
    public static Coordinates of(Dual parameters, Dual... buffers) {
        return new Coordinates(parameters, List.of(buffers));
    }

    /** Buffer k. */
    public Dual buffer(int k) {
        return buffers.get(k);
    }

    /** Whether every value is finite. */
    boolean isFinite() {
        return parameters.isFinite() && buffers.stream().allMatch(Dual::isFinite);
    }
}
