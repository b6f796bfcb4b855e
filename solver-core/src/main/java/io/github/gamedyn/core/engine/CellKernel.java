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

    /** Numbers computed a range of cells at a time, e.g. over the lanes of a traced program. */
    @FunctionalInterface
    interface Batch {
        /**
         * @param out receives the values of cells {@code from .. to-1} at {@code 0 .. to-from-1}.
         *     Modified.
         */
        void compute(int from, int to, double[] out);
    }

    /** The kernel of a batch; one cell is a batch of one. */
    static CellKernel<Double> of(Batch batch) {
        return new CellKernel<>() {
            @Override
            public Double cell(int index) {
                return cells(index, index + 1).get(0);
            }

            @Override
            public List<Double> cells(int from, int to) {
                double[] values = new double[to - from];
                batch.compute(from, to, values);
                List<Double> out = new ArrayList<>(values.length);
                for (double v : values) {
                    out.add(v);
                }
                return out;
            }
        };
    }
}
