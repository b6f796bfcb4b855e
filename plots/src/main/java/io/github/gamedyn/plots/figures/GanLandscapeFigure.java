package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.JacobianOperator;
import io.github.gamedyn.core.game.PathAngle;
import io.github.gamedyn.core.linalg.ArnoldiEigenSolver;
import io.github.gamedyn.core.linalg.PartialEigendecomposition;
import io.github.gamedyn.momentum.MinibatchTraining;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.SmallGan;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * gan-landscape: the kind of plot of the GAN-landscape study (Berard et al., ICLR 2020), on a network-sized
 * GAN of the zoo. The MLP GAN on the ring of 8 Gaussians is trained by minibatch steps (a fresh seeded
 * batch each step) with a GD-type rule, Adam and complex Adam; at each checkpoint the top-k eigenvalues by
 * modulus of Ĥ on the fixed batch come from matrix-free Arnoldi (Ĥv products only), and between the start
 * and the end of each run the path angle is measured.
 *
 * <p>Too slow for the figure catalogue (the full version takes about 100 s on 2 cores: 15 top-20
 * spectra of a 99 223-parameter Ĥ), so it is a main class of its own:
 * {@code java -cp plots/target/gamedyn.jar io.github.gamedyn.plots.figures.GanLandscapeFigure OUT [--quick]}.
 */
final class GanLandscapeFigure implements Figure {
    static final List<String> RULES = List.of("gd:alpha=0.05", "adam:alpha=0.001,beta1=0.5",
            "complex-adam:alpha=0.001,beta1=0.5@0.3927");
    private static final String[] NAMES = {"GD", "Adam", "complex Adam"};
    private static final int TOP = 20;
    private static final int BATCH = 64;

    private final Settings full;
    private final Settings quick;

    /** The size and length of one version of the figure. */
    record Settings(int width, int steps, int every) {
    }

    GanLandscapeFigure() {
        this(new Settings(220, 400, 100), new Settings(16, 60, 20));
    }

    GanLandscapeFigure(Settings full, Settings quick) {
        this.full = full;
        this.quick = quick;
    }

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GanLandscapeFigure(), args);
    }

    @Override
    public String id() {
        return "gan-landscape";
    }

    @Override
    public String title() {
        return "Top eigenvalues of Ĥ over training and path angle, network-sized GAN";
    }

    @Override
    public String caption() {
        return "MLP GAN on the ring of 8 Gaussians (two tanh layers of width " + full.width() + " in each network, "
                + parameterCount(full.width()) + " parameters; --quick: width " + quick.width() + ", "
                + parameterCount(quick.width()) + "), trained " + full.steps() + " minibatch steps (batch "
                + BATCH + ", a fresh seeded batch per step, seed 0; --quick: " + quick.steps() + ") by GD, Adam and"
                + " complex Adam (" + String.join("; ", RULES) + "). Left panels: the top " + TOP
                + " eigenvalues by modulus of the game Jacobian Ĥ on the fixed batch at every " + full.every()
                + "-th step (lighter = earlier), from matrix-free Arnoldi on Ĥv products. Right: path angle of "
                + "Berard et al. (ICLR 2020), cos of the angle between ξ and the line from the start to the end "
                + "of each run, against the interpolation parameter α. The parameters give each checkpoint's "
                + "share of rotational eigenvalues (|arg λ| > π/4) among the top " + TOP + ": a property of that"
                + " spectrum, not a rate over random draws, so no interval.";
    }

    /** \( 2w^2 + 11w + 3 \), the parameters of the ring GAN of hidden width w. */
    static int parameterCount(int width) {
        return 2 * width * width + 11 * width + 3;
    }

    @Override
    public FigureResult compute(boolean quickVersion) {
        Settings s = quickVersion ? quick : full;
        SmallGan gan = SmallGan.builder().generatorWidth(s.width()).discriminatorWidth(s.width()).batch(BATCH)
                .build();
        Game fixed = gan.game();
        double[] alphas = new double[29];
        for (int i = 0; i < alphas.length; i++) {
            alphas[i] = -0.2 + 0.05 * i;
        }
        Table table = new Table("rule", "kind", "step", "re", "im", "alpha", "cosine", "field_norm");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gan", "ring of 8, width " + s.width() + ", d = " + fixed.dimension() + ", minibatch " + BATCH
                + ", seed 0, spectra on the fixed batch (step 0)");
        params.put("steps", s.steps() + ", checkpoints every " + s.every());
        List<JFreeChart> panels = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            OptimizerSpec spec = OptimizerSpec.parse(RULES.get(r));
            MinibatchTraining.Run run = MinibatchTraining.run(spec, gan::gameAtStep, gan.initialPoint(), s.steps(),
                    s.every());
            XYSeriesCollection spectra = new XYSeriesCollection();
            List<String> shares = new ArrayList<>();
            for (MinibatchTraining.Checkpoint c : run.checkpoints()) {
                PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(TOP).seed(1).build()
                        .solve(JacobianOperator.at(fixed, c.parameters())).requireConverged();
                XYSeries points = new XYSeries("step " + c.step(), false, true);
                int rotational = 0;
                Complex[] values = top.eigenvalues();
                for (Complex l : values) {
                    points.add(l.getReal(), l.getImaginary());
                    table.row(NAMES[r], "eigenvalue", c.step(), l.getReal(), l.getImaginary(), "", "", "");
                    if (Math.abs(l.getArgument()) > Math.PI / 4) {
                        rotational++;
                    }
                }
                spectra.addSeries(points);
                shares.add(String.format(Locale.ROOT, "step %d: %d of %d (%d restarts, %d Ĥv)", c.step(), rotational,
                        values.length, top.report().restarts(), top.report().products()));
            }
            params.put(NAMES[r] + " rotational share", String.join("; ", shares));
            panels.add(spectrumPanel(NAMES[r], spectra));
            XYSeries angle = new XYSeries(NAMES[r], false, true);
            for (PathAngle.Point p : PathAngle.along(fixed, run.checkpoints().get(0).parameters(),
                    run.last().parameters(), alphas)) {
                angle.add(p.alpha(), p.cosine());
                table.row(NAMES[r], "path-angle", run.last().step(), "", "", p.alpha(), p.cosine(), p.fieldNorm());
            }
            panels.add(Charts.lines("Path angle, " + NAMES[r] + " (start → end)", "α", "cos(ξ, ω₁ − ω₀)",
                    new XYSeriesCollection(angle)));
        }
        return new FigureResult(panels, 2, table, params);
    }

    private static JFreeChart spectrumPanel(String name, XYSeriesCollection spectra) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("Re λ"));
        plot.setRangeAxis(Charts.axis("Im λ"));
        plot.setDataset(spectra);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        int n = spectra.getSeriesCount();
        for (int i = 0; i < n; i++) {
            dots.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
            float shade = n == 1 ? 0f : 0.75f * (n - 1 - i) / (n - 1);
            java.awt.Color base = (java.awt.Color) Charts.PALETTE[0];
            dots.setSeriesPaint(i, new java.awt.Color(
                    Math.round(base.getRed() + (255 - base.getRed()) * shade),
                    Math.round(base.getGreen() + (255 - base.getGreen()) * shade),
                    Math.round(base.getBlue() + (255 - base.getBlue()) * shade)));
            dots.setSeriesStroke(i, new BasicStroke(1f));
        }
        plot.setRenderer(dots);
        return Charts.style(new JFreeChart("Top " + TOP + " eigenvalues of Ĥ, " + name, Charts.TITLE, plot, true));
    }
}
