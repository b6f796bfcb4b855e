package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.Optimizer;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.StartingPoints;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
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
 * Derivatives of an optimiser's augmented update map on the memory-one IPD (d = 10, γ = 0.96,
 * unscaled), issue 11: one Jacobian-vector product J(x)u (what Lyapunov exponents and GRR's search
 * pay per step), one step F(x), and the dense J(x) (what the linearised analysis pays), at the
 * state after five steps from a seeded N(0, 1) start, so that every buffer is non-zero.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RuleJacobianBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
public class RuleJacobianBenchmark {

    @Param({"complex-momentum:alpha=0.1,beta=0.9@0.3927",
            "adam:alpha=0.01",
            "lola:alpha=1",
            "sos:alpha=1"})
    public String spec;

    private DifferentiableMap map;
    private double[] state;
    private double[] next;
    private DMatrixRMaj u;
    private DMatrixRMaj ju;
    private DMatrixRMaj jacobian;

    @Setup(Level.Trial)
    public void setUp() {
        Game ipd = GameRegistry.create("ipd");
        Optimizer opt = OptimizerSpec.parse(spec).create(ipd, StartingPoints.gaussian(10, 0, 1, 3));
        for (int t = 0; t < 5; t++) {
            opt.step();
        }
        map = opt.updateMap();
        state = opt.state();
        next = new double[state.length];
        double[] direction = StartingPoints.gaussian(state.length, 0, 1, 4);
        u = new DMatrixRMaj(state.length, 1, true, direction);
        ju = new DMatrixRMaj(state.length, 1);
        jacobian = new DMatrixRMaj(state.length, state.length);
    }

    /** J(x)u. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DMatrixRMaj jacobianVectorProduct() {
        map.jacobianTimes(state, u, ju);
        return ju;
    }

    /** F(x). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] step() {
        map.apply(state, next);
        return next;
    }

    /** The dense J(x). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DMatrixRMaj denseJacobian() {
        map.jacobian(state, jacobian);
        return jacobian;
    }
}
