package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The FTLE landscape of issue 4: simultaneous GD on a two-logit game, 200 × 200 starting points in
 * the probability plane, horizon 50, transported-vector estimator, on all cores. Target: under 2 s.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar GameLandscapeBenchmark -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GameLandscapeBenchmark {

    @Param({"small-ipd", "matching-pennies"})
    public String game;

    private GradientDescentMap map;
    private final ProbabilityGrid grid = new ProbabilityGrid(0.02, 0.98, 200);
    private final TransportedVectorEstimator estimator =
            new TransportedVectorEstimator(new double[] {1, 1});

    /** α = 10 on the small IPD, 1 on matching pennies (the grr-ftle figure's settings). */
    @Setup
    public void setUp() {
        map = new GradientDescentMap(GameRegistry.create(game), game.equals("small-ipd") ? 10 : 1);
    }

    /** 40 000 exponents of horizon 50. */
    @Benchmark
    public Landscape landscape() {
        return Landscape.evaluate(grid, x0 -> estimator.estimate(map, x0, 50).value(),
                Runtime.getRuntime().availableProcessors());
    }
}
