package io.github.gamedyn.benchmarks;

import io.github.gamedyn.core.linalg.EigenSolver;
import io.github.gamedyn.core.linalg.FrancisQrEigenSolver;
import io.github.gamedyn.core.linalg.LapackEigenSolver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Thread-CPU time of the dense eigen-solvers, for a side-by-side ratio with
 * {@code /work/shared/peers/torch/scipy_eig_sizes.py} (whose "cpu min" is process CPU time at one BLAS
 * thread) on a shared, loaded machine where wall times vary: the minimum over runs, after warm-up, for
 * eig + vectors and for eigenvalues only, on the N(0, 1) matrices of {@link EigenBenchmark}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.gamedyn.benchmarks.EigenCpuTimes [runs]</pre>
 */
public final class EigenCpuTimes {

    private EigenCpuTimes() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (String name : new String[] {"java", "lapack"}) {
            EigenSolver solver = name.equals("java") ? new FrancisQrEigenSolver()
                    : LapackEigenSolver.available().orElse(null);
            if (solver == null) {
                System.out.println("lapack: no native LAPACK on this machine");
                continue;
            }
            for (int n : new int[] {100, 500, 1000}) {
                Random random = new Random(1);
                DMatrixRMaj a = new DMatrixRMaj(n, n);
                for (int i = 0; i < a.data.length; i++) {
                    a.data[i] = random.nextGaussian();
                }
                int r = n < 1000 ? runs : Math.max(2, runs / 2);
                double vectors = Double.POSITIVE_INFINITY;
                double values = Double.POSITIVE_INFINITY;
                for (int k = 0; k <= r; k++) {
                    long t0 = bean.getCurrentThreadCpuTime();
                    solver.decompose(a);
                    long t1 = bean.getCurrentThreadCpuTime();
                    solver.eigenvalues(a);
                    long t2 = bean.getCurrentThreadCpuTime();
                    if (k > 0) {
                        vectors = Math.min(vectors, (t1 - t0) / 1e6);
                        values = Math.min(values, (t2 - t1) / 1e6);
                    }
                }
                System.out.println(String.format(Locale.ROOT,
                        "RESULT %-6s n=%4d eig+vectors cpu min %9.2f ms | values only cpu min %9.2f ms", name, n,
                        vectors, values));
            }
        }
    }
}
