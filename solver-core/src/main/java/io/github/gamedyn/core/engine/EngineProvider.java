package io.github.gamedyn.core.engine;

import java.util.Map;

/**
 * An engine that {@link Engines#create} finds by name through {@link java.util.ServiceLoader}: a
 * public class with a public no-argument constructor, listed in
 * {@code META-INF/services/io.github.gamedyn.core.engine.EngineProvider} of its jar. The
 * {@code gamedyn-spark} module provides {@code spark}.
 */
public interface EngineProvider {

    /** The name, lower-case with hyphens, e.g. {@code spark}; not {@code local}. */
    String name();

    /** One line: what runs the cells, and where. */
    String description();

    /**
     * Starts the engine.
     *
     * @param settings the engine's own settings by name (e.g. {@code master} for Spark); an
     *     engine rejects a setting it does not know, naming it and the ones it knows
     * @throws IllegalArgumentException for a bad setting
     */
    Engine create(Map<String, String> settings);
}
