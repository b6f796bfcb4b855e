package io.github.gamedyn.core.engine;

import io.github.gamedyn.core.game.Game;
import java.io.Serializable;

/**
 * How to build a game where a job's cells run: a record of a spec string (e.g. the zoo's
 * {@code RegisteredGame("ipd:gamma=0.9")}), never the traced {@link Game} itself. Building it again
 * gives the same game, so every engine computes the same bits.
 */
@FunctionalInterface
public interface GameRecipe extends Serializable {

    /**
     * Builds the game.
     *
     * @throws IllegalArgumentException if the recipe names no game that can be built here
     */
    Game create();
}
