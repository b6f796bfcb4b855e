package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generalized Ridge Rider end to end on the memory-one IPD (γ = 0.96, per-step losses): GD with
 * α = 10, horizon 20, 6 restarts of 40 ascent steps, ε = 1, 8 branches per bifurcation point,
 * following to \(\|\xi\| \le 10^{-4}\) or 3000 steps, seed 0. Target of issue 6: under 30 s.
 * Single shot: one run is the unit of work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class GrrBenchmark {

    /** The settings of the timed run, shared with the report. */
    public static final GrrOptions IPD_OPTIONS = GrrOptions.defaults().withLearningRate(10)
            .withSearch(s -> s.withHorizon(20).withRestarts(6).withIterations(40).withSeed(0))
            .withBranching(b -> b.withPerturbation(1).withMaxBranches(8))
            .withFollowing(f -> f.withSteps(3000).withTolerance(1e-4)).withClusterTolerance(0.1);

    private final Game ipd = IteratedPrisonersDilemma.create(0.96, true);
    private final IpdBehaviour behaviour = new IpdBehaviour(0.96);

    @Benchmark
    public GrrTree ipd() {
        return new GeneralizedRidgeRider(IPD_OPTIONS).run(ipd, behaviour);
    }
}
