package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.List;

/**
 * The two-logit toy games of the GRR paper's figures, seen in the plane of the players'
 * probabilities ({@link Plane#probabilities}), with the settings their panels share.
 */
final class PlaneDynamics {

    /**
     * A toy game of the GRR figures.
     *
     * @param spec registry specification
     * @param title panel title
     */
    record Toy(String spec, String title) {
        Game game() {
            return GameRegistry.create(spec);
        }
    }

    static final Toy SMALL_IPD = new Toy("small-ipd", "Small IPD");
    static final Toy PENNIES = new Toy("matching-pennies", "Matching pennies");
    static final Toy MIXED = new Toy("mixed-ipd-pennies", "Mixed IPD / pennies (w = 0.25)");

    /** Starting probabilities of the trajectories drawn on the planes. */
    static final double[][] STARTS = {{0.2, 0.3}, {0.8, 0.7}, {0.35, 0.85}, {0.65, 0.15},
        {0.5, 0.6}, {0.55, 0.45}};

    private PlaneDynamics() {
    }
}
