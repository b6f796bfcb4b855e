package io.github.gamedyn.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.engine.CellFailedException;
import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.Engines;
import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.LandscapeJob;
import io.github.gamedyn.core.lyapunov.LyapunovMethod;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.momentum.MultiStartJob;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.momentum.RadiusSweepJob;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrProgress;
import io.github.gamedyn.ridge.grr.GrrTreeJson;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof that the Spark engine gives the local engine's bits: one Spark context on
 * {@code local[2]} (driver on 127.0.0.1, web UI off), found by name like the command line finds
 * it, runs every job kind, each compared with {@link LocalEngine} on one and on two threads.
 */
class SparkEngineTest extends QuietTest {
    private static final LocalEngine ONE = new LocalEngine(1);
    private static final LocalEngine TWO = new LocalEngine(2);

    private static Engine spark;

    @BeforeAll
    static void startSpark() {
        spark = Engines.create("spark", Map.of("master", "local[2]"));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    /** Results of any kind, compared element by element, doubles bit for bit. */
    private static <R> List<R> sameOnEveryEngine(CellJob<R> job) {
        List<R> local = ONE.run(job);
        assertEquals(local, TWO.run(job), "local engine, 2 threads");
        assertEquals(local, spark.run(job), "spark engine");
        return local;
    }

    @Test
    void aLandscapeOf200By200IsBitIdentical() {
        LandscapeJob job = new LandscapeJob(new RegisteredGame("small-ipd"), 10,
                LyapunovMethod.TRANSPORTED, 20, new ProbabilityGrid.Recipe(0.02, 0.98, 200));
        List<Double> values = sameOnEveryEngine(job);
        assertEquals(40_000, values.size());
        double[] expected = Landscape.evaluate(job, ONE).values();
        assertArrayEquals(expected, Landscape.evaluate(job, spark).values(), 0);
        // the job's ranges are not the local chunks: cells are batched differently, same bits
        assertTrue(SparkEngine.ranges(40_000, job.chunk(), 2) == 8);
    }

    @Test
    void aRadiusSweepOf64By64IsBitIdentical() {
        double[] args = new double[64];
        double[] moduli = new double[64];
        for (int i = 0; i < 64; i++) {
            args[i] = Math.PI * i / 63;
            moduli[i] = 0.99 * i / 63;
        }
        RadiusSweepJob job = RadiusSweepJob.of(new RegisteredGame("dirac-gan"), new double[2],
                OptimizerSpec.parse("complex-momentum:alpha=0.1"),
                List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, args),
                        new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, moduli)));
        sameOnEveryEngine(job);
        RadiusSweep.Result local = RadiusSweep.sweep(job, TWO);
        RadiusSweep.Result remote = RadiusSweep.sweep(job, spark);
        assertArrayEquals(local.radii(), remote.radii(), 0);
        assertEquals(local.best(), remote.best());
    }

    @Test
    void lolaFrom256StartsOnTheIpdIsBitIdentical() {
        MultiStartJob job = new MultiStartJob(new RegisteredGame("ipd"), "lola:alpha=1", 0, 256,
                100);
        List<MultiStartJob.Run> runs = sameOnEveryEngine(job);
        assertEquals(256, runs.size());
        assertEquals(255, runs.get(255).index());
    }

    /** The restarts of the search run on the engine; the tree, built on the driver, is the same. */
    @Test
    void fourGrrRestartsGiveTheSameTree() {
        GrrOptions options = GrrOptions.defaults().withLearningRate(10)
                .withSearch(s -> s.withHorizon(20).withRestarts(4).withIterations(20).withSeed(3))
                .withFollowing(f -> f.withTolerance(1e-4).withSteps(2000));
        RegisteredGame smallIpd = new RegisteredGame("small-ipd");
        String direct = GrrTreeJson.toJson(new GeneralizedRidgeRider(options)
                .run(smallIpd.create()));
        for (Engine engine : new Engine[] {ONE, TWO, spark}) {
            assertEquals(direct, GrrTreeJson.toJson(new GeneralizedRidgeRider(options)
                    .run(smallIpd, GrrProgress.NONE, engine)), engine.name());
        }
    }

    /** Cells that throw: the lowest failing one is named, as by the local engine. */
    private record Failing(int cells) implements CellJob<Integer>, Serializable {
        @Override
        public CellKernel<Integer> kernel() {
            return cell -> {
                if (cell % 97 == 50) {
                    throw new ArithmeticException("no value at " + cell);
                }
                return cell;
            };
        }

        @Override
        public String failure(int cell, String cause) {
            return "cell " + cell + " of the failing job: " + cause;
        }
    }

    @Test
    void aFailingJobNamesTheLowestFailingCell() {
        CellFailedException local = assertThrows(CellFailedException.class,
                () -> TWO.run(new Failing(1000)));
        CellFailedException remote = assertThrows(CellFailedException.class,
                () -> spark.run(new Failing(1000)));
        assertEquals(50, remote.cell());
        assertEquals(local.getMessage(), remote.getMessage());
        assertEquals("cell 50 of the failing job: no value at 50", remote.getMessage());
        assertFalse(remote.invalidArgument());
    }

    @Test
    void aJobWhoseKernelCannotBeBuiltFailsAsLocally() {
        LandscapeJob job = new LandscapeJob(new RegisteredGame("ipd"), 1,
                LyapunovMethod.TRANSPORTED, 5, new ProbabilityGrid.Recipe(0.1, 0.9, 4));
        IllegalArgumentException local = assertThrows(IllegalArgumentException.class,
                () -> TWO.run(job));
        IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
                () -> spark.run(job));
        assertEquals(local.getMessage(), remote.getMessage());
    }

    /** A job holding what cannot be serialised (a lambda, a live game) fails before Spark runs. */
    private record Unshippable(int cells, Runnable hook) implements CellJob<Integer>,
            Serializable {
        @Override
        public CellKernel<Integer> kernel() {
            return cell -> cell;
        }
    }

    @Test
    void aJobThatCannotBeSerialisedIsRefusedInOneLine() {
        Unshippable job = new Unshippable(3, () -> { });
        assertEquals(List.of(0, 1, 2), ONE.run(job));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spark.run(job));
        assertTrue(e.getMessage().startsWith("job " + Unshippable.class.getName() + " cannot "
                + "be sent to Spark's executors: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("is not serialisable; allowed: a serialisable record "
                + "of spec strings and numbers (its game a GameRecipe, never a live Game or a "
                + "lambda)"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** A result that cannot travel back names its cell. */
    private record UnshippableResults(int cells) implements CellJob<Object>, Serializable {
        @Override
        public CellKernel<Object> kernel() {
            return cell -> cell == 7 ? new Object() : (Object) cell;
        }
    }

    @Test
    void aResultThatCannotBeSerialisedNamesItsCell() {
        CellFailedException e = assertThrows(CellFailedException.class,
                () -> spark.run(new UnshippableResults(20)));
        assertEquals(7, e.cell());
        assertEquals("cell 7 failed: its result cannot be sent back to the driver: "
                + "java.lang.Object is not serialisable", e.getMessage());
    }

    @Test
    void noCellsGiveNoResults() {
        assertEquals(List.of(), spark.run(new Failing(0)));
    }

    @Test
    void rangesAreAFewPerCoreAndNeverBelowAChunk() {
        assertEquals(8, SparkEngine.ranges(10_000, 1, 2));
        assertEquals(3, SparkEngine.ranges(3, 1, 2));
        assertEquals(2, SparkEngine.ranges(300, 256, 2));
        assertEquals(1, SparkEngine.ranges(1, 256, 64));
        assertEquals(256, SparkEngine.ranges(1_000_000, 256, 64));
        int cells = 1001;
        int ranges = 8;
        assertEquals(0, RangeTask.bound(0, cells, ranges));
        assertEquals(cells, RangeTask.bound(ranges, cells, ranges));
        for (int k = 0; k < ranges; k++) {
            int size = RangeTask.bound(k + 1, cells, ranges) - RangeTask.bound(k, cells, ranges);
            assertTrue(size == 125 || size == 126, "range " + k + " has " + size + " cells");
        }
    }

    @Test
    void theDriverStaysOnThisMachineForLocalMasters() {
        assertTrue(SparkEngine.onThisMachine("local[2]"));
        assertTrue(SparkEngine.onThisMachine("local"));
        assertTrue(SparkEngine.onThisMachine("spark://127.0.0.1:7077"));
        assertTrue(SparkEngine.onThisMachine("spark://localhost:7077"));
        assertFalse(SparkEngine.onThisMachine("spark://10.1.2.3:7077"));
        assertFalse(SparkEngine.onThisMachine("spark://127.0.0.1:7077,node2:7077"));
        assertFalse(SparkEngine.onThisMachine("yarn"));
        assertEquals("local[2]", ((SparkEngine) spark).master());
    }

    @Test
    void unknownSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Engines.create("spark", Map.of("threads", "2")));
        assertEquals("setting 'threads' of engine spark is unknown; allowed: master",
                e.getMessage());
        assertEquals(List.of("local", "spark"), Engines.names());
    }
}
