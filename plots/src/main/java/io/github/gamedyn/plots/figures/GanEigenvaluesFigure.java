package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallGan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-gan-eigs: the eigenvalues of the game Jacobian Ĥ of a small GAN where minibatch training
 * with Adam stopped, over several seeds, in the complex plane, and the share of eigenvalues with
 * \(|\arg\lambda| > \pi/4\) (rotation stronger than attraction, or repulsion), the modes real
 * momentum damps poorly. Ĥ is that of the seed's fixed batch ({@link SmallGan#game()}) at the
 * trained parameters; the point is not a fixed point (‖ξ‖ there is reported), so this is the
 * spectrum along training, as in the paper, not at an equilibrium. Each seed is an independent
 * cell; the share is a mean over seeds with its t interval (a seed's eigenvalues are not
 * independent draws, its seeds are).
 */
final class GanEigenvaluesFigure implements Figure {
    private static final String OPTIMIZER = "adam:alpha=0.003,beta1=0.5";
    static final double ANGLE = Math.PI / 4;
    /**
     * Eigenvalues below this fraction of ρ(Ĥ) move the parameters a thousand times slower than
     * the fastest mode; the share is also given without them, since about half the spectrum of a
     * trained small GAN lies there.
     */
    static final double FLOOR = 1e-3;
    /** The half-width of the zoomed panel. */
    private static final double ZOOM = 1;

    /** The scale, the number of seeds and the training steps of one version of the figure. */
    record Settings(GanTraining.Scale scale, int steps) {
    }

