package io.github.gamedyn.momentum;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.game.Game;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link RadiusSweep} as a job of cells, for any {@link io.github.gamedyn.core.engine.Engine}:
 * <pre>{@code
 * RadiusSweepJob job = RadiusSweepJob.of(new RegisteredGame("dirac-gan"), new double[] {0, 0},
 *         OptimizerSpec.parse("complex-momentum:alpha=0.1"), axes);
 * RadiusSweep.Result r = RadiusSweep.sweep(job, engine);
 * }</pre>
 * The eigenvalues of Ĥ(ω*) that the per-eigenvalue path needs are computed once, by {@link #of},
 * where the job is made, and travel with it: cells never depend on the eigen-solver of the machine
 * they run on. (The dense analysis of methods without that path runs per cell where it runs.)
 *
 * @param game the game, built again where the cells run
 * @param fixedPoint ω*
 * @param optimizer the base spec as text ({@link OptimizerSpec#toString()}, which parses back to
 *     the same bits)
 * @param axes the axes
 * @param eigRe real parts of the eigenvalues of Ĥ(ω*) in the upper half-plane, or {@code null}
 *     for the dense analysis per cell
 * @param eigIm their imaginary parts, or {@code null}
 */
public record RadiusSweepJob(GameRecipe game, double[] fixedPoint, String optimizer,
        List<RadiusSweep.Axis> axes, double[] eigRe, double[] eigIm)
        implements CellJob<Double>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the axes against the optimizer and copies the arrays. */
    public RadiusSweepJob {
        Objects.requireNonNull(game, "game");
        axes = List.copyOf(axes);
        RadiusSweep.cellCount(OptimizerSpec.parse(optimizer), axes);
        fixedPoint = fixedPoint.clone();
        if ((eigRe == null) != (eigIm == null)
                || (eigRe != null && eigRe.length != eigIm.length)) {
            throw new IllegalArgumentException("eigRe and eigIm have lengths "
                    + (eigRe == null ? "null" : eigRe.length) + " and "
                    + (eigIm == null ? "null" : eigIm.length) + "; allowed: both null or of one "
                    + "length");
        }
        eigRe = eigRe == null ? null : eigRe.clone();
        eigIm = eigIm == null ? null : eigIm.clone();
    }

    /**
     * The job of a sweep: builds the game here once for the eigenvalues of Ĥ(ω*).
     *
     * @param fixedPoint ω*, ξ(ω*) = 0. Not modified.
     * @throws IllegalArgumentException if an axis names a hyperparameter the method lacks
     */
    public static RadiusSweepJob of(GameRecipe game, double[] fixedPoint, OptimizerSpec base,
            List<RadiusSweep.Axis> axes) {
        RadiusSweep.cellCount(base, axes);
        double[][] eig = RadiusSweep.eigenvalues(game.create(), fixedPoint, base);
        return new RadiusSweepJob(game, fixedPoint, base.toString(), axes,
                eig == null ? null : eig[0], eig == null ? null : eig[1]);
    }

    /** A copy of ω*. */
    @Override
    public double[] fixedPoint() {
        return fixedPoint.clone();
    }

    /** A copy of the real parts, or {@code null}. */
    @Override
    public double[] eigRe() {
        return eigRe == null ? null : eigRe.clone();
    }

    /** A copy of the imaginary parts, or {@code null}. */
    @Override
    public double[] eigIm() {
        return eigIm == null ? null : eigIm.clone();
    }

    @Override
    public int cells() {
        return RadiusSweep.cellCount(OptimizerSpec.parse(optimizer), axes);
    }

    @Override
    public int chunk() {
        return RadiusSweep.CHUNK;
    }

    @Override
    public CellKernel<Double> kernel() {
        // the dense analysis needs the game; the per-eigenvalue path only the numbers
        Game g = eigRe == null ? game.create() : null;
        return RadiusSweep.kernel(g, fixedPoint, OptimizerSpec.parse(optimizer), axes,
                eigRe == null ? null : new double[][] {eigRe, eigIm});
    }

    /** The cause alone: it names the hyperparameter and its value. */
    @Override
    public String failure(int cell, String cause) {
        return cause;
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RadiusSweepJob other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "RadiusSweepJob[game=" + game + ", fixedPoint=" + Arrays.toString(fixedPoint)
                + ", optimizer=" + optimizer + ", axes=" + axes + ", eigRe="
                + Arrays.toString(eigRe) + ", eigIm=" + Arrays.toString(eigIm) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {game, fixedPoint, optimizer, axes, eigRe, eigIm};
    }
}
