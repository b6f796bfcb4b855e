package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.core.lyapunov.BenettinQrEstimator;
import io.github.gamedyn.core.lyapunov.FiniteHorizonSvdEstimator;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.LyapunovEstimate;
import io.github.gamedyn.core.lyapunov.PerStepUpperBoundEstimator;
import io.github.gamedyn.core.lyapunov.PlaneGrid;
import io.github.gamedyn.core.lyapunov.PositiveExponentSumEstimator;
import io.github.gamedyn.core.lyapunov.ProbabilityGrid;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn lyapunov GAME --lr ALPHA --horizon K [--at ...] [--estimator NAME] [--json]}, and
 * the {@code --grid N} form writing an FTLE landscape as CSV. The learning map is simultaneous
 * gradient descent \(\omega \mapsto \omega - \alpha\xi(\omega)\).
 */
@Command(name = "lyapunov",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Finite-time Lyapunov exponents of simultaneous gradient descent w -> w - lr*xi(w).",
            "Estimators: transported (1/K sum log|J_t u_t|, u_0 = (1,...,1)/sqrt(d)), "
                    + "finite-horizon ((1/K) log sigma_max(J_(K-1)...J_0)), per-step-bound "
                    + "((1/K) sum log sigma_max(J_t)), qr (full spectrum by repeated QR, "
                    + "Benettin), positive-sum (sum of the positive QR exponents).",
            "With --grid N: the estimator over an N x N grid of start points, as CSV (columns "
                    + "s, t, w1..wd, value): for a game with one parameter per player the "
                    + "plane of probabilities P1, P2 in [0.02, 0.98] (s = P1, t = P2); otherwise "
                    + "the plane through --at along the first two coordinates, +-span."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn lyapunov matching-pennies --lr 0.5 --horizon 100",
            "  gamedyn lyapunov bilinear:dim=2 --lr 0.1 --horizon 50 --estimator qr --json",
            "  gamedyn lyapunov matching-pennies --lr 1 --horizon 50 --grid 100 --out ftle.csv"})
final class LyapunovCommand implements Runnable {

    /** The estimators by command-line name. */
    enum Estimator {
        TRANSPORTED("transported"), FINITE_HORIZON("finite-horizon"),
        PER_STEP_BOUND("per-step-bound"), QR("qr"), POSITIVE_SUM("positive-sum");

        private final String label;

        Estimator(String label) {
            this.label = label;
        }

        static Estimator of(String name) {
            return Arrays.stream(values()).filter(e -> e.label.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--estimator '" + name
                            + "' is unknown; allowed: transported, finite-horizon, "
                            + "per-step-bound, qr, positive-sum"));
        }

        /** The exponents this estimator gives at {@code w0}, descending. */
        double[] exponents(GradientDescentMap map, double[] w0, int horizon) {
            int d = map.dimension();
            return switch (this) {
                case TRANSPORTED -> value(new TransportedVectorEstimator(ones(d))
                        .estimate(map, w0, horizon));
                case FINITE_HORIZON -> value(new FiniteHorizonSvdEstimator()
                        .estimate(map, w0, horizon));
                case PER_STEP_BOUND -> value(new PerStepUpperBoundEstimator()
                        .estimate(map, w0, horizon));
                case QR -> new BenettinQrEstimator(d, 0).spectrum(map, w0, horizon).exponents();
                case POSITIVE_SUM -> value(new PositiveExponentSumEstimator(0)
                        .estimate(map, w0, horizon));
            };
        }

        private static double[] value(LyapunovEstimate e) {
            return new double[] {e.value()};
        }

