package io.github.gamedyn.spark;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellRanges;
import io.github.gamedyn.core.engine.Engine;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs the cells of a job on Apache Spark. The cells are cut into contiguous ranges,
 * {@value #RANGES_PER_CORE} per core Spark offers (so that cheap and expensive ranges balance)
 * but never below the job's {@linkplain CellJob#chunk() chunk}; each range is one task, which
 * builds the job's kernel once and returns its results, serialised, or its first failing cell.
 * The results come back in cell order, the same bits as {@link
 * io.github.gamedyn.core.engine.LocalEngine}, and a failure names the failing cell of lowest
 * index, as there.
 *
 * <p>{@link #start} connects to the master given, else to the one {@code spark-submit} set
 * ({@code spark.master}), else to {@code local[*]}; it never overrides spark-submit's. On this
 * machine ({@code local[...]}, or a master on a loopback address) the driver binds to 127.0.0.1
 * and the web UI is off, unless the configuration says otherwise.
 */
public final class SparkEngine implements Engine {

    /** Ranges per core: a few, so that cells of uneven cost balance across the executors. */
    static final int RANGES_PER_CORE = 4;

    private static final String MASTER = "spark.master";

    private final JavaSparkContext context;

    private SparkEngine(JavaSparkContext context) {
        this.context = context;
    }

    /**
     * Starts a Spark context.
     *
     * @param master the master URL (e.g. {@code local[4]}, {@code spark://HOST:7077}), or
     *     {@code null} for the one spark-submit set, else {@code local[*]}
     * @throws IllegalArgumentException if the master is not a Spark master URL, or differs from
     *     the one spark-submit set
     * @throws IllegalStateException if Spark does not start, with its reason
     */
    public static SparkEngine start(String master) {
        SparkConf conf = new SparkConf();
        if (conf.contains(MASTER)) {
            if (master != null && !master.equals(conf.get(MASTER))) {
                throw new IllegalArgumentException("master '" + master + "' differs from the one "
                        + "spark-submit set, '" + conf.get(MASTER) + "'; allowed: the master given "
                        + "to spark-submit alone (no --master after the jar)");
            }
        } else {
            conf.setMaster(master == null ? "local[*]" : master);
        }
        conf.setIfMissing("spark.app.name", "gamedyn");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (onThisMachine(conf.get(MASTER))) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try {
            return new SparkEngine(new JavaSparkContext(conf));
        } catch (Exception e) {
            String why = Failures.rootMessage(e);
            if (why.contains("Could not parse Master URL")) {
                throw new IllegalArgumentException("master '" + conf.get(MASTER) + "' is not a "
                        + "Spark master URL; allowed: local, local[N], local[*], spark://HOST:PORT, "
                        + "yarn, k8s://HOST:PORT", e);
            }
            throw new IllegalStateException("Spark did not start with master '"
                    + conf.get(MASTER) + "': " + why, e);
        }
    }

    /** A local master, or a standalone master on a loopback address. */
    static boolean onThisMachine(String master) {
        if (master.startsWith("local")) {
            return true;
        }
        if (!master.startsWith("spark://")) {
            return false;
        }
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            String host = URI.create("spark://" + hostPort).getHost();
            if (host == null || !(host.equals("localhost") || host.startsWith("127."))) {
                return false;
            }
        }
        return true;
    }

    /** The cores Spark offers (its default parallelism). */
    public int defaultParallelism() {
        return context.defaultParallelism();
    }

    /** The master Spark runs on, e.g. {@code local[*]}. */
    public String master() {
        return context.master();
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public <R> List<R> run(CellJob<R> job) {
        int n = CellRanges.cells(job);
        if (n == 0) {
            return List.of();
        }
        requireSerialisable(job);
        int ranges = ranges(n, job.chunk(), context.defaultParallelism());
        List<RangeResult> parts;
        try {
            parts = context.parallelize(IntStream.range(0, ranges).boxed().toList(), ranges)
                    .map(new RangeTask<>(job, n, ranges)).collect();
        } catch (Exception e) {
            throw new IllegalStateException("the Spark job of " + job.getClass().getSimpleName()
                    + " failed: " + Failures.rootMessage(e), e);
        }
        List<R> results = new ArrayList<>(n);
        ClassLoader loader = job.getClass().getClassLoader();
        for (RangeResult part : parts) {
            part.rethrow();
            results.addAll(part.<R>results(loader));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * The number of ranges: {@value #RANGES_PER_CORE} per core, at most one per chunk of cells
     * and one per cell.
     */
    static int ranges(int cells, int chunk, int cores) {
        long byCores = (long) RANGES_PER_CORE * Math.max(1, cores);
        long byChunks = (cells + (long) Math.max(1, chunk) - 1) / Math.max(1, chunk);
        return (int) Math.max(1, Math.min(byCores, byChunks));
    }

    /**
     * Checks here, before Spark tries, that the job can be sent to the executors.
     *
     * @throws IllegalArgumentException naming what cannot be serialised
     */
    static void requireSerialisable(CellJob<?> job) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(job);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("job " + job.getClass().getName() + " cannot be "
                    + "sent to Spark's executors: " + e.getMessage() + " is not serialisable; "
                    + "allowed: a serialisable record of spec strings and numbers (its game a "
                    + "GameRecipe, never a live Game or a lambda)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("job " + job.getClass().getName() + " cannot be "
                    + "sent to Spark's executors: " + e.getMessage(), e);
        }
    }

    /** Stops the Spark context. */
    @Override
    public void close() {
        context.stop();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "spark engine (master %s, %d cores)", context.master(),
                context.defaultParallelism());
    }
}
