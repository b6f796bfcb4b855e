package io.github.gamedyn.plots.figures;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.ridge.grr.BifurcationPoint;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrBranch;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * grr-tree: Generalized Ridge Rider on the small IPD and the mixed game, in the probability plane:
 * the bifurcation points it finds, the gradient-descent path of every branch (started \(\varepsilon\)
 * along \(\pm v\), \(\pm\mathrm{Re}\,v\), \(\pm\mathrm{Im}\,v\)) as the tree keeps it, and where
 * each ends.
 */
final class GrrTreeFigure implements Figure {
    /** Following steps per branch, and with --quick. */
    private static final int STEPS = 2000;
    private static final int QUICK_STEPS = 300;

    /** A panel: a toy game, the learning rate α and the horizon K of GRR. */
    private record Panel(PlaneDynamics.Toy toy, double learningRate, int horizon) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel(PlaneDynamics.SMALL_IPD, 10.0, 20),
            new Panel(PlaneDynamics.MIXED, 1.3, 100));

    /** Writes this figure alone: {@code [OUT_DIR] [--quick]}, see {@link FigureMain}. */
    public static void main(String[] args) throws java.io.IOException {
        FigureMain.run(new GrrTreeFigure(), args);
    }

    @Override
    public String id() {
        return "grr-tree";
    }

    @Override
    public String title() {
        return "Generalized Ridge Rider on the small IPD and the mixed game";
    }

    @Override
    public String caption() {
        return "Generalized Ridge Rider with gradient descent in the plane of cooperation"
                + " probabilities. Black dots: bifurcation points found by maximising the"
                + " finite-time Lyapunov exponent over starting points and refining to nearby"
                + " fixed points; coloured lines: the branches, gradient descent started a small"
                + " step along ± each eigenvector of Ĥ (± Re v and ± Im v for complex pairs) and"
                + " run for at most " + STEPS + " steps (--quick: " + QUICK_STEPS + "), drawn as the"
                + " tree keeps them; open circles: where the branches end. On the small IPD (α = 10, K = 20) the"
                + " two unstable branches of the interior saddle end in mutual defection and in"
                + " mutual cooperation; on the mixed game (α = 1.3, above its threshold α* ≈ 1.18,"
                + " K = 100) the fixed point has a complex pair and its ± Re v, ± Im v branches"
                + " spiral out. GRR paper (Lorraine et al., AAMAS"
                + " 2022), the GRR figures of the toy games.";
    }

    @Override
    public FigureResult compute(boolean quick) {
        Table table = new Table("game", "kind", "label", "p1", "p2");
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (Panel panel : PANELS) {
            GrrOptions options = GrrOptions.defaults().withLearningRate(panel.learningRate())
                    .withSearch(s -> s.withHorizon(panel.horizon()).withRestarts(quick ? 2 : 4)
                            .withIterations(quick ? 10 : 30))
                    .withFollowing(f -> f.withSteps(quick ? QUICK_STEPS : STEPS));
            Game game = panel.toy().game();
            GrrTree tree = new GeneralizedRidgeRider(options).run(game);
            params.put(panel.toy().spec(), "α = " + panel.learningRate() + ", K = "
                    + panel.horizon() + ", restarts " + options.search().restarts() + ", ε = "
                    + options.branching().perturbation() + ", " + options.following().steps()
                    + " following steps, " + tree.roots().size() + " bifurcation points, "
                    + tree.clusters().size() + " clusters");
            panels.add(panel(panel.toy(), game, tree, table));
        }
        return new FigureResult(panels, 2, table, params);
    }

    private static JFreeChart panel(PlaneDynamics.Toy toy, Game game, GrrTree tree, Table table) {
        Plane plane = Plane.probabilities(game);
        List<PlaneCurve> branches = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        List<double[]> ends = new ArrayList<>();
        for (BifurcationPoint b : tree.roots()) {
            double[] w = b.point();
            double[] p = plane.coordinates(w);
            points.add(p);
            table.row(toy.spec(), "bifurcation", b.origin().toString(), p[0], p[1]);
            for (GrrBranch br : b.branches()) {
                double[][] path = br.path();
                double[] s = new double[path.length];
                double[] t = new double[path.length];
                for (int k = 0; k < path.length; k++) {
                    double[] c = plane.coordinates(path[k]);
                    s[k] = c[0];
                    t[k] = c[1];
                }
                branches.add(new PlaneCurve(br.direction().label() + " of " + branches.size(), s, t));
                double[] e = plane.coordinates(br.end().point());
                ends.add(e);
                table.row(toy.spec(), "branch end", br.direction().label(), e[0], e[1]);
            }
        }
        return new PlaneChart(plane).curves(branches, 0, 1.5f)
                .points(marks("end points", ends), Color.DARK_GRAY, 10, false)
                .points(marks("bifurcation points", points), Color.BLACK, 12, true)
                .chart(toy.title() + ": GRR branches");
    }

    private static PlaneCurve marks(String label, List<double[]> points) {
        return new PlaneCurve(label, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }
}
