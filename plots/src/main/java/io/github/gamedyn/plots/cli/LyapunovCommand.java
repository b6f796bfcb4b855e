package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.core.lyapunov.GridRecipe;
import io.github.gamedyn.core.lyapunov.Landscape;
import io.github.gamedyn.core.lyapunov.LandscapeJob;
import io.github.gamedyn.core.lyapunov.LyapunovMethod;
import io.github.gamedyn.core.lyapunov.PlaneGrid;
import io.github.gamedyn.core.lyapunov.StartPointGrid;
import io.github.gamedyn.plots.figures.Plane;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "A run that diverges (a non-finite state or tangent quantity) is reported, not an "
                    + "error: diverged = true with the step, the reason and the last finite "
                    + "state, exit code 0.",
            "With --grid N: the estimator over an N x N grid of start points (N*N at most "
                    + GridAxes.MAX_CELLS + "), as CSV (columns p1, p2 or s, t, then w1..wd, "
                    + "value, diverged): for a game whose strategy map gives two players two "
                    + "actions each, the plane of the probabilities P1, P2 of their first actions "
                    + "in [0.02, 0.98] (p1 = P1, p2 = P2); otherwise, or with --plane "
                    + "coordinates, the plane through --at along the first two coordinates, "
                    + "+-span. A cell whose "
                    + "run diverges has an empty value and diverged = 1. With --out, one summary "
                    + "line on stdout says how many cells diverged."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn lyapunov matching-pennies --lr 0.5 --horizon 100",
            "  gamedyn lyapunov bilinear:dim=2 --lr 0.1 --horizon 50 --estimator qr --json",
            "  gamedyn lyapunov matching-pennies --lr 1 --horizon 50 --grid 100 --out ftle.csv"})
