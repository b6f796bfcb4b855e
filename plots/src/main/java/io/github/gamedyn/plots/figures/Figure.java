package io.github.gamedyn.plots.figures;

/**
 * One figure of the catalogue. Implementations are stateless; {@link #compute} is deterministic
 * (same arguments, same data, bit for bit).
 */
public interface Figure {

    /** The file stem and catalogue id, e.g. {@code cm-dirac}. */
    String id();

    /** A short title. */
    String title();

    /** What the figure shows and which figure of which paper it corresponds to. */
    String caption();

    /**
     * Computes the figure.
     *
     * @param quick a reduced version (coarser grids, fewer steps) for smoke runs
     */
    FigureResult compute(boolean quick);
}
