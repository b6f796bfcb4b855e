package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.GridRecipe;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.plots.figures.Plane;

/**
 * The grid of {@link Plane#probabilities}, built for the job's game where the cells run: column
 * {@code i} plays the first actions with probabilities {@code s[i]}, row {@code j} {@code t[j]},
 * through the game's strategy map.
 *
 * @param s the probabilities of player 1's first action
 * @param t the probabilities of player 2's first action
 */
record ProbabilityPlaneRecipe(double[] s, double[] t) implements GridRecipe {
    private static final long serialVersionUID = 1L;

    /** Copies the probabilities. */
    ProbabilityPlaneRecipe {
        s = s.clone();
        t = t.clone();
    }

    @Override
    public int columns() {
        return s.length;
    }

    @Override
    public int rows() {
        return t.length;
    }

    @Override
    public StartPointGrid grid(Game game) {
        return Plane.probabilities(game).grid(s, t);
    }
}
