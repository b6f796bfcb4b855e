package io.github.gamedyn.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the cells of a {@link CellJob}; safe to call concurrently on disjoint ranges.
 *
 * @param <R> the result of one cell
 */
@FunctionalInterface
public interface CellKernel<R> {

    /** The result of cell {@code index}, never {@code null}. */
    R cell(int index);

    /**
     * The results of cells {@code from} (inclusive) to {@code to} (exclusive), in order. A kernel
     * that evaluates a batch of cells at once (a traced program over lanes) overrides this; each
     * result must still depend on its cell alone, so that how an engine cuts the cells into
     * ranges never changes a bit.
     */
    default List<R> cells(int from, int to) {
        List<R> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(cell(i));
        }
        return out;
    }
}
