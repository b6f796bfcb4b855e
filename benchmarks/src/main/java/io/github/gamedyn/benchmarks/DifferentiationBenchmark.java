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
 * The traced derivatives of a scalar-heavy game (the exact IPD: a 4×4 linear solve, d = 10) and
 * an array-heavy one (the small GAN: two MLPs, batch 256, fixed batch, d = 691), at one point and,
 * for the IPD, over a batch of {@value #BATCH} points (divide those times by the batch size for the
 * cost per point). Targets of the trace issue: IPD ξ ≤ 1.5 µs at one point; over the batch ≤ 0.4 µs
 * per point for ξ, ≤ 1.5 µs for Ĥv, ≤ 8 µs for the dense Ĥ; GAN ξ ≤ 0.5 ms, Ĥv ≤ 2 ξ, dense
 * Ĥ ≤ 0.3 s. The peers are {@code ../shared/peers/torch/ipd_derivs_torch.py} and
 * {@code small_gan_torch.py}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DifferentiationBenchmark -f 1 -wi 3 -i 5 -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DifferentiationBenchmark {
    /** Points of the batched IPD benchmarks. */
    public static final int BATCH = 10_000;

    @Param({"small-ipd", "ipd", "small-gan"})
    public String game;

    private Game g;
    private double[] point;
    private double[] direction;
    private double[] points;
    private double[] directions;
    private double[] out;
    private double[] gradients;
    private double[] jacobians;

    /** The game at a seeded point (the GAN at its seeded initialisation) and seeded directions. */
    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        if (game.equals("small-gan")) {
            SmallGan gan = SmallGan.builder().build();
            g = gan.game();
            point = gan.initialPoint();
        } else {
            g = GameRegistry.create(game);
            point = uniform(rng, g.dimension());
        }
        int d = g.dimension();
        direction = uniform(rng, d);
        if (game.equals("ipd")) {
            points = uniform(rng, BATCH * d);
            directions = uniform(rng, BATCH * d);
            out = new double[BATCH * d];
            gradients = new double[BATCH * d];
            jacobians = new double[BATCH * d * d];
        }
    }

    private static double[] uniform(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        return x;
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

    /** The dense Ĥ(ω). */
    @Benchmark
    public Object denseJacobian() {
        return g.jacobian(point);
    }

    /** ξ at {@value #BATCH} points (IPD only). */
    @Benchmark
    public double[] batchSimultaneousGradients() {
        if (points != null) {
            g.simultaneousGradients(BATCH, points, gradients);
        }
        return gradients;
    }

    /** Ĥv and ξ at {@value #BATCH} points (IPD only). */
    @Benchmark
    public double[] batchJacobianVectorProducts() {
        if (points != null) {
            g.jacobianVectorProducts(BATCH, points, directions, out, gradients);
        }
        return out;
    }

    /** The dense Ĥ at {@value #BATCH} points (IPD only). */
    @Benchmark
    public double[] batchJacobians() {
        if (points != null) {
            g.jacobians(BATCH, points, jacobians);
        }
        return jacobians;
    }
}
