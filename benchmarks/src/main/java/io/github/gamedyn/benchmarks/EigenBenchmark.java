package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.linalg.EigenSolver;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.FrancisQrEigenSolver;
import io.github.gamedyn.core.linalg.LapackEigenSolver;
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
 * eigenvectors, and eigenvalues only, by the pure-Java {@link FrancisQrEigenSolver} ({@code java}) and
 * the native {@link LapackEigenSolver} ({@code lapack}, needs {@code liblapack.so.3}). Compare with
 * {@code benchmarks/scripts/scipy_eig_bench.py} (same sizes and distribution).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EigenBenchmark -f 1 -wi 3 -i 5 -p n=100,500,1000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EigenBenchmark {

    @Param({"100", "500"})
    int n;

    @Param({"java", "lapack"})
    String solverName;

    private EigenSolver solver;
    private DMatrixRMaj matrix;

    @Setup
    public void setUp() {
        solver = solverName.equals("java") ? new FrancisQrEigenSolver()
                : LapackEigenSolver.available().orElseThrow(
                        () -> new IllegalStateException("no native LAPACK: install libopenblas0-serial"));
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
