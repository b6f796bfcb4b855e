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
     * The caption of the computed figure: {@link #caption()}, and for a figure whose message is a
     * measured result (rates over seeds, say) that result, read from {@code result}, so the
     * caption states what this run found.
     */
    default String caption(FigureResult result) {
        return caption();
    }

    /**
     * Computes the figure.
     *
     * @param quick a reduced version (coarser grids, fewer steps) for smoke runs
     */
    FigureResult compute(boolean quick);
}