final class LyapunovCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

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

    @Option(names = "--plane", paramLabel = "KIND",
            description = "with --grid: probabilities (needs the game's strategy map) or "
                    + "coordinates (default: probabilities when the game's strategy map allows)")
    private String planeKind;

    @Option(names = "--span", paramLabel = "S",
            description = "half-width of the coordinate plane of --grid, finite and > 0 "
                    + "(default 2)")
    private Double span;

    @Option(names = "--out", paramLabel = "FILE",
            description = "with --grid: write the CSV here (whole or not at all) instead of stdout")
    private Path out;

    @Mixin
    private EngineOptions engine;

    /** With --grid: the plane of probabilities, or {@code null} for the coordinate plane. */
    private Plane probabilities;

    @Override
    public void run() {
        Game g;
        double[] w;
        LyapunovMethod e;
        GradientDescentMap map;
        OutputFile target;
        try {
            g = sources.create(game);
            w = at == null ? g.defaultPoint() : PointParser.parse(at, g, game);
            e = method(estimator);
            map = new GradientDescentMap(g, lr);
            if (horizon < 1) {
                throw new IllegalArgumentException("--horizon = " + horizon + "; allowed: ≥ 1");
            }
            checkGridOptions(g);
            target = OutputFile.of(out, "--out");
            JacobianBudget.require(g, game, g.dimension(), grid == null ? 1
                    : Runtime.getRuntime().availableProcessors(), "the estimator");
        } catch (IllegalArgumentException ex) {
            throw new ParameterException(spec.commandLine(), ex.getMessage(), ex);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (grid != null) {
            LandscapeJob job = new LandscapeJob(new RegisteredGame(game), lr, e, horizon,
                    gridRecipe(w, map.dimension()));
            Landscape landscape = engine.run(sources.loader(), spec.commandLine(),
                    cells -> Landscape.evaluate(job, cells));
            if (target == null) {
                try {
                    writeCsv(stdout, map, w, landscape);
                } catch (IOException ex) {
                    // a PrintWriter never throws; its failures surface at the top level
                    throw new UncheckedIOException(ex);
                }
            } else {
                target.write(csv -> writeCsv(csv, map, w, landscape));
                stdout.printf(Locale.ROOT, "wrote %d cells to %s (%d diverged: value empty, "
                        + "diverged = 1)%n", grid * grid, target.path(), landscape.divergedCount());
            }
            stdout.flush();
            return;
        }
        double[] exponents;
        try {
            exponents = e.exponents(map, w, horizon);
        } catch (DivergenceException d) {
            stdout.println(json ? divergedJson(w, e, d) : divergedText(w, e, d));
            stdout.flush();
            return;
        }
        if (json) {
            stdout.println(header(new JsonWriter().beginObject(), w, e)
                    .name("diverged").value(false)
                    .name("exponents").value(exponents).name("maxExponent").value(exponents[0])
                    .endObject());
        } else {
            stdout.printf(Locale.ROOT, "%sexponents   %s%n", headerText(w, e),
                    Arrays.toString(exponents));
        }
        stdout.flush();
    }

    private static LyapunovMethod method(String name) {
        try {
            return LyapunovMethod.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }

    /** The options of --grid: each only where it has an effect, every value allowed. */
    private void checkGridOptions(Game g) {
        if (grid == null) {
            String unused = out != null ? "--out" : span != null ? "--span"
                    : planeKind != null ? "--plane" : engine.given();
            if (unused != null) {
                throw new IllegalArgumentException(unused + " without --grid has no effect; "
                        + "allowed: " + unused + " with --grid");
            }
            return;
        }
        if (json) {
            throw new IllegalArgumentException("--json and --grid both given; allowed: one of "
                    + "them (--grid writes CSV)");
        }
        if (grid < 2 || (long) grid * grid > GridAxes.MAX_CELLS) {
            throw new IllegalArgumentException("--grid = " + grid + "; allowed: 2 to "
                    + (int) Math.sqrt(GridAxes.MAX_CELLS) + " (at most " + GridAxes.MAX_CELLS
                    + " cells)");
        }
        probabilities = probabilityPlane(g);
        if (probabilities != null) {
            if (span != null || at != null) {
                throw new IllegalArgumentException((span != null ? "--span" : "--at") + " has no "
                        + "effect with --grid on " + game + ", whose grid is the plane of "
                        + "probabilities P1, P2 in [0.02, 0.98]; allowed: --grid without it");
            }
        } else if (g.dimension() < 2) {
            throw new IllegalArgumentException("--grid needs a game of dimension ≥ 2; " + game
                    + " has dimension " + g.dimension());
        }
        if (span != null && !(span > 0)) {
            throw new IllegalArgumentException("--span = " + span + "; allowed: finite and > 0");
        }
    }

    /**
     * The plane of probabilities the grid lies in, or {@code null} for the coordinate plane.
     *
     * @throws IllegalArgumentException if --plane asks for probabilities the game cannot give
     */
    private Plane probabilityPlane(Game g) {
        String kind = planeKind == null ? "" : planeKind;
        switch (kind) {
            case "probabilities":
                return Plane.probabilities(g);
            case "coordinates":
                return null;
            case "":
                // probabilities where the game's strategy map allows: Plane.probabilities decides
                try {
                    return Plane.probabilities(g);
                } catch (IllegalArgumentException noStrategies) {
                    return null;
                }
            default:
                throw new IllegalArgumentException("--plane '" + planeKind + "' is unknown; "
                        + "allowed: probabilities, coordinates");
        }
    }

    private JsonWriter header(JsonWriter json, double[] w, LyapunovMethod e) {
        return json.name("game").value(game).name("point").value(w).name("learningRate").value(lr)
                .name("horizon").value(horizon).name("estimator").value(e.label());
    }

    private String headerText(double[] w, LyapunovMethod e) {
        return String.format(Locale.ROOT, "game        %s%npoint       %s%nlr          %s%n"
                + "horizon     %d%nestimator   %s%n", game, Arrays.toString(w), lr, horizon,
                e.label());
    }

    private String divergedJson(double[] w, LyapunovMethod e, DivergenceException d) {
        return header(new JsonWriter().beginObject(), w, e).name("diverged").value(true)
                .name("divergence").beginObject().name("step").value(d.step())
                .name("reason").value(d.reason()).name("lastFiniteState").value(d.lastFiniteState())
                .endObject().endObject().toString();
    }

    private String divergedText(double[] w, LyapunovMethod e, DivergenceException d) {
        return headerText(w, e) + "diverged    yes: " + d.reason() + " at step " + d.step()
                + "; last finite state " + Arrays.toString(d.lastFiniteState()) + "\n"
                + "exponents   - (the run diverged)";
    }

    /** The start points of --grid as numbers, for the landscape job. */
    private GridRecipe gridRecipe(double[] w, int d) {
        double[] p = Plane.range(0.02, 0.98, grid);
        return probabilities != null ? new ProbabilityPlaneRecipe(p, p)
                : coordinateRecipe(w, d);
    }

    /** Streams the landscape as CSV, one row per cell, row-major. */
    private void writeCsv(Writer csv, GradientDescentMap map, double[] w, Landscape landscape)
            throws IOException {
        int d = map.dimension();
        double[] p = probabilities != null ? Plane.range(0.02, 0.98, grid) : null;
        PlaneGrid plane = probabilities != null ? null : coordinatePlane(w, d);
        StartPointGrid cells = probabilities != null ? probabilities.grid(p, p) : plane;
        StringBuilder sb = new StringBuilder(probabilities != null ? "p1,p2" : "s,t");
        for (int i = 1; i <= d; i++) {
            sb.append(",w").append(i);
        }
        csv.write(sb.append(",value,diverged\n").toString());
        for (int row = 0; row < grid; row++) {
            for (int col = 0; col < grid; col++) {
                sb.setLength(0);
                sb.append(p != null ? p[col] : plane.s(col)).append(',')
                        .append(p != null ? p[row] : plane.t(row));
                for (double x : cells.point(col, row)) {
                    sb.append(',').append(x);
                }
                boolean diverged = landscape.diverged(col, row);
                sb.append(',');
                if (!diverged) {
                    sb.append(landscape.value(col, row));
                }
                csv.write(sb.append(',').append(diverged ? 1 : 0).append('\n').toString());
            }
        }
        csv.flush();
    }

    private PlaneGrid coordinatePlane(double[] w, int d) {
        PlaneGrid.Recipe r = coordinateRecipe(w, d);
        return new PlaneGrid(r.center(), r.e1(), r.e2(), r.sMin(), r.sMax(), r.columns(),
                r.tMin(), r.tMax(), r.rows());
    }

    private PlaneGrid.Recipe coordinateRecipe(double[] w, int d) {
        double s = span == null ? 2 : span;
        double[] e1 = new double[d];
        double[] e2 = new double[d];
        e1[0] = 1;
        e2[1] = 1;
        return new PlaneGrid.Recipe(w, e1, e2, -s, s, grid, -s, s, grid);
    }
}
