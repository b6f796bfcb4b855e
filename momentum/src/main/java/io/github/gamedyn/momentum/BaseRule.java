package io.github.gamedyn.momentum;

/**
 * The elementwise part of a learning rule: how the coordinates of one block and their buffers
 * move given the block's entries of an update direction g (the simultaneous gradient ξ or a
 * {@link GradientField}), for example heavy ball \(b \leftarrow \beta b + g\),
 * \(\omega \leftarrow \omega - \alpha b\). Written once over {@link Dual} numbers; see
 * {@link UpdateRule} for the state layout. Implementations are immutable and thread-safe.
 */
public interface BaseRule {

    /** m, the real buffers per coordinate. */
    int buffers();

    /** The number of shared scalars (0 unless overridden). */
    default int sharedScalars() {
        return 0;
    }

    /** The shared scalars of a fresh run (zeros unless overridden). */
    default double[] initialShared() {
        return new double[sharedScalars()];
    }

    /**
     * Advances the shared scalars, once per step before any coordinate moves (unchanged unless
     * overridden).
     *
     * @param shared the shared scalars
     * @return their new values, of the same size
     */
    default Dual advanceShared(Dual shared) {
        return shared;
    }

    /**
     * Moves one block.
     *
     * @param current the block's parameters and buffers
     * @param direction the block's entries of g
     * @param shared the shared scalars, already advanced (size 0 when there are none)
     * @return the block's new parameters and buffers, of the same sizes
     */
    Coordinates update(Coordinates current, Dual direction, Dual shared);
}