        private static double[] ones(int d) {
            double[] u = new double[d];
            Arrays.fill(u, 1);
            return u;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games', as NAME or NAME:key=value,key=value")
    private String game;

    @Option(names = "--lr", required = true, paramLabel = "ALPHA",
            description = "learning rate alpha > 0")
    private double lr;

    @Option(names = "--horizon", required = true, paramLabel = "K",
            description = "number of steps K >= 1")
    private int horizon;

    @Option(names = "--at", paramLabel = "W1,W2,...",
            description = "start point (default: the game's default point)")
    private String at;

    @Option(names = "--estimator", paramLabel = "NAME", defaultValue = "transported",
            description = "transported (default), finite-horizon, per-step-bound, qr, positive-sum")
    private String estimator;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Option(names = "--grid", paramLabel = "N", description = "evaluate on an N x N grid (N >= 2)")
    private Integer grid;

    @Option(names = "--span", paramLabel = "S", defaultValue = "2",
            description = "half-width of the coordinate plane of --grid (default 2)")
    private double span;

    @Option(names = "--out", paramLabel = "FILE",
            description = "with --grid: write the CSV here (whole or not at all) instead of stdout")
    private Path out;

    @Override
    public void run() {
        Game g;
        double[] w;
        Estimator e;
        GradientDescentMap map;
        try {
            g = GameRegistry.create(game);
            w = at == null ? g.defaultPoint() : PointParser.parse(at, g, game);
            e = Estimator.of(estimator);
            map = new GradientDescentMap(g, lr);
            if (horizon < 1) {
                throw new IllegalArgumentException("--horizon = " + horizon + "; allowed: ≥ 1");
            }
            if (grid != null && grid < 2) {
                throw new IllegalArgumentException("--grid = " + grid + "; allowed: ≥ 2");
            }
        } catch (IllegalArgumentException ex) {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (grid != null) {
            String csv = landscapeCsv(map, w, e);
            if (out == null) {
                stdout.print(csv);
            } else {
                OutputFile.write(out, csv);
            }
            stdout.flush();
            return;
        }
        double[] exponents = e.exponents(map, w, horizon);
        if (json) {
            stdout.println(new JsonWriter().beginObject()
                    .name("game").value(game).name("point").value(w).name("lr").value(lr)
                    .name("horizon").value(horizon).name("estimator").value(e.label)
                    .name("exponents").value(exponents).name("maxExponent").value(exponents[0])
                    .endObject());
        } else {
            stdout.printf(Locale.ROOT, "game        %s%npoint       %s%nlr          %s%n"
                    + "horizon     %d%nestimator   %s%nexponents   %s%n", game,
                    Arrays.toString(w), lr, horizon, e.label, Arrays.toString(exponents));
        }
        stdout.flush();
    }

    private String landscapeCsv(GradientDescentMap map, double[] w, Estimator e) {
        int d = map.dimension();
        boolean probabilities = d == 2 && map.game().players().size() == 2;
        ProbabilityGrid pg = probabilities ? new ProbabilityGrid(0.02, 0.98, grid) : null;
        PlaneGrid plane = probabilities ? null : coordinatePlane(w, d);
        StartPointGrid cells = probabilities ? pg : plane;
        Landscape landscape = Landscape.evaluate(cells, x0 -> e.exponents(map, x0, horizon)[0],
                Runtime.getRuntime().availableProcessors());
        StringBuilder sb = new StringBuilder(probabilities ? "p1,p2" : "s,t");
        for (int i = 1; i <= d; i++) {
            sb.append(",w").append(i);
        }
        sb.append(",value\n");
        for (int row = 0; row < grid; row++) {
            for (int col = 0; col < grid; col++) {
                double s = probabilities ? pg.probability(col) : plane.s(col);
                double t = probabilities ? pg.probability(row) : plane.t(row);
                sb.append(s).append(',').append(t);
                for (double x : cells.point(col, row)) {
                    sb.append(',').append(x);
                }
                sb.append(',').append(landscape.value(col, row)).append('\n');
            }
        }
        return sb.toString();
    }

    private PlaneGrid coordinatePlane(double[] w, int d) {
        if (d < 2) {
            throw new ParameterException(spec.commandLine(), "--grid needs a game of dimension ≥ 2;"
                    + " " + game + " has dimension " + d);
        }
        double[] e1 = new double[d];
        double[] e2 = new double[d];
        e1[0] = 1;
        e2[1] = 1;
        return new PlaneGrid(w, e1, e2, -span, span, grid, -span, span, grid);
    }
}
