package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.HeavyBall;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.zoo.BilinearGame;
import io.github.gamedyn.zoo.QuadraticGame;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Complex momentum costs (issue 5): a 200 × 200 (arg β, |β|) spectral-radius sweep of
 * simultaneous complex momentum on the 14-dimensional quadratic family (per-eigenvalue path, one
 * thread; target under 0.2 s), and steps of simultaneous complex momentum against heavy ball on a
 * 100-dimensional bilinear game (target ≤ 1.2× heavy ball).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MomentumBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
public class MomentumBenchmark {
    private static final int STEPS = 1000;

    private Game quadratic;
    private List<RadiusSweep.Axis> axes;
    private Game bilinear;
    private double[] w0;

    @Setup(Level.Trial)
    public void setUp() {
        double[] a = {0.2, 0.5, 0.9, 1.4, 2.0, 2.7, 3.5};
        double[] gamma = {0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0};
        quadratic = QuadraticGame.create(a, gamma);
        double[] args = new double[200];
        double[] moduli = new double[200];
        for (int i = 0; i < 200; i++) {
            args[i] = Math.PI * i / 199;
            moduli[i] = 0.99 * i / 199;
        }
        axes = List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, args),
                new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, moduli));
        SplittableRandom random = new SplittableRandom(5);
        double[][] matrix = new double[50][50];
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble(-0.1, 0.1);
            }
        }
        bilinear = BilinearGame.create(matrix);
        w0 = new double[100];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = random.nextDouble(-1, 1);
        }
    }

    /** 40 000 cells of ρ, one thread, steady state (repeated within each iteration). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double radiusSweep200x200() {
        return RadiusSweep.sweep(quadratic, new double[14],
                OptimizerSpec.parse("complex-momentum:alpha=0.1"), axes, 1).bestRadius();
    }

    /** {@value #STEPS} steps of simultaneous complex momentum, 100-dimensional bilinear game. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double complexMomentumSteps() {
        return run(OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=0.9@0.3927"));
    }

    /** {@value #STEPS} steps of heavy ball on the same game, the baseline. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double heavyBallSteps() {
        return run(OptimizerSpec.builder(HeavyBall.METHOD).set("alpha", 0.1)
                .set("beta", 0.5).build());
    }

    private double run(OptimizerSpec spec) {
        Optimizer opt = spec.create(bilinear, w0);
        for (int t = 0; t < STEPS; t++) {
            opt.step();
        }
        return opt.parameters()[0];
    }
}
