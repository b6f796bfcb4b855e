package io.github.gamedyn.plots.figures;

import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.GaussianMixture;
import io.github.gamedyn.zoo.SmallGan;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-gan: the small GAN on the ring of 8 Gaussians trained with Adam (real β₁) and complex Adam
 * (complex β₁): generator samples of each, and the modes covered after a fixed budget over a grid
 * of \((\arg\beta_1, |\beta_1|)\). The two sample panels are cells of that grid (arg β₁ = 0 is
 * Adam, bit for bit), so the panels and the grid agree. Runs are independent and computed in
 * parallel into indexed slots, so the result does not depend on the thread count.
 */
final class GanMomentumFigure implements Figure {
    private static final double LEARNING_RATE = 0.003;
    static final double[] ARGS = {0, Math.PI / 8, Math.PI / 4, 3 * Math.PI / 8, Math.PI / 2};
    static final double[] MODS = {0.3, 0.5, 0.7, 0.9};
    /** The cells shown as samples: (arg index, modulus index) of β₁ = 0.5 and 0.5·exp(iπ/4). */
    static final int[][] SHOWN = {{0, 1}, {2, 1}};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GanMomentumFigure(), args);
    }

    @Override
    public String id() {
        return "cm-gan";
    }

    @Override
    public String title() {
        return "Small GAN with real and complex Adam";
    }

    @Override
    public String caption() {
        return "Small GAN (generator and discriminator MLPs with two tanh layers of width 16,"
                + " fixed batch of 128, seed 0) on a ring of 8 Gaussians trained for 1000 steps"
                + " (--quick: width 4, 60 steps) with complex Adam, α = 0.003, over a grid of"
                + " arg β₁ ∈ {0, π/8, π/4, 3π/8, π/2} and |β₁| ∈ {0.3, 0.5, 0.7, 0.9}, one"
                + " deterministic run per cell (arg β₁ = 0 is Adam). Left and middle: samples of"
                + " the generators of the cells β₁ = 0.5 (Adam) and β₁ = 0.5·exp(iπ/4) over the"
                + " data; right: modes covered per cell (a mode counts when ≥ 1 % of 2000 samples"
                + " lie within 3σ of its centre). One seed per cell: a single run each, not a"
                + " rate over seeds. Complex momentum paper (Lorraine et al., AISTATS 2022), the"
                + " GAN experiment with complex Adam.";
    }

    /** The spec of grid cell (arg index, modulus index). */
    static OptimizerSpec cell(int arg, int mod) {
        return OptimizerSpec.parse(arg == 0
                ? "adam:alpha=" + LEARNING_RATE + ",beta1=" + MODS[mod]
                : "complex-adam:alpha=" + LEARNING_RATE + ",beta1=" + MODS[mod] + "@" + ARGS[arg]);
    }

    @Override
    public FigureResult compute(boolean quick) {
        SmallGan gan = GanTraining.gan(quick);
        int steps = quick ? 60 : 1000;
        int cells = ARGS.length * MODS.length;
        double[][] trained = new double[cells][];
        int[] modes = new int[cells];
        IntStream.range(0, cells).parallel().forEach(k -> {
            trained[k] = GanTraining.train(gan, cell(k / MODS.length, k % MODS.length), steps);
            modes[k] = gan.quality(trained[k], 2000, 7).modesCovered();
        });
        Table table = new Table("panel", "x", "y", "value");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        double[] data = gan.sampleData(1000, 11);
        for (int[] shown : SHOWN) {
            int k = shown[0] * MODS.length + shown[1];
            OptimizerSpec spec = cell(shown[0], shown[1]);
            String name = shown[0] == 0 ? "Adam, β₁ = " + MODS[shown[1]]
                    : "complex Adam, β₁ = " + MODS[shown[1]] + "·exp(iπ/4)";
            GaussianMixture.SampleQuality q = gan.quality(trained[k], 2000, 7);
            params.put(name, spec + ": " + q.modesCovered() + " modes, high-quality share "
                    + q.highQualityShare());
            panels.add(samples(name + ": " + q.modesCovered() + "/8 modes", data,
                    gan.generate(trained[k], 1000, 13), table));
        }
        double[][] xyz = new double[3][cells];
        for (int k = 0; k < cells; k++) {
            xyz[0][k] = ARGS[k / MODS.length];
            xyz[1][k] = MODS[k % MODS.length];
            xyz[2][k] = modes[k];
            table.row("modes", xyz[0][k], xyz[1][k], (double) modes[k]);
        }
        DefaultXYZDataset heat = new DefaultXYZDataset();
        heat.addSeries("modes", xyz);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("arg β₁ (radians)"));
        plot.setRangeAxis(Charts.axis("|β₁|"));
        double dx = Math.PI / 8;
        double dy = 0.2;
        plot.getDomainAxis().setRange(-dx / 2, Math.PI / 2 + dx / 2);
        plot.getRangeAxis().setRange(MODS[0] - dy / 2, MODS[MODS.length - 1] + dy / 2);
        plot.setDataset(heat);
        org.jfree.chart.renderer.xy.XYBlockRenderer blocks = Charts.heatMap(dx, dy, 0, 8);
        blocks.setBlockWidth(dx * 0.95);
        blocks.setBlockHeight(dy * 0.95);
        plot.setRenderer(blocks);
        JFreeChart grid = new JFreeChart("Modes covered after " + steps + " steps",
                Charts.TITLE, plot, false);
        grid.addSubtitle(Charts.colourBar(0, 8, "modes covered (of 8)"));
        panels.add(Charts.style(grid));
        params.put("gan", "width " + (quick ? GanTraining.QUICK_WIDTH : GanTraining.WIDTH)
                + ", batch " + GanTraining.BATCH
                + ", ring of 8, fixed batch, seed 0");
        params.put("steps", Integer.toString(steps));
        params.put("grid", String.format(Locale.ROOT, "arg β₁ ∈ {0, π/8, π/4, 3π/8, π/2},"
                + " |β₁| ∈ {0.3, 0.5, 0.7, 0.9}, α = %s; one run per cell", LEARNING_RATE));
        return new FigureResult(panels, 3, table, params);
    }

    private static JFreeChart samples(String title, double[] data, double[] generated,
                                      Table table) {
        XYSeries real = new XYSeries("data", false, true);
        XYSeries fake = new XYSeries("generator", false, true);
        for (int i = 0; i + 1 < data.length; i += 2) {
            real.add(data[i], data[i + 1]);
        }
        for (int i = 0; i + 1 < generated.length; i += 2) {
            fake.add(generated[i], generated[i + 1]);
            table.row(title, generated[i], generated[i + 1], "");
        }
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(real);
        c.addSeries(fake);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Charts.axis("x₁"));
        plot.setRangeAxis(Charts.axis("x₂"));
        plot.getDomainAxis().setRange(-3, 3);
        plot.getRangeAxis().setRange(-3, 3);
        plot.setDataset(c);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        dots.setSeriesShape(1, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        dots.setSeriesPaint(0, new java.awt.Color(180, 180, 180));
        dots.setSeriesPaint(1, Charts.PALETTE[1]);
        plot.setRenderer(dots);
        return Charts.style(new JFreeChart(title, Charts.TITLE, plot, true));
    }
}
