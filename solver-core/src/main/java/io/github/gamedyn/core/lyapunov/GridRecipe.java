package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.game.Game;
import java.io.Serializable;

/**
 * A {@link StartPointGrid} as numbers, so that a {@link LandscapeJob} can carry it to the JVM
 * where its cells run and build the grid there, for the job's game: {@link PlaneGrid.Recipe},
 * {@link ProbabilityGrid.Recipe}.
 */
public interface GridRecipe extends Serializable {

    /** The number of columns, ≥ 1. */
    int columns();

    /** The number of rows, ≥ 1. */
    int rows();

    /**
     * The grid, {@link #columns()} × {@link #rows()}, of start points of {@code game}.
     *
     * @throws IllegalArgumentException if the grid does not fit the game (e.g. its dimension)
     */
    StartPointGrid grid(Game game);
}
