package io.github.gamedyn.spark;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.lyapunov.LandscapeJob;
import io.github.gamedyn.core.lyapunov.LyapunovMethod;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the Spark engine costs against the local engine on this machine (not a test):
 * the time to start a Spark context, the fixed cost of a job (a job of one trivial cell per
 * range), and per-cell cost, from small-IPD FTLE landscapes (transported vector, α = 10) of
 * 200 × 200 × 50 and 1000 × 1000 × 100, as wall time and process CPU time (every thread of the
 * JVM, Spark's included), each the median of {@code reps} warm runs after one warm-up.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl gamedyn-spark -am
 * java $OPENS -cp "gamedyn-spark/target/test-classes:gamedyn-spark/target/gamedyn-spark.jar" \
 *     io.github.gamedyn.spark.EngineOverhead [MASTER] [REPS] [LARGE_REPS]
 * </pre>
 */
public final class EngineOverhead {

    private EngineOverhead() {
    }

    /** One trivial cell: what a job costs beyond its cells. */
    private record Trivial(int cells) implements CellJob<Integer>, Serializable {
        @Override
        public CellKernel<Integer> kernel() {
            return cell -> cell;
        }
    }

    /** Runs the measurements: {@code [master] [reps] [largeReps]}. */
    public static void main(String[] args) {
        String master = args.length > 0 ? args[0] : "local[*]";
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int largeReps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        LocalEngine local = LocalEngine.ofAvailableProcessors();
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        Engine spark = SparkEngine.start(master);
        report("spark context start", System.nanoTime() - wall, os.getProcessCpuTime() - cpu, 1);
        try {
            int ranges = SparkEngine.ranges(Integer.MAX_VALUE, 1,
                    ((SparkEngine) spark).defaultParallelism());
            measure("trivial job, " + ranges + " cells, spark", spark, new Trivial(ranges), reps,
                    os);
            measure("trivial job, " + ranges + " cells, local", local, new Trivial(ranges), reps,
                    os);
            LandscapeJob small = landscape(200, 50);
            measure("200x200x50 landscape, local", local, small, reps, os);
            measure("200x200x50 landscape, spark", spark, small, reps, os);
            LandscapeJob large = landscape(1000, 100);
            measure("1000x1000x100 landscape, local", local, large, largeReps, os);
            measure("1000x1000x100 landscape, spark", spark, large, largeReps, os);
        } finally {
            spark.close();
        }
    }

    private static LandscapeJob landscape(int n, int horizon) {
        return new LandscapeJob(new RegisteredGame("small-ipd"), 10, LyapunovMethod.TRANSPORTED,
                horizon, new ProbabilityGrid.Recipe(0.02, 0.98, n));
    }

    private static void measure(String what, Engine engine, CellJob<?> job, int reps,
            com.sun.management.OperatingSystemMXBean os) {
        engine.run(job);
        long[] walls = new long[reps];
        long[] cpus = new long[reps];
        List<?> first = null;
        for (int r = 0; r < reps; r++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            List<?> out = engine.run(job);
            walls[r] = System.nanoTime() - wall;
            cpus[r] = os.getProcessCpuTime() - cpu;
            if (first == null) {
                first = out;
            } else if (!first.equals(out)) {
                throw new IllegalStateException(what + ": runs differ");
            }
        }
        java.util.Arrays.sort(walls);
        java.util.Arrays.sort(cpus);
        report(what, walls[reps / 2], cpus[reps / 2], job.cells());
    }

    private static void report(String what, long wallNanos, long cpuNanos, int cells) {
        System.out.printf(Locale.ROOT, "%-34s wall %9.3f s  cpu %9.3f s  (%d cells: wall %.3f us,"
                + " cpu %.3f us per cell)%n", what, wallNanos * 1e-9, cpuNanos * 1e-9, cells,
                wallNanos * 1e-3 / cells, cpuNanos * 1e-3 / cells);
    }
}
