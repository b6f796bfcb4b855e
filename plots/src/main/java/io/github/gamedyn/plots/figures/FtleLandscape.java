package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import java.util.Arrays;

/**
 * The finite-time Lyapunov exponent of a learning map over a grid of start points, the values of
 * every FTLE heat map: \(\hat\lambda(\omega_0) = \frac1K\sum_{t\lt K}\log\|J_t u_t\|\) with the
 * transported unit vector from \(u_0 = (1, \dots, 1)/\sqrt d\) ({@link TransportedVectorEstimator}),
 * the starts in batches ({@link TransportedVectorEstimator#landscape}: a game's traced program runs
 * over lanes of starts) on all processors, bit-identical for any thread count; a cell whose run
 * diverges is NaN. The one place FTLE landscapes of the figures are computed.
 */
final class FtleLandscape {

    private FtleLandscape() {
    }

    /**
     * The exponent from every cell of {@code grid}.
     *
     * @param map the learning map; evaluated concurrently, so it must hold no mutable state
     * @param horizon K ≥ 1
     */
    public static Landscape evaluate(DifferentiableMap map, StartPointGrid grid, int horizon) {
        double[] u0 = new double[map.dimension()];
        Arrays.fill(u0, 1);
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(u0);
        return estimator.landscape(map, grid, horizon, Runtime.getRuntime().availableProcessors());
    }
}
