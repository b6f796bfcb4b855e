package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.MinibatchTraining;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallGan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Minibatch training of the small GAN (ring of 8, batch 128) with Adam, {@value #STEPS} steps per
 * operation: on a game per step ({@code SmallGan::gameAtStep}, which records and compiles its
 * program every step) against one game that reads the minibatch as parameters
 * ({@code SmallGan.minibatchGame()}, compiled once), and the fixed-batch game's steps for scale.
 * The two minibatch paths give the same bits (MinibatchTrainingTest).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MinibatchBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
public class MinibatchBenchmark {
    private static final int STEPS = 50;
    private static final OptimizerSpec ADAM = OptimizerSpec.parse("adam:alpha=0.003,beta1=0.5");

    /** Hidden width of both networks: d = 219 (8) or 691 (16). */
    @Param({"8", "16"})
    public int width;

    private SmallGan gan;
    private Game minibatchGame;
    private Game fixed;

    @Setup(Level.Trial)
    public void setUp() {
        gan = SmallGan.builder().generatorWidth(width).discriminatorWidth(width).batch(128).build();
        minibatchGame = gan.minibatchGame();
        fixed = gan.game();
    }

    /** A game per step: each records and compiles its program. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double gamePerStep() {
        return MinibatchTraining.run(ADAM, gan::gameAtStep, gan.initialPoint(), STEPS, STEPS).last()
                .parameters()[0];
    }

    /** One game, its minibatch written into ω before each step. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double minibatchAsParameters() {
        return MinibatchTraining.run(ADAM, minibatchGame, gan::minibatch, gan.initialPoint(), STEPS, STEPS)
                .last().parameters()[0];
    }

    /** The fixed batch at every step (no minibatch at all), for scale. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double fixedBatch() {
        return MinibatchTraining.run(ADAM, t -> fixed, gan.initialPoint(), STEPS, STEPS).last().parameters()[0];
    }
}
