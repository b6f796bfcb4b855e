package io.github.gamedyn.core.engine;

import java.util.List;

/**
 * Runs the cells of a {@link CellJob} and returns their results in cell order:
 * <pre>{@code
 * try (Engine engine = Engines.create("local", Map.of())) {
 *     Landscape l = Landscape.evaluate(job, engine);
 * }
 * }</pre>
 * Every engine gives the same bits as {@link LocalEngine} with one thread.
 */
public interface Engine extends AutoCloseable {

    /** The name {@link Engines#create} knows it by, e.g. {@code local}. */
    String name();

    /**
     * Runs every cell of {@code job}.
     *
     * @return the results, unmodifiable, result {@code i} of cell {@code i}
     * @throws CellFailedException naming the failing cell of lowest index
     * @throws IllegalArgumentException if the engine cannot ship the job (e.g. it is not
     *     serialisable), naming what cannot be shipped
     */
    <R> List<R> run(CellJob<R> job);

    /** Releases what the engine holds (threads, a cluster connection); nothing by default. */
    @Override
    default void close() {
    }
}
