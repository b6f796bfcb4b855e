package io.github.gamedyn.core.lyapunov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 */
public final class Landscape {

    private final int columns;
    private final int rows;
    private final double[] values;

    private Landscape(int columns, int rows, double[] values) {
        this.columns = columns;
        this.rows = rows;
        this.values = values;
    }

    /**
     * @param grid      the start points
     * @param objective \( g \); called concurrently, so it must be safe for that, and deterministic
     * @param threads   number of worker threads, \( \ge 1 \); 1 runs in the calling thread
     * @return the values
     * @throws IllegalStateException naming the cell and its start point if the objective throws there
     */
    public static Landscape evaluate(StartPointGrid grid, ToDoubleFunction<double[]> objective, int threads) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(objective, "objective");
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; allowed: threads >= 1");
        }
        int columns = grid.columns();
        int cells = columns * grid.rows();
        double[] values = new double[cells];
        AtomicInteger nextCell = new AtomicInteger();
        Runnable worker = () -> {
            for (int cell = nextCell.getAndIncrement(); cell < cells; cell = nextCell.getAndIncrement()) {
                double[] x0 = grid.point(cell % columns, cell / columns);
                try {
                    values[cell] = objective.applyAsDouble(x0);
                } catch (RuntimeException e) {
                    nextCell.set(cells);
                    throw new IllegalStateException("objective failed at column " + cell % columns + ", row "
                            + cell / columns + ", start point " + Arrays.toString(x0) + ": "
                            + e.getMessage(), e);
                }
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            runInParallel(worker, threads);
        }
        return new Landscape(columns, grid.rows(), values);
    }

    private static void runInParallel(Runnable worker, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "landscape-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating a landscape", e);
        } finally {
            pool.shutdownNow();
        }
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
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IllegalArgumentException("(column, row) = (" + column + ", " + row + "); allowed: 0 <= column < "
                    + columns + ", 0 <= row < " + rows);
        }
        return values[row * columns + column];
    }

    /** @return a copy of the values, row-major: \( V_{ij} \) at index \( j \cdot \mathrm{columns} + i \) */
    public double[] values() {
        return values.clone();
    }
}
