package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.LinearMap;
import io.github.gamedyn.core.lyapunov.BenettinQrEstimator;
import io.github.gamedyn.core.lyapunov.LyapunovSpectrum;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per step of the top-m Lyapunov spectrum by repeated QR ({@link BenettinQrEstimator}) on a dense
 * random map of dimension d: a linear map (J V is one d x d times d x m product) and the nonlinear
 * {@link TanhNetworkMap} (one extra matrix-vector product and tanh per step). Reported per step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LyapunovQrBenchmark {

    private static final int STEPS = 20;

    @Param({"10", "100", "700"})
    public int d;

    @Param({"1", "10"})
    public int m;

    @Param({"linear", "tanh"})
    public String map;

    private DifferentiableMap dynamics;
    private double[] x0;
    private BenettinQrEstimator estimator;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        if (map.equals("linear")) {
            DMatrixRMaj a = new DMatrixRMaj(d, d);
            for (int i = 0; i < a.getNumElements(); i++) {
                a.data[i] = random.nextGaussian() / Math.sqrt(d);
            }
            dynamics = new LinearMap(a);
            x0 = new double[d];
        } else {
            dynamics = new TanhNetworkMap(d, 1.5, 42);
            x0 = dynamics.iterate(new double[d], 10);
        }
        estimator = new BenettinQrEstimator(m, 7);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public LyapunovSpectrum qrStep() {
        return estimator.spectrum(dynamics, x0, STEPS);
    }
}
