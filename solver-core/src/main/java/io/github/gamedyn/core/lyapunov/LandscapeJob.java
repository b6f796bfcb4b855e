package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.game.Game;
import java.io.Serializable;
import java.util.Objects;

/**
 * A Lyapunov landscape as a job of cells: the (maximal) exponent that {@code method} estimates
 * for simultaneous gradient descent \(\omega \mapsto \omega - \alpha\xi(\omega)\) over
 * {@code horizon} steps from every start of {@code grid}, row-major (cell
 * \(j \cdot \mathrm{columns} + i\) is column \(i\), row \(j\)):
 * <pre>{@code
 * LandscapeJob job = new LandscapeJob(new RegisteredGame("small-ipd"), 10,
 *         LyapunovMethod.TRANSPORTED, 20, new ProbabilityGrid.Recipe(0.02, 0.98, 200));
 * Landscape l = Landscape.evaluate(job, LocalEngine.ofAvailableProcessors());
 * }</pre>
 * The transported-vector estimator runs the game's traced program over batches of
 * {@value Landscape#BATCH} starts ({@link TransportedVectorEstimator#estimates}); the others run
 * cell by cell. Each cell's value depends on its start alone, so neither the batching nor the
 * engine changes a bit. A cell whose run diverges has the value NaN.
 *
 * @param game the game, built again where the cells run
 * @param learningRate α, finite and &gt; 0
 * @param method the estimator
 * @param horizon K ≥ 1
 * @param grid the start points
 */
public record LandscapeJob(GameRecipe game, double learningRate, LyapunovMethod method,
        int horizon, GridRecipe grid) implements CellJob<Double>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the arguments. */
    public LandscapeJob {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(grid, "grid");
        Arguments.requirePositive("learningRate", learningRate);
        Arguments.requireHorizon(horizon);
        if ((long) grid.columns() * grid.rows() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + grid.columns() + " x " + grid.rows()
                    + " cells; allowed: at most " + Integer.MAX_VALUE + " cells");
        }
    }

    @Override
    public int cells() {
        return grid.columns() * grid.rows();
    }

    @Override
    public int chunk() {
        return method == LyapunovMethod.TRANSPORTED ? Landscape.BATCH : 1;
    }

    @Override
    public CellKernel<Double> kernel() {
        Game g = game.create();
        GradientDescentMap map = new GradientDescentMap(g, learningRate);
        StartPointGrid starts = grid.grid(g);
        int columns = grid.columns();
        if (method != LyapunovMethod.TRANSPORTED) {
            return cell -> {
                try {
                    return method.exponents(map, starts.point(cell % columns, cell / columns),
                            horizon)[0];
                } catch (DivergenceException e) {
                    return Double.NaN;
                }
            };
        }
        TransportedVectorEstimator estimator = LyapunovMethod.transported(map.dimension());
        int d = map.dimension();
        return CellKernel.of((from, to, out) -> {
            for (int b = from; b < to; b += Landscape.BATCH) {
                int n = Math.min(Landscape.BATCH, to - b);
                double[] x0 = new double[n * d];
                for (int k = 0; k < n; k++) {
                    int cell = b + k;
                    System.arraycopy(starts.point(cell % columns, cell / columns), 0, x0, k * d,
                            d);
                }
                double[] values = new double[n];
                estimator.estimates(map, n, x0, horizon, values);
                System.arraycopy(values, 0, out, b - from, n);
            }
        });
    }

    @Override
    public String failure(int cell, String cause) {
        return "landscape cell at column " + cell % grid.columns() + ", row "
                + cell / grid.columns() + " failed: " + cause;
    }
}
