package io.github.gamedyn.ridge.grr;

/**
 * Progress of a {@link GeneralizedRidgeRider} run, for long runs (a command line's status line).
 * Called once per finished unit, one call at a time (from worker threads when the run has more
 * than one); {@code done} counts 1, 2, … up to {@code total} per stage.
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
