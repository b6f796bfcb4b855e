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

    /** The parameter under which a figure states what it measured, e.g. rates over seeds. */
    String RESULT = "result";

    /**
     * The caption of the computed figure: {@link #caption()}, followed by the figure's
     * {@value #RESULT} parameter when it has one, so that the caption states what this run
     * measured (rates over seeds, say) and not only how.
     */
    default String caption(FigureResult result) {
        String measured = result.parameters().get(RESULT);
        return measured == null ? caption() : caption() + " Result: " + measured;
    }

    /**
     * Computes the figure.
     *
     * @param quick a reduced version (coarser grids, fewer steps) for smoke runs
     */
    FigureResult compute(boolean quick);
}
