package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.linalg.EigenSolver;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.FrancisQrEigenSolver;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Eigen-decomposition of a dense random n×n matrix (standard normal entries, seed 1): eigenvalues and
 * eigenvectors, and eigenvalues only. Compare with {@code benchmarks/scripts/scipy_eig_bench.py}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EigenBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EigenBenchmark {

    @Param({"100", "500"})
    int n;

    private final EigenSolver solver = new FrancisQrEigenSolver();
    private DMatrixRMaj matrix;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        matrix = new DMatrixRMaj(n, n);
        for (int i = 0; i < matrix.data.length; i++) {
            matrix.data[i] = random.nextGaussian();
        }
    }

    @Benchmark
    public Eigendecomposition decompose() {
        return solver.decompose(matrix);
    }

    @Benchmark
    public Complex[] eigenvalues() {
        return solver.eigenvalues(matrix);
    }
}
