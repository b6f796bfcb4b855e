package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.lyapunov.FiniteHorizonSvdEstimator;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.LyapunovEstimator;
import io.github.gamedyn.core.lyapunov.PlaneGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 200 x 200 finite-time Lyapunov exponent landscape, horizon 50, of the Chirikov standard map
 * \( p' = p + K\sin\theta \), \( \theta' = \theta + p' \) (K = 1.2) over \( [0, 2\pi]^2 \): a stand-in for the
 * FTLE heat maps of games until the game maps are wired. Exact FTLE (product + SVD per step) and the
 * transported-vector estimate, on 1 and 2 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LyapunovLandscapeBenchmark {

    private static final double K = 1.2;
    private static final int HORIZON = 50;

    @Param({"svd", "vector"})
    public String estimator;

    @Param({"1", "2"})
    public int threads;

    private DifferentiableMap standardMap;
    private LyapunovEstimator ftle;
    private PlaneGrid grid;

    @Setup
    public void setUp() {
        standardMap = DifferentiableMap.of(2,
                (x, out) -> {
                    out[1] = x[1] + K * Math.sin(x[0]);
                    out[0] = x[0] + out[1];
                },
                (x, jac) -> {
                    double c = K * Math.cos(x[0]);
                    jac.set(0, 0, 1 + c);
                    jac.set(0, 1, 1);
                    jac.set(1, 0, c);
                    jac.set(1, 1, 1);
                });
        ftle = estimator.equals("svd") ? new FiniteHorizonSvdEstimator()
                : new TransportedVectorEstimator(new double[] {1, 0});
        grid = new PlaneGrid(new double[2], new double[] {1, 0}, new double[] {0, 1},
                0, 2 * Math.PI, 200, 0, 2 * Math.PI, 200);
    }

    @Benchmark
    public Landscape landscape() {
        return Landscape.evaluate(grid, x0 -> ftle.estimate(standardMap, x0, HORIZON).value(), threads);
    }
}
