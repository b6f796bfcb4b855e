package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.Engines;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command runs its cells: {@code --engine NAME} (default {@code local}, this JVM's
 * threads) and, for engines that connect somewhere, {@code --master URL}. Engines other than
 * {@code local} come with their jars ({@code gamedyn-spark.jar} provides {@code spark}).
 */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "NAME",
            description = "where the cells run: local (default: this machine's threads) or an "
                    + "engine of the classpath, e.g. spark (with gamedyn-spark.jar)")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: the Spark master, e.g. local[4] or "
                    + "spark://HOST:7077 (default: the one spark-submit set, else local[*])")
    private String master;

    /**
     * Starts the engine; the caller closes it.
     *
     * @throws IllegalArgumentException for an unknown engine or a setting it does not take
     */
    Engine open() {
        String name = engine == null ? Engines.LOCAL : engine;
        if (master != null && Engines.LOCAL.equals(name)) {
            throw new IllegalArgumentException("--master has no effect with --engine local; "
                    + "allowed: --master with an engine that connects to one, e.g. --engine "
                    + "spark");
        }
        try {
            return Engines.create(name, master == null ? Map.of() : Map.of("master", master));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--engine " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on the engine, with {@code games} (the class loader of the command's
     * games, {@link GameSources#loader()}) as this thread's context class loader, from which the
     * jobs' {@code RegisteredGame}s build their games, and closes the engine.
     *
     * @param command the command, for a usage error when the engine cannot start
     */
    <T> T run(ClassLoader games, CommandLine command, Function<Engine, T> work) {
        Engine cells;
        try {
            cells = open();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command, e.getMessage(), e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(games);
        try (cells) {
            return work.apply(cells);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /**
     * The option given among --engine and --master, or {@code null}: for a command form that runs
     * no cells, where they would have no effect.
     */
    String given() {
        return engine != null ? "--engine" : master != null ? "--master" : null;
    }
}
