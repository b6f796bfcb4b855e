package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.zoo.ClosedForms;
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
 * The FTLE landscape of the trace issue: simultaneous GD on a two-logit game, 200 × 200 starts in
 * the probability plane, horizon 50, transported-vector estimator, one thread, two ways: through
 * the hand-derived closed forms of ξ and Ĥ, start by start (the path the zoo used to have; the
 * closed forms are now test oracles, {@code ClosedForms} in game-zoo's tests), and through the
 * game defined only by its losses, the traced program run over batches of starts. Target: traced
 * ≤ 1.5× closed forms. The peer is {@code ../shared/peers/torch/ftle_small_ipd_torch.py}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar GameLandscapeBenchmark -f 1 -wi 2 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GameLandscapeBenchmark {
    private static final int HORIZON = 50;

    @Param({"small-ipd", "matching-pennies", "mixed-ipd-pennies"})
    public String game;

    @Param({"closed-form", "traced"})
    public String path;

    private final ProbabilityGrid grid = new ProbabilityGrid(0.02, 0.98, 200);
    private final TransportedVectorEstimator estimator =
            new TransportedVectorEstimator(new double[] {1, 1});
    private DifferentiableMap map;

    /** α = 10 on the small IPD, 1 on the others (the grr-ftle figure's settings). */
    @Setup
    public void setUp() {
        double lr = game.equals("small-ipd") ? 10 : 1;
        map = path.equals("traced") ? new GradientDescentMap(GameRegistry.create(game), lr)
                : ClosedForms.of(game).gradientDescent(lr);
    }

    /** 40 000 exponents of horizon 50 on one thread. */
    @Benchmark
    public Landscape landscape() {
        return path.equals("traced")
                ? Landscape.evaluate(grid, (n, starts, values) -> estimator.estimates(map, n,
                        starts, HORIZON, values), 1)
                : Landscape.evaluate(grid, x0 -> estimator.estimate(map, x0, HORIZON).value(), 1);
    }
}
