package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.SmallGan;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The small GAN of the zoo at its defaults (ring data, hidden widths 16, batch 256, fixed batch,
 * d = 691) at its seeded initial point: the simultaneous gradient ξ (target ≤ 2 ms) and the dense
 * game Jacobian Ĥ (target ≤ 3 s).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ZooBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ZooBenchmark {
    private Game game;
    private double[] point;

    /** Builds the fixed-batch game once; the batch is not part of the measured time. */
    @Setup
    public void setUp() {
        SmallGan gan = SmallGan.builder().build();
        game = gan.game();
        point = gan.initialPoint();
    }

    /** ξ(ω₀). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double[] smallGanSimultaneousGradient() {
        return game.simultaneousGradient(point);
    }

    /** Dense Ĥ(ω₀), 691 × 691. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DMatrixRMaj smallGanDenseJacobian() {
        return game.jacobian(point);
    }
}
