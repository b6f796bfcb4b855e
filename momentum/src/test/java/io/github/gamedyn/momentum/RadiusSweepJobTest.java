package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A radius-sweep job on the local engine gives the bits of the direct sweep. */
class RadiusSweepJobTest {
    private static final RegisteredGame DIRAC = new RegisteredGame("dirac-gan");
    private static final double[] ORIGIN = {0, 0};

    private static double[] values(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    private static void assertSameSweep(RadiusSweep.Result expected, RadiusSweep.Result got) {
        assertArrayEquals(expected.radii(), got.radii(), 0);
        assertEquals(expected.bestIndex(), got.bestIndex());
        assertEquals(expected.best(), got.best());
        assertEquals(expected.gradientEvaluationsPerStep(), got.gradientEvaluationsPerStep());
    }

    @Test
    void thePerEigenvaluePathGivesTheBitsOfTheDirectSweep() {
        OptimizerSpec base = OptimizerSpec.parse("complex-momentum:alpha=0.1");
        List<RadiusSweep.Axis> axes = List.of(
                new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, values(0, Math.PI, 37)),
                new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, values(0, 0.99, 29)));
        Game g = DIRAC.create();
        RadiusSweep.Result expected = RadiusSweep.sweep(g, ORIGIN, base, axes, 1);
        RadiusSweepJob job = RadiusSweepJob.of(DIRAC, ORIGIN, base, axes);
        assertNotNull(job.eigRe());
        assertEquals(37 * 29, job.cells());
        for (int threads : new int[] {1, 2, 3}) {
            assertSameSweep(expected, RadiusSweep.sweep(g, ORIGIN, base, axes, threads));
            assertSameSweep(expected, RadiusSweep.sweep(job, new LocalEngine(threads)));
        }
    }

    @Test
    void theDenseAnalysisGivesTheBitsOfTheDirectSweep() {
        OptimizerSpec base = OptimizerSpec.parse("heavy-ball:alpha=0.1,schedule=alternating");
        List<RadiusSweep.Axis> axes = List.of(
                new RadiusSweep.Axis("beta", RadiusSweep.Part.REAL, values(-0.9, 0.9, 7)),
                new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, values(0.05, 0.5, 5)));
        RegisteredGame bilinear = new RegisteredGame("bilinear:dim=2,seed=3");
        Game g = bilinear.create();
        double[] w = new double[4];
        RadiusSweep.Result expected = RadiusSweep.sweep(g, w, base, axes, 1);
        RadiusSweepJob job = RadiusSweepJob.of(bilinear, w, base, axes);
        assertNull(job.eigRe());
        assertSameSweep(expected, RadiusSweep.sweep(job, new LocalEngine(1)));
        assertSameSweep(expected, RadiusSweep.sweep(job, new LocalEngine(2)));
    }

    @Test
    void aCellOutsideTheDomainIsAnIllegalArgumentNamingIt() {
        RadiusSweepJob job = RadiusSweepJob.of(DIRAC, ORIGIN,
                OptimizerSpec.parse("complex-momentum"), List.of(new RadiusSweep.Axis("beta",
                        RadiusSweep.Part.MODULUS, new double[] {0.5, 0.7, 1.0, 1.2})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RadiusSweep.sweep(job, new LocalEngine(2)));
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class,
                () -> RadiusSweep.sweep(DIRAC.create(), ORIGIN, OptimizerSpec.parse(
                        "complex-momentum"), job.axes(), 1));
        assertEquals(direct.getMessage(), e.getMessage());
        assertTrue(e.getMessage().startsWith("beta = "), e.getMessage());
    }

    @Test
    void anAxisTheMethodLacksIsRejectedWhenTheJobIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RadiusSweepJob.of(DIRAC, ORIGIN, OptimizerSpec.parse("gd"),
                        List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.REAL,
                                new double[] {0.5}))));
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
    }

    @Test
    void theJobSurvivesSerialisation() throws IOException, ClassNotFoundException {
        RadiusSweepJob job = RadiusSweepJob.of(DIRAC, ORIGIN,
                OptimizerSpec.parse("complex-momentum:alpha=0.1,beta=0.9@0.3927"),
                List.of(new RadiusSweep.Axis("alpha", RadiusSweep.Part.REAL, values(0.01, 1, 9))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(job);
        }
        RadiusSweepJob back;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (RadiusSweepJob) in.readObject();
        }
        assertSameSweep(RadiusSweep.sweep(job, new LocalEngine(1)),
                RadiusSweep.sweep(back, new LocalEngine(1)));
    }
}
