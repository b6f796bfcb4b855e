package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.complex.Complex;

/**
 * The spectral radius of an optimiser at a fixed point over a grid of hyperparameters, e.g.
 * arg β × |β| × α for complex momentum. Methods with a {@linkplain PerEigenvalueRadius
 * per-eigenvalue path} decompose Ĥ once and cost microseconds per cell; the others use the
 * dense analysis per cell. Cells are independent and written to their own slot, so the result is
 * bit-identical whatever the thread count.
 *
 * <pre>{@code
 * RadiusSweep.Result r = RadiusSweep.sweep(game, wStar,
 *         OptimizerSpec.parse("complex-momentum:alpha=0.1"),
 *         List.of(new RadiusSweep.Axis("beta", RadiusSweep.Part.ARGUMENT, args),
 *                 new RadiusSweep.Axis("beta", RadiusSweep.Part.MODULUS, moduli)), 2);
 * OptimizerSpec best = r.best();
 * }</pre>
 */
public final class RadiusSweep {

    private RadiusSweep() {
    }

    /** Which part of a (possibly complex) hyperparameter an axis sets. */
    public enum Part {
        /** The real part (the value of a real hyperparameter). */
        REAL,
        /** The imaginary part. */
        IMAGINARY,
        /** The modulus |z|, keeping the argument. */
        MODULUS,
        /** The argument arg z, keeping the modulus. */
        ARGUMENT
    }

    /**
     * One axis of the grid.
     *
     * @param hyperparameter the name, e.g. {@code beta}
     * @param part the part it sets
     * @param values the grid values, at least one
     */
    public record Axis(String hyperparameter, Part part, double[] values) {
        /** Copies the values. */
        public Axis {
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException("values of axis " + hyperparameter + " "
                        + part + " are empty; allowed: at least one value");
            }
            values = values.clone();
        }

        /** A copy of the values. */
        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * The grid of radii, row-major with the last axis fastest.
     *
     * @param axes the axes
     * @param radii ρ per cell
     * @param bestIndex the cell with the smallest ρ (the first on ties)
     * @param best the spec of that cell
     * @param gradientEvaluationsPerStep k, for ρ^{1/k}
     */
    public record Result(List<Axis> axes, double[] radii, int bestIndex, OptimizerSpec best,
            int gradientEvaluationsPerStep) {
        /** Copies the radii. */
        public Result {
            axes = List.copyOf(axes);
            radii = radii.clone();
        }

        /** A copy of the radii. */
        @Override
        public double[] radii() {
            return radii.clone();
        }

        /** The smallest ρ. */
        public double bestRadius() {
            return radii[bestIndex];
        }

        /** The index along each axis of a cell. */
        public int[] cell(int index) {
            int[] out = new int[axes.size()];
            for (int a = axes.size() - 1; a >= 0; a--) {
                int n = axes.get(a).values.length;
                out[a] = index % n;
                index /= n;
            }
            return out;
        }
    }

    /**
     * Sweeps the grid.
     *
     * @param fixedPoint ω*, ξ(ω*) = 0. Not modified.
     * @param base the spec whose other hyperparameters stay fixed
     * @param axes the axes
     * @param threads worker threads, ≥ 1
     * @throws IllegalArgumentException if a grid value is not allowed (naming it)
     */
    public static Result sweep(Game game, double[] fixedPoint, OptimizerSpec base, List<Axis> axes,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; allowed: >= 1");
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("axes are empty; allowed: at least one axis");
        }
        int cells = 1;
        for (Axis axis : axes) {
            base.value(axis.hyperparameter());
            cells = Math.multiplyExact(cells, axis.values.length);
        }
        double[] re = null;
        double[] im = null;
        if (PerEigenvalueRadius.supports(base)) {
            Complex[] eig = Spectra.defaultSolver().eigenvalues(game.jacobian(fixedPoint));
            re = new double[eig.length];
            im = new double[eig.length];
            for (int k = 0; k < eig.length; k++) {
                re[k] = eig[k].getReal();
                im[k] = eig[k].getImaginary();
            }
        }
        double[] radii = new double[cells];
        int chunk = (cells + threads - 1) / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int start = 0; start < cells; start += chunk) {
                int from = start;
                int to = Math.min(cells, start + chunk);
                double[] eigRe = re;
                double[] eigIm = im;
                jobs.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        OptimizerSpec spec = cellSpec(base, axes, i);
                        radii[i] = eigRe != null
                                ? PerEigenvalueRadius.spectralRadius(spec, eigRe, eigIm)
                                : LinearisedAnalysis.at(game, spec, fixedPoint).spectralRadius();
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        int best = 0;
        for (int i = 1; i < cells; i++) {
            if (radii[i] < radii[best]) {
                best = i;
            }
        }
        OptimizerSpec bestSpec = cellSpec(base, axes, best);
        int k = bestSpec.create(game, fixedPoint).gradientEvaluationsPerStep();
        return new Result(axes, radii, best, bestSpec, k);
    }

    /** The spec of cell {@code index}: Cartesian parts set first, then polar parts. */
    static OptimizerSpec cellSpec(OptimizerSpec base, List<Axis> axes, int index) {
        Map<String, double[]> parts = new HashMap<>();
        for (int a = axes.size() - 1; a >= 0; a--) {
            Axis axis = axes.get(a);
            int n = axis.values.length;
            double v = axis.values[index % n];
            index /= n;
            double[] p = parts.computeIfAbsent(axis.hyperparameter(),
                    name -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            p[axis.part().ordinal()] = v;
        }
        OptimizerSpec spec = base;
        for (Map.Entry<String, double[]> e : parts.entrySet()) {
            Complex z = base.value(e.getKey());
            double[] p = e.getValue();
            double re = Double.isNaN(p[0]) ? z.getReal() : p[0];
            double im = Double.isNaN(p[1]) ? z.getImaginary() : p[1];
            if (!Double.isNaN(p[2]) || !Double.isNaN(p[3])) {
                Complex c = new Complex(re, im);
                double modulus = Double.isNaN(p[2]) ? c.abs() : p[2];
                double argument = Double.isNaN(p[3]) ? c.getArgument() : p[3];
                re = modulus * Math.cos(argument);
                im = modulus * Math.sin(argument);
            }
            spec = spec.with(e.getKey(), new Complex(re, im));
        }
        return spec;
    }
}
