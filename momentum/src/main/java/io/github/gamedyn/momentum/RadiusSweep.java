package io.github.gamedyn.momentum;

import io.github.gamedyn.core.engine.CellFailedException;
import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * The spectral radius of an optimiser at a fixed point over a grid of hyperparameters, e.g.
 * arg β × |β| × α for complex momentum. Methods with a {@linkplain PerEigenvalueRadius
 * per-eigenvalue path} decompose Ĥ once and cost microseconds per cell; the others use the
 * dense analysis per cell. Cells are independent and written to their own slot, so the result is
 * bit-identical whatever the thread count, and whatever the {@link Engine} of a
 * {@link RadiusSweepJob}.
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

    /** Cells a worker claims at a time: enough to amortise the claim, few enough to balance. */
    static final int CHUNK = 256;

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
    public record Axis(String hyperparameter, Part part, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;

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

        /** Equal when every component is equal, arrays by their contents. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Axis other
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
            return "Axis[hyperparameter=" + hyperparameter + ", part=" + part + ", values="
                    + Arrays.toString(values) + "]";
        }

        private Object[] componentValues() {
            return new Object[] {hyperparameter, part, values};
        }
    }

    /**
     * The grid of radii, row-major with the last axis fastest.
     *
     * @param axes the axes
     * @param radii ρ per cell; NaN or +∞ where ρ overflowed (hyperparameters so large that the
     *     update's coefficients are not finite numbers)
     * @param bestIndex the cell with the smallest finite ρ (the first on ties); a non-finite ρ is
     *     never the best
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

        /** The smallest finite ρ. */
        public double bestRadius() {
            return radii[bestIndex];
        }

        /** How many cells have no finite ρ. */
        public int nonFiniteCount() {
            int n = 0;
            for (double r : radii) {
                n += Double.isFinite(r) ? 0 : 1;
            }
            return n;
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

        /** Equal when every component is equal, arrays by their contents. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Result other
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
            return "Result[axes=" + axes + ", radii=" + Arrays.toString(radii) + ", bestIndex="
                    + bestIndex + ", best=" + best + ", gradientEvaluationsPerStep="
                    + gradientEvaluationsPerStep + "]";
        }

        private Object[] componentValues() {
            return new Object[] {axes, radii, bestIndex, best, gradientEvaluationsPerStep};
        }
    }

    /**
     * Sweeps the grid on a {@link LocalEngine} with {@code threads} threads.
     *
     * @param fixedPoint ω*, ξ(ω*) = 0. Not modified.
     * @param base the spec whose other hyperparameters stay fixed
     * @param axes the axes
     * @param threads worker threads, ≥ 1
     * @throws IllegalArgumentException if a grid value is not allowed (naming it)
     * @throws ArithmeticException if no cell has a finite ρ, so that there is no best cell
     */
    public static Result sweep(Game game, double[] fixedPoint, OptimizerSpec base, List<Axis> axes,
            int threads) {
        LocalEngine engine = new LocalEngine(threads);
        int cells = cellCount(base, axes);
        double[][] eig = eigenvalues(game, fixedPoint, base);
        CellJob<Double> job = new CellJob<>() {
            @Override
            public int cells() {
                return cells;
            }

            @Override
            public int chunk() {
                return CHUNK;
            }

            @Override
            public CellKernel<Double> kernel() {
                return RadiusSweep.kernel(game, fixedPoint, base, axes, eig);
            }

            @Override
            public String failure(int cell, String cause) {
                return cause;
            }
        };
        return result(game, fixedPoint, base, axes, radii(engine, job));
    }

    /**
     * Sweeps the grid of a job on an engine: the same bits as {@link #sweep(Game, double[],
     * OptimizerSpec, List, int)} on every engine.
     *
     * @throws IllegalArgumentException if a grid value is not allowed (naming it)
     * @throws ArithmeticException if no cell has a finite ρ, so that there is no best cell
     */
    public static Result sweep(RadiusSweepJob job, Engine engine) {
        List<Double> radii = radii(engine, job);
        return result(job.game().create(), job.fixedPoint(), OptimizerSpec.parse(job.optimizer()),
                job.axes(), radii);
    }

    /** The radii; a cell whose values are not allowed is an {@link IllegalArgumentException}. */
    private static List<Double> radii(Engine engine, CellJob<Double> job) {
        try {
            return engine.run(job);
        } catch (CellFailedException e) {
            if (e.invalidArgument()) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The number of cells, every axis checked against {@code base}. */
    static int cellCount(OptimizerSpec base, List<Axis> axes) {
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("axes are empty; allowed: at least one axis");
        }
        int cells = 1;
        for (Axis axis : axes) {
            base.value(axis.hyperparameter());
            cells = Math.multiplyExact(cells, axis.values.length);
        }
        return cells;
    }

    /**
     * The eigenvalues of Ĥ(ω*) in the upper half-plane ({re, im}) for a method with a
     * per-eigenvalue path, else {@code null}.
     */
    static double[][] eigenvalues(Game game, double[] fixedPoint, OptimizerSpec base) {
        return PerEigenvalueRadius.supports(base)
                ? upperHalfPlane(Spectra.defaultSolver().eigenvalues(game.jacobian(fixedPoint)))
                : null;
    }

    /**
     * Computes ρ of cells: by the per-eigenvalue path from {@code eig} when it is given, else by
     * the dense analysis of each cell's spec.
     */
    static CellKernel<Double> kernel(Game game, double[] fixedPoint, OptimizerSpec base,
            List<Axis> axes, double[][] eig) {
        Cells grid = new Cells(base, axes);
        PerEigenvalueForm form = PerEigenvalueRadius.form(base);
        return CellKernel.of((from, to, radii) -> {
            if (eig != null) {
                grid.perEigenvalue(form, from, to, eig[0], eig[1], radii);
            } else {
                for (int i = from; i < to; i++) {
                    radii[i - from] = LinearisedAnalysis.at(game, grid.spec(i), fixedPoint)
                            .spectralRadius();
                }
            }
        });
    }

    /** The result of the radii: the best cell is the smallest finite ρ. */
    private static Result result(Game game, double[] fixedPoint, OptimizerSpec base,
            List<Axis> axes, List<Double> cells) {
        Cells grid = new Cells(base, axes);
        double[] radii = new double[cells.size()];
        int best = -1;
        for (int i = 0; i < radii.length; i++) {
            radii[i] = cells.get(i);
            if (Double.isFinite(radii[i]) && (best < 0 || radii[i] < radii[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new ArithmeticException("no cell has a finite spectral radius (it overflowed in all "
                    + radii.length + " cells, e.g. at " + grid.spec(0) + "); allowed: "
                    + "hyperparameters whose update has finite coefficients");
        }
        OptimizerSpec bestSpec = grid.spec(best);
        int k = bestSpec.rule().gradientEvaluations();
        return new Result(axes, radii, best, bestSpec, k);
    }

    /**
     * The eigenvalues as \(re + i|im|\) without exact repeats, in order of first appearance:
     * the per-eigenvalue radius of λ̄ equals that of λ, so each conjugate pair costs one
     * evaluation. Returns {re, im}.
     */
    private static double[][] upperHalfPlane(Complex[] eigenvalues) {
        double[] re = new double[eigenvalues.length];
        double[] im = new double[eigenvalues.length];
        int n = 0;
        for (Complex z : eigenvalues) {
            double x = z.getReal();
            double y = Math.abs(z.getImaginary());
            boolean repeat = false;
            for (int k = 0; k < n && !repeat; k++) {
                repeat = re[k] == x && im[k] == y;
            }
            if (!repeat) {
                re[n] = x;
                im[n] = y;
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(re, n), Arrays.copyOf(im, n)};
    }

    /** The spec of cell {@code index}: Cartesian parts set first, then polar parts. */
    static OptimizerSpec cellSpec(OptimizerSpec base, List<Axis> axes, int index) {
        return new Cells(base, axes).spec(index);
    }

    /**
     * The hyperparameter values of the cells, read without building a spec: per hyperparameter
     * an axis sets, its Cartesian parts first, then its polar parts (from the base value, or from
     * the Cartesian parts the cell set); the first axis wins when two set the same part. Cosines
     * and sines of argument axes are tabulated once. Immutable, so shared by the workers.
     */
    private static final class Cells {
        private final OptimizerSpec base;
        private final int[] size;
        private final int[] stride;
        private final double[][] values;
        private final String[] names;
        /** Per name and {@link Part}: the axis setting it, or −1. */
        private final int[][] axisOf;
        private final double[] baseRe;
        private final double[] baseIm;
        private final double[] baseModulus;
        private final double[] baseCos;
        private final double[] baseSin;
        /** Per axis: cos and sin of its values if it is an argument axis. */
        private final double[][] cos;
        private final double[][] sin;
        /** Per name: the domains it is checked against (of the method and of the base rule). */
        private final Hyperparameter.Domain[][] domains;

        Cells(OptimizerSpec base, List<Axis> axes) {
            this.base = base;
            int n = axes.size();
            size = new int[n];
            stride = new int[n];
            values = new double[n][];
            cos = new double[n][];
            sin = new double[n][];
            int s = 1;
            for (int a = n - 1; a >= 0; a--) {
                values[a] = axes.get(a).values;
                size[a] = values[a].length;
                stride[a] = s;
                s *= size[a];
            }
            // in catalogue order, so that a hyperparameter that follows another (extragradient's
            // extrapolation follows alpha) is set after it in spec(i)
            List<String> distinct = new ArrayList<>();
            for (String name : base.hyperparameters().keySet()) {
                for (Axis axis : axes) {
                    if (axis.hyperparameter().equals(name) && !distinct.contains(name)) {
                        distinct.add(name);
                    }
                }
            }
            names = distinct.toArray(new String[0]);
            axisOf = new int[names.length][Part.values().length];
            for (int[] row : axisOf) {
                Arrays.fill(row, -1);
            }
            for (int a = 0; a < n; a++) {
                Axis axis = axes.get(a);
                int[] row = axisOf[distinct.indexOf(axis.hyperparameter())];
                if (row[axis.part().ordinal()] < 0) {
                    row[axis.part().ordinal()] = a;
                }
                if (axis.part() == Part.ARGUMENT) {
                    this.cos[a] = new double[size[a]];
                    this.sin[a] = new double[size[a]];
                    for (int v = 0; v < size[a]; v++) {
                        this.cos[a][v] = Math.cos(values[a][v]);
                        this.sin[a][v] = Math.sin(values[a][v]);
                    }
                }
            }
            baseRe = new double[names.length];
            baseIm = new double[names.length];
            baseModulus = new double[names.length];
            baseCos = new double[names.length];
            baseSin = new double[names.length];
            domains = new Hyperparameter.Domain[names.length][];
            for (int h = 0; h < names.length; h++) {
                Complex z = base.value(names[h]);
                baseRe[h] = z.getReal();
                baseIm[h] = z.getImaginary();
                baseModulus[h] = z.abs();
                baseCos[h] = Math.cos(z.getArgument());
                baseSin[h] = Math.sin(z.getArgument());
                List<Hyperparameter.Domain> d = new ArrayList<>();
                for (OptimizerMethod owner : new OptimizerMethod[] {base.method(), base.base()}) {
                    for (Hyperparameter p : owner.hyperparameters()) {
                        if (p.name().equals(names[h])) {
                            d.add(p.domain());
                        }
                    }
                }
                domains[h] = d.toArray(new Hyperparameter.Domain[0]);
            }
        }

        /** Writes the values of cell {@code index} into re[h], im[h], h indexing the names. */
        void values(int index, double[] re, double[] im) {
            for (int h = 0; h < names.length; h++) {
                int[] row = axisOf[h];
                double x = part(row[Part.REAL.ordinal()], index, baseRe[h]);
                double y = part(row[Part.IMAGINARY.ordinal()], index, baseIm[h]);
                int mod = row[Part.MODULUS.ordinal()];
                int arg = row[Part.ARGUMENT.ordinal()];
                if (mod >= 0 || arg >= 0) {
                    boolean cartesian = row[Part.REAL.ordinal()] >= 0
                            || row[Part.IMAGINARY.ordinal()] >= 0;
                    Complex c = cartesian ? new Complex(x, y) : null;
                    double modulus = mod >= 0 ? value(mod, index)
                            : cartesian ? c.abs() : baseModulus[h];
                    double cosine;
                    double sine;
                    if (arg >= 0) {
                        int v = (index / stride[arg]) % size[arg];
                        cosine = cos[arg][v];
                        sine = sin[arg][v];
                    } else if (cartesian) {
                        cosine = Math.cos(c.getArgument());
                        sine = Math.sin(c.getArgument());
                    } else {
                        cosine = baseCos[h];
                        sine = baseSin[h];
                    }
                    x = modulus * cosine;
                    y = modulus * sine;
                }
                re[h] = x;
                im[h] = y;
            }
        }

        private double part(int axis, int index, double fallback) {
            return axis < 0 ? fallback : value(axis, index);
        }

        private double value(int axis, int index) {
            return values[axis][(index / stride[axis]) % size[axis]];
        }

        /** The spec of a cell, checked. */
        OptimizerSpec spec(int index) {
            double[] re = new double[names.length];
            double[] im = new double[names.length];
            values(index, re, im);
            OptimizerSpec spec = base;
            for (int h = 0; h < names.length; h++) {
                spec = spec.with(names[h], new Complex(re[h], im[h]));
            }
            return spec;
        }

        /**
         * ρ of cells [from, to) by the per-eigenvalue path into {@code radii[0 .. to-from-1]},
         * checking each cell's values against the domains without building its spec (an invalid
         * cell is built to throw the usual exception).
         */
        void perEigenvalue(PerEigenvalueForm form, int from, int to, double[] eigRe,
                double[] eigIm, double[] radii) {
            double[] re = new double[names.length];
            double[] im = new double[names.length];
            List<String> read = form.hyperparameters();
            double[] formRe = new double[read.size()];
            double[] formIm = new double[read.size()];
            // per hyperparameter the form reads: the slot of the axis setting it (or of the one
            // it follows, as in spec(i)), else −1 for the base value
            int[] slots = new int[read.size()];
            for (int f = 0; f < slots.length; f++) {
                String name = read.get(f);
                slots[f] = slot(name);
                for (int h = 0; h < names.length && slots[f] < 0; h++) {
                    if (base.follows(name, names[h])) {
                        slots[f] = h;
                    }
                }
                Complex z = base.value(name);
                formRe[f] = z.getReal();
                formIm[f] = z.getImaginary();
            }
            for (int i = from; i < to; i++) {
                values(i, re, im);
                for (int h = 0; h < names.length; h++) {
                    for (Hyperparameter.Domain d : domains[h]) {
                        if (!d.contains(re[h], im[h])) {
                            // building the spec throws the exception naming the value
                            throw new IllegalStateException("the domains and " + spec(i)
                                    + " disagree");
                        }
                    }
                }
                for (int f = 0; f < slots.length; f++) {
                    if (slots[f] >= 0) {
                        formRe[f] = re[slots[f]];
                        formIm[f] = im[slots[f]];
                    }
                }
                radii[i - from] = form.kernel().spectralRadius(formRe, formIm, eigRe, eigIm);
            }
        }

        private int slot(String name) {
            for (int h = 0; h < names.length; h++) {
                if (names[h].equals(name)) {
                    return h;
                }
            }
            return -1;
        }
    }
}