    static final Settings FULL = new Settings(new GanTraining.Scale(GanTraining.FULL.width(),
            GanTraining.FULL.batch(), 8), 1500);
    static final Settings QUICK = new Settings(new GanTraining.Scale(GanTraining.QUICK.width(),
            GanTraining.QUICK.batch(), 3), 100);

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GanEigenvaluesFigure(), args);
    }

    @Override
    public String id() {
        return "cm-gan-eigs";
    }

    @Override
    public String title() {
        return "Eigenvalues of the Jacobian of trained small GANs, over seeds";
    }

    @Override
    public String caption() {
        GanTraining.Scale s = FULL.scale();
        return "Eigenvalues λ of the game Jacobian Ĥ of the small GAN (generator and discriminator"
                + " MLPs with two tanh layers of width " + s.width() + ", ring of 8 Gaussians)"
                + " after " + FULL.steps() + " minibatch steps (minibatch " + s.batch() + ") of"
                + " Adam (α = 0.003, β₁ = 0.5) from the seeded initialisation, seeds 0–"
                + (s.seeds() - 1) + " overlaid, one colour per seed (--quick: width "
                + QUICK.scale().width() + ", " + QUICK.scale().seeds() + " seeds, "
                + QUICK.steps() + " steps). Ĥ is that of the seed's fixed batch at the trained"
                + " parameters, which are not a fixed point (‖ξ‖ per seed is in the parameters),"
                + " so the spectrum describes the local dynamics where training stopped. Left:"
                + " the spectra; middle: the same in [−1, 1]², dashed lines at arg λ = ±π/4;"
                + " right: the share of each seed's eigenvalues with |arg λ| ≤ x"
                + " against x (its empirical distribution), the dashed line at π/4. Eigenvalues"
                + " with |arg λ| > π/4 rotate more than they attract (or repel, Re λ < 0); real"
                + " momentum damps them poorly. Their share is reported as the mean over seeds"
                + " with a 95 % t interval (seeds are the independent units), over all"
                + " eigenvalues and over those with |λ| ≥ 0.001 ρ(Ĥ) (about half the spectrum is"
                + " smaller, where the argument says little about the dynamics). Complex"
                + " momentum paper (Lorraine et al., AISTATS 2022), the GAN spectrum figure.";
    }

    /** The spectrum of one seed and ‖ξ‖ where training stopped. */
    record Seed(long seed, Complex[] eigenvalues, double gradientNorm) implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * The share of eigenvalues with |arg λ| > π/4 among those with |λ| ≥ {@code floor}·ρ(Ĥ)
         * (0: all of them).
         */
        double rotationalShare(double floor) {
            double rho = Arrays.stream(eigenvalues).mapToDouble(Complex::abs).max().orElse(0);
            Complex[] kept = Arrays.stream(eigenvalues).filter(l -> l.abs() >= floor * rho)
                    .toArray(Complex[]::new);
            return (double) Arrays.stream(kept).filter(l -> Math.abs(l.getArgument()) > ANGLE)
                    .count() / kept.length;
        }
    }

    /**
     * The seeds of {@code scale} as a job of cells, cell k {@link #seed seed k}: a record of
     * numbers, so an engine can ship it.
     *
     * @param scale the GAN's size and the number of seeds
     * @param steps Adam's minibatch steps
     */
    record SpectraJob(GanTraining.Scale scale, int steps) implements CellJob<Seed>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int cells() {
            return scale.seeds();
        }

        @Override
        public CellKernel<Seed> kernel() {
            return k -> seed(scale, steps, k);
        }
    }

    /** Trains seed {@code seed} and decomposes Ĥ of its fixed batch there. */
    static Seed seed(GanTraining.Scale scale, int steps, long seed) {
        SmallGan gan = scale.gan(seed);
        double[] w = GanTraining.train(gan, OptimizerSpec.parse(OPTIMIZER), steps);
        Complex[] lambda = Spectra.defaultSolver().eigenvalues(gan.game().jacobian(w));
        return new Seed(seed, lambda,
                NormOps_DDRM.normF(new DMatrixRMaj(gan.game().simultaneousGradient(w))));
    }

    @Override
    public FigureResult compute(boolean quickVersion) {
        return compute(quickVersion ? QUICK : FULL, Runtime.getRuntime().availableProcessors());
    }

    /** The figure at settings {@code s}, its seeds on {@code threads} threads (the same bits). */
    static FigureResult compute(Settings s, int threads) {
        List<Seed> seeds = CellRuns.run(new SpectraJob(s.scale(), s.steps()), threads);
        Table table = new Table("seed", "re", "im");
        List<SpectrumPlot> spectra = new ArrayList<>();
        XYSeriesCollection cdf = new XYSeriesCollection();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", s.scale().describe() + ", ring of 8, d = "
                + seeds.get(0).eigenvalues().length + "; Ĥ on each seed's fixed batch");
        params.put("optimizer", OPTIMIZER + ", " + s.steps() + " minibatch steps");
        double[] shares = new double[seeds.size()];
        double[] largeShares = new double[seeds.size()];
        long rotational = 0;
        long total = 0;
        for (int k = 0; k < seeds.size(); k++) {
            Seed seed = seeds.get(k);
            SpectrumPlot spectrum = SpectrumPlot.of("seed " + seed.seed(), seed.eigenvalues());
            spectrum.rows(table, (double) seed.seed());
            spectra.add(spectrum);
            cdf.addSeries(distribution("seed " + seed.seed(), seed.eigenvalues()));
            shares[k] = seed.rotationalShare(0);
            largeShares[k] = seed.rotationalShare(FLOOR);
            int n = seed.eigenvalues().length;
            long beyond = Math.round(shares[k] * n);
            rotational += beyond;
            total += n;
            long unstable = Arrays.stream(seed.eigenvalues()).filter(l -> l.getReal() < 0).count();
            params.put("seed " + seed.seed(), String.format(Locale.ROOT,
                    "|arg λ| > π/4: %d of %d; complex: %d; Re λ < 0: %d; ‖ξ‖ = %.4g", beyond, n,
                    spectrum.complexCount(), unstable, seed.gradientNorm()));
        }
        MeanInterval share = MeanInterval.of(shares);
        params.put("share with |arg λ| > π/4", share.format(3) + " (mean over " + seeds.size()
                + " seeds, 95 % t interval); pooled " + rotational + " of " + total);
        MeanInterval large = MeanInterval.of(largeShares);
        params.put("share with |arg λ| > π/4 among |λ| ≥ 0.001 ρ(Ĥ)", large.format(3)
                + " (mean over " + seeds.size() + " seeds, 95 % t interval)");
        params.put(RESULT, String.format(Locale.ROOT, "over %d seeds, a share %s of the"
                + " eigenvalues of Ĥ has |arg λ| > π/4 (mean over seeds, 95 %% t interval;"
                + " per seed from %.3f to %.3f); among the eigenvalues with |λ| ≥ 0.001 ρ(Ĥ),"
                + " %s.", seeds.size(), share.format(3),
                Arrays.stream(shares).min().orElseThrow(), Arrays.stream(shares).max().orElseThrow(),
                large.format(3)));
        JFreeChart plane = SpectrumPlot.overlay("Spectra of Ĥ after " + s.steps()
                + " Adam steps", spectra);
        JFreeChart zoom = SpectrumPlot.overlay("The same in [−1, 1]²", spectra);
        zoom.getXYPlot().getDomainAxis().setRange(-ZOOM, ZOOM);
        zoom.getXYPlot().getRangeAxis().setRange(-ZOOM, ZOOM);
        wedge(zoom.getXYPlot(), ZOOM);
        JFreeChart angles = Charts.lines("|arg λ| of each seed's eigenvalues",
                "x (radians)", "share of eigenvalues with |arg λ| ≤ x", cdf);
        angles.getXYPlot().addDomainMarker(dashed(new ValueMarker(ANGLE)));
        angles.getXYPlot().getDomainAxis().setRange(0, Math.PI);
        angles.getXYPlot().getRangeAxis().setRange(0, 1);
        return new FigureResult(List.of(plane, zoom, angles), 3, table, params);
    }

    /** The empirical distribution function of |arg λ|, as a step curve. */
    private static XYSeries distribution(String label, Complex[] eigenvalues) {
        double[] a = Arrays.stream(eigenvalues).mapToDouble(l -> Math.abs(l.getArgument()))
                .sorted().toArray();
        XYSeries series = new XYSeries(label, false, true);
        series.add(0, 0);
        for (int k = 0; k < a.length; k++) {
            series.add(a[k], (double) k / a.length);
            series.add(a[k], (double) (k + 1) / a.length);
        }
        series.add(Math.PI, 1);
        return series;
    }

    /** Dashed lines from the origin along arg λ = ±π/4, to Re λ = {@code reach}. */
    private static void wedge(XYPlot plot, double reach) {
        BasicStroke stroke = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f);
        for (int sign : new int[] {1, -1}) {
            plot.addAnnotation(new XYLineAnnotation(0, 0, reach, sign * reach, stroke,
                    Color.DARK_GRAY));
        }
    }

    private static ValueMarker dashed(ValueMarker marker) {
        marker.setPaint(Color.DARK_GRAY);
        marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        return marker;
    }
}
