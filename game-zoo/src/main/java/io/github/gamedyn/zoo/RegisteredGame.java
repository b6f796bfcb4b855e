package io.github.gamedyn.zoo;

import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.game.Game;

/**
 * A game of {@link GameRegistry} by its spec, as a job carries it to the JVM where its cells run:
 * {@code new RegisteredGame("ipd:gamma=0.9")} builds {@code GameRegistry.create("ipd:gamma=0.9")}
 * there, among the providers of the thread's context class loader (so a plugin game is found
 * where its jar is on that loader: the command line sets it, Spark's executors have the jars of
 * {@code spark-submit --jars}).
 *
 * @param spec {@code NAME[:key=value,...]}
 */
public record RegisteredGame(String spec) implements GameRecipe {
    private static final long serialVersionUID = 1L;

    /**
     * @throws IllegalArgumentException if {@code spec} is {@code null}
     */
    public RegisteredGame {
        if (spec == null) {
            throw new IllegalArgumentException("spec = null; allowed: NAME[:key=value,...] of a "
                    + "registered game");
        }
    }

    @Override
    public Game create() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader == null ? GameRegistry.create(spec) : GameRegistry.create(spec, loader);
    }
}
