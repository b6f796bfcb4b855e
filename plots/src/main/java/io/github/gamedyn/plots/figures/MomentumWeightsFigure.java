package io.github.gamedyn.plots.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * cm-weights: the weight \(\mathrm{Re}(\beta^k)\) that complex momentum places on the gradient from
 * {@code k} steps ago. Unrolling \(\mu_{t+1} = \beta\mu_t - \xi_t\) from \(\mu_0 = 0\) gives
 * \(\mu_{t+1} = -\sum_k \beta^k \xi_{t-k}\), so with a real step size the parameter update
 * \(\mathrm{Re}(\alpha\mu_{t+1}) = -\alpha\sum_k \mathrm{Re}(\beta^k)\,\xi_{t-k}\): a real β weighs
 * past gradients with one sign (positive momentum) or alternating signs (negative momentum); a
 * complex \(\beta = |\beta|e^{i\theta}\) weighs them with \(|\beta|^k\cos(k\theta)\), oscillating
 * with period \(2\pi/\theta\).
 */
final class MomentumWeightsFigure implements Figure {
    private static final double MAGNITUDE = 0.9;
    private static final double[] ANGLES = {0, Math.PI / 8, Math.PI / 4, Math.PI / 2, Math.PI};
    private static final String[] ANGLE_NAMES = {"0", "π/8", "π/4", "π/2", "π"};

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new MomentumWeightsFigure(), args);
    }

    @Override
    public String id() {
        return "cm-weights";
    }

    @Override
    public String title() {
        return "Momentum weights Re(βᵏ)";
    }

    @Override
    public String caption() {
        return "Weight Re(βᵏ) = |β|ᵏcos(k·arg β) that complex momentum with a real step size"
                + " puts on the gradient from k steps ago, k = 0..40, |β| = 0.9, for arg β = 0"
                + " (positive momentum), π/8, π/4, π/2 and π (negative momentum): the closed"
                + " form, no run (the same with --quick). Complex momentum paper (Lorraine et al.,"
                + " AISTATS 2022), figure of the momentum weights.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        int steps = 40;
        XYSeriesCollection data = new XYSeriesCollection();
        Table table = new Table("arg_beta", "k", "weight");
        for (int a = 0; a < ANGLES.length; a++) {
            XYSeries s = new XYSeries("arg β = " + ANGLE_NAMES[a]);
            for (int k = 0; k <= steps; k++) {
                double w = Math.pow(MAGNITUDE, k) * Math.cos(k * ANGLES[a]);
                s.add(k, w);
                table.row(ANGLE_NAMES[a], (double) k, w);
            }
            data.addSeries(s);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("|beta|", Double.toString(MAGNITUDE));
        params.put("arg beta", String.join(", ", ANGLE_NAMES));
        params.put("k", "0.." + steps);
        return new FigureResult(List.of(Charts.lines("Complex momentum weights, |β| = 0.9",
                "steps ago k", "weight Re(βᵏ) on gradient ξ(t−k)", data)), 1, table, params);
    }
}
