package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.LocalEngine;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Values \( V_{ij} = g(x_0(i, j)) \) of an objective \( g \) over a {@link StartPointGrid}, e.g. a
 * finite-time Lyapunov exponent heat map:
 * <pre>{@code
 * LyapunovEstimator ftle = new FiniteHorizonSvdEstimator();
 * Landscape l = Landscape.evaluate(grid, x0 -> ftle.estimate(map, x0, 50).value(), threads);
 * }</pre>
 * Cells are computed independently on {@code threads} threads and written to their own index, so for a
 * deterministic objective without shared mutable state the values are bit-identical for any thread count.
 *
 * <p>A cell whose run diverges (the objective throws {@link DivergenceException}, as the Lyapunov
 * estimators do when the state or a tangent quantity becomes non-finite, or returns NaN) is a
 * result, not a failure: its value is NaN and {@link #diverged} says so, and the other cells are
 * kept.
 *
 * <p>The cells run on a {@link LocalEngine} with {@code threads} threads, or, for a
 * {@link LandscapeJob}, on any {@link Engine}.
 */
public final class Landscape {

    private final int columns;
    private final int rows;
    private final double[] values;
    private final boolean[] diverged;

    private Landscape(int columns, int rows, double[] values, boolean[] diverged) {
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        this.diverged = diverged;
    }

    /**
     * @param grid      the start points
     * @param objective \( g \); called concurrently, so it must be safe for that, and deterministic
     * @param threads   number of worker threads, \( \ge 1 \); 1 runs in the calling thread
     * @return the values
     * @throws IllegalStateException naming the cell and its start point if the objective throws there
     *     anything but a {@link DivergenceException} (the cell of lowest index, whatever the thread count)
     */
    public static Landscape evaluate(StartPointGrid grid, ToDoubleFunction<double[]> objective, int threads) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(objective, "objective");
        LocalEngine engine = new LocalEngine(threads);
        int columns = grid.columns();
        CellJob<Double> job = new CellJob<>() {
            @Override
            public int cells() {
                return columns * grid.rows();
            }

            @Override
            public CellKernel<Double> kernel() {
                return cell -> {
                    try {
                        return objective.applyAsDouble(grid.point(cell % columns, cell / columns));
                    } catch (DivergenceException e) {
                        return Double.NaN;
                    }
                };
            }

            @Override
            public String failure(int cell, String cause) {
                return "objective failed at column " + cell % columns + ", row " + cell / columns
                        + ", start point " + Arrays.toString(grid.point(cell % columns, cell / columns))
                        + ": " + cause;
            }
        };
        return of(columns, grid.rows(), engine.run(job));
    }

    /**
     * An objective evaluated over a batch of start points at once, e.g.
     * {@link TransportedVectorEstimator#estimates}: a game's traced program then runs over lanes
     * and pays its interpretive cost once per batch rather than once per point.
     */
    @FunctionalInterface
    public interface BatchObjective {
        /**
         * @param starts {@code count} start points, row-major. Not modified.
         * @param values receives the objective per start (NaN where it diverged). Modified.
         */
        void evaluate(int count, double[] starts, double[] values);
    }

    /** Start points per batch of {@link #evaluate(StartPointGrid, BatchObjective, int)}. */
    static final int BATCH = 256;

    /**
     * Evaluates a batched objective over the grid, {@value #BATCH} cells per batch on
     * {@code threads} threads. Each cell's value depends on its start alone, so the values are
     * bit-identical for any thread count.
     *
     * @param grid      the start points
     * @param objective the batched objective; called concurrently on disjoint batches
     * @param threads   number of worker threads, \( \ge 1 \)
     * @return the values; a NaN value is a diverged cell
     */
    public static Landscape evaluate(StartPointGrid grid, BatchObjective objective, int threads) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(objective, "objective");
        LocalEngine engine = new LocalEngine(threads);
        int columns = grid.columns();
        int d = grid.point(0, 0).length;
        CellJob<Double> job = new CellJob<>() {
            @Override
            public int cells() {
                return columns * grid.rows();
            }

            @Override
            public int chunk() {
                return BATCH;
            }

            @Override
            public CellKernel<Double> kernel() {
                return CellKernel.of((from, to, out) -> {
                    double[] starts = new double[(to - from) * d];
                    for (int cell = from; cell < to; cell++) {
                        System.arraycopy(grid.point(cell % columns, cell / columns), 0, starts,
                                (cell - from) * d, d);
                    }
                    objective.evaluate(to - from, starts, out);
                });
            }
        };
        return of(columns, grid.rows(), engine.run(job));
    }

    /**
     * Evaluates a landscape job on an engine: the same bits on every engine, and the same as the
     * direct forms above with the job's objective.
     *
     * @return the values; a NaN value is a diverged cell
     * @throws io.github.gamedyn.core.engine.CellFailedException naming the failing cell of lowest
     *     index
     */
    public static Landscape evaluate(LandscapeJob job, Engine engine) {
        return of(job.grid().columns(), job.grid().rows(), engine.run(job));
    }

    /** The landscape of cell values in row-major order; NaN marks a diverged cell. */
    private static Landscape of(int columns, int rows, List<Double> cells) {
        double[] values = new double[cells.size()];
        boolean[] diverged = new boolean[values.length];
        for (int cell = 0; cell < values.length; cell++) {
            values[cell] = cells.get(cell);
            diverged[cell] = Double.isNaN(values[cell]);
        }
        return new Landscape(columns, rows, values, diverged);
    }

    /** @return the number of columns */
    public int columns() {
        return columns;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /**
     * @param column \( i \)
     * @param row    \( j \)
     * @return \( V_{ij} \)
     */
    public double value(int column, int row) {
        return values[index(column, row)];
    }

    /**
     * @param column \( i \)
     * @param row    \( j \)
     * @return whether the run from that cell's start point diverged (its value is then NaN)
     */
    public boolean diverged(int column, int row) {
        return diverged[index(column, row)];
    }

    /** @return the number of cells whose run diverged */
    public int divergedCount() {
        int n = 0;
        for (boolean d : diverged) {
            n += d ? 1 : 0;
        }
        return n;
    }

    private int index(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IllegalArgumentException("(column, row) = (" + column + ", " + row + "); allowed: 0 <= column < "
                    + columns + ", 0 <= row < " + rows);
        }
        return row * columns + column;
    }

    /** @return a copy of the values, row-major: \( V_{ij} \) at index \( j \cdot \mathrm{columns} + i \) */
    public double[] values() {
        return values.clone();
    }
}
