package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.RegisteredGame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs from many starts as a job give the bits of single runs, on any number of threads. */
class MultiStartJobTest {

    @Test
    void everyRunIsTheRunOfItsSeed() {
        MultiStartJob job = new MultiStartJob(new RegisteredGame("ipd"), "lola:alpha=1", 40, 12,
                150);
        List<MultiStartJob.Run> runs = new LocalEngine(1).run(job);
        assertEquals(runs, new LocalEngine(2).run(job));
        assertEquals(runs, new LocalEngine(5).run(job));
        Game ipd = job.game().create();
        OptimizerSpec lola = OptimizerSpec.parse("lola:alpha=1");
        for (MultiStartJob.Run run : runs) {
            double[] w0 = StartingPoints.gaussian(10, 0, 1, 40 + run.index());
            RunResult direct = new TrajectoryRecorder(150).run(lola.create(ipd, w0), 150, null);
            assertEquals(40 + run.index(), run.seed());
            assertArrayEquals(w0, run.start(), 0);
            assertArrayEquals(direct.last().parameters(), run.point(), 0);
            assertArrayEquals(direct.last().losses(), run.losses(), 0);
            assertEquals(direct.last().gradientNorm(), run.gradientNorm(), 0);
            assertEquals(150, run.steps());
            assertFalse(run.diverged());
            assertArrayEquals(ipd.behaviour().describe(run.point()), run.features(), 0);
        }
    }

    /** GD with α = 10 on the bilinear game xy grows by √101 per step: every run diverges. */
    @Test
    void aDivergedRunSaysWhereItStopped() {
        MultiStartJob job = new MultiStartJob(new RegisteredGame("bilinear:dim=1"), "gd:alpha=10",
                0, 3, 1000);
        for (MultiStartJob.Run run : new LocalEngine(2).run(job)) {
            assertTrue(run.diverged());
            assertEquals("|parameter| > 1.0E12", run.divergence().reason());
            assertEquals(run.steps() + 1, run.divergence().step());
            assertTrue(run.steps() > 0 && run.steps() < 20, "" + run.steps());
        }
        MultiStartJob.Run calm = new LocalEngine(1).run(new MultiStartJob(
                new RegisteredGame("bilinear:dim=1"), "gd:alpha=0.01", 0, 1, 10)).get(0);
        assertNull(calm.divergence());
    }

    @Test
    void badArgumentsAreNamed() {
        RegisteredGame g = new RegisteredGame("ipd");
        assertEquals("starts = 0; allowed: >= 1", assertThrows(IllegalArgumentException.class,
                () -> new MultiStartJob(g, "gd", 0, 0, 10)).getMessage());
        assertEquals("steps = -1; allowed: >= 0", assertThrows(IllegalArgumentException.class,
                () -> new MultiStartJob(g, "gd", 0, 1, -1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new MultiStartJob(g, "nope", 0, 1, 1)).getMessage().contains("nope"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new MultiStartJob(g, "gd", Long.MAX_VALUE, 2, 1)).getMessage()
                .startsWith("seed = " + Long.MAX_VALUE + " with 2 starts overflows"));
    }
}
