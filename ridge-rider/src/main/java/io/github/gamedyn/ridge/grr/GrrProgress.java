package io.github.gamedyn.ridge.grr;

/**
 * Progress of a {@link GeneralizedRidgeRider} run, for long runs (a command line's status line).
 * Called on the calling thread, in order; {@code done} counts up to {@code total} per stage.
 */
@FunctionalInterface
public interface GrrProgress {

    /** Reports nothing. */
    GrrProgress NONE = (stage, done, total) -> { };

    /** The stages of a run, in order. */
    enum Stage {
        /** Restarts of the bifurcation search. */
        SEARCH,
        /** Branches followed from the bifurcation points of the search. */
        BRANCHES
    }

    /**
     * @param stage the stage
     * @param done units of the stage completed
     * @param total units of the stage
     */
    void report(Stage stage, int done, int total);
}
