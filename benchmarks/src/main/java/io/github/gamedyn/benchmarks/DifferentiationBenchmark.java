package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameRegistry;
import io.github.gamedyn.zoo.SmallGan;
import java.util.SplittableRandom;
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
 * The cost of exact derivatives relative to the losses, on a scalar-heavy game (the exact IPD: a
 * 4×4 linear solve, d = 10) and an array-heavy one (the small GAN: two MLPs, batch 256,
 * d = 691). Targets of issue 2: ξ ≤ 4× losses, Ĥv ≤ 3× ξ, dense Ĥ ≤ d Ĥv (the dense Ĥ of the GAN
 * is in {@link ZooBenchmark}).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DifferentiationBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DifferentiationBenchmark {

    @Param({"ipd", "small-gan"})
    public String game;

    private Game g;
    private double[] point;
    private double[] direction;

    /** The game at a seeded point (the GAN at its seeded initialisation). */
    @Setup
    public void setUp() {
        if (game.equals("small-gan")) {
            SmallGan gan = SmallGan.builder().build();
            g = gan.game();
            point = gan.initialPoint();
        } else {
            g = GameRegistry.create(game);
            point = new double[g.dimension()];
            SplittableRandom rng = new SplittableRandom(1);
            for (int i = 0; i < point.length; i++) {
                point[i] = rng.nextDouble(-1, 1);
            }
        }
        direction = new double[g.dimension()];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < direction.length; i++) {
            direction[i] = rng.nextDouble(-1, 1);
        }
    }

    /** The players' losses only. */
    @Benchmark
    public double[] losses() {
        return g.losses(point);
    }

    /** ξ(ω). */
    @Benchmark
    public double[] simultaneousGradient() {
        return g.simultaneousGradient(point);
    }

    /** Ĥ(ω)v. */
    @Benchmark
    public double[] jacobianVectorProduct() {
        return g.jacobianVectorProduct(point, direction);
    }

    /** Dense Ĥ(ω) (IPD only; the GAN's takes a second, see ZooBenchmark). */
    @Benchmark
    public Object denseJacobian() {
        return game.equals("ipd") ? g.jacobian(point) : null;
    }
}
