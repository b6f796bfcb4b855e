package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.equilibrium.PointAnalysis;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RadiusSweep;
import io.github.gamedyn.momentum.RadiusSweepJob;
import io.github.gamedyn.zoo.RegisteredGame;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn radius GAME --optimizer SPEC --grid AXES [--at ω*] [--out grid.csv] [--json]}:
 * the linearised spectral radius of an optimiser at a fixed point over a grid of hyperparameters.
 */
@Command(name = "radius",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Sweeps the spectral radius rho of an optimiser's linearised update at a fixed point "
                    + "of the game over a grid of hyperparameters and prints the best (smallest "
                    + "rho) cell. rho < 1: the optimiser converges locally, the error shrinking "
                    + "like rho^t.",
            "--grid is 1 to 3 comma-separated axes HYPERPARAMETER[.PART]=FROM:TO:COUNT: PART is "
                    + "real (the default), imaginary, modulus or argument (radians), COUNT "
                    + "equally spaced values from FROM to TO inclusive. A hyperparameter takes "
                    + "Cartesian or polar parts, not both; the other hyperparameters keep the "
                    + "values of --optimizer, --lr and --beta. Every cell must be allowed by the "
                    + "method (see 'gamedyn optimizers'): complex momentum needs |beta| < 1. At "
                    + "most 10000000 cells.",
            "The fixed point is --at, which must have |xi| <= 1e-8 max(1, |H|_F |w|), or else "
                    + "the one Newton's method finds from the game's default point; the command "
                    + "fails (exit 1) when Newton's method finds none.",
            "--json prints {game, optimizer, fixedPoint, axes, cellCount, nonFiniteCount, best: "
                    + "{values, spectralRadius, radiusPerEvaluation, optimizer}, cells}; cells "
                    + "(each {values, spectralRadius}, last axis fastest) only for grids of at "
                    + "most 10000 cells; --out writes every cell as CSV (one column per axis, "
                    + "then spectral_radius), whole or not at all.",
            "A cell whose rho is not a finite number (the hyperparameters overflow the update) "
                    + "is never the best one: its spectral_radius is empty in the CSV and null "
                    + "in the JSON, and the text and JSON count such cells; when no cell is "
                    + "finite the command fails (exit 1)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn radius dirac-gan --optimizer complex-momentum:alpha=0.1 "
                    + "--grid beta.argument=0:3.1416:200,beta.modulus=0:0.99:200",
            "  gamedyn radius bilinear --optimizer gd --grid alpha=0.01:1:100 --json",
            "  gamedyn radius bilinear:dim=2 --optimizer heavy-ball --grid "
                    + "alpha=0.05:0.5:10,beta=-0.9:0.9:19 --out hb.csv"})
final class RadiusCommand implements Runnable {
    static final int MAX_JSON_CELLS = 10_000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

    @Mixin
    private OptimizerOptions optimizer;

    @Option(names = "--grid", required = true, paramLabel = "AXES",
            description = "e.g. beta.argument=0:3.1416:200,beta.modulus=0:0.99:200")
    private String grid;

    @Option(names = "--at", paramLabel = "W1,W2,...",
            description = "the fixed point (default: found by Newton's method from the game's "
                    + "default point)")
    private String at;

    @Option(names = "--out", paramLabel = "FILE", description = "write every cell as CSV here")
    private Path out;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Mixin
    private EngineOptions engine;

    @Override
    public void run() {
        Game g;
        OptimizerSpec s;
        List<RadiusSweep.Axis> axes;
        double[] fixedPoint;
        OutputFile target;
        try {
            g = sources.create(game);
            s = optimizer.spec();
            axes = GridAxes.parse(grid);
            optimizer.requireNotOverriddenBy(axes);
            target = OutputFile.of(out, "--out");
            JacobianBudget.require(g, game, LinearisedAnalysis.fixedState(g, s, g.defaultPoint())
                    .length, Runtime.getRuntime().availableProcessors(), "the analysis per cell");
            fixedPoint = at == null ? defaultFixedPoint(g) : givenFixedPoint(g);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        RadiusSweep.Result result;
        try {
            result = engine.run(sources.loader(), spec.commandLine(), cells -> sweep(
                    RadiusSweepJob.of(new RegisteredGame(game), fixedPoint, s, axes), cells));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (target != null) {
            target.write(csv -> csv(csv, result));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(json ? json(s, fixedPoint, result) : text(s, fixedPoint, result));
        stdout.flush();
    }

    private static RadiusSweep.Result sweep(RadiusSweepJob job, Engine cells) {
        try {
            return RadiusSweep.sweep(job, cells);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grid: a cell has " + e.getMessage(), e);
        }
    }

    private double[] givenFixedPoint(Game g) {
        double[] w = PointParser.parse(at, g, game);
        PointAnalysis analysis = new PointAnalysis(g, w);
        if (!analysis.isFixedPoint()) {
            throw new IllegalArgumentException("--at " + at + " is not a fixed point of " + game
                    + ": |xi| = " + analysis.gradientNorm() + "; allowed: a point with |xi| <= "
                    + "1e-8 max(1, |H|_F |w|), or no --at to search from the default point");
        }
        return w;
    }

    private double[] defaultFixedPoint(Game g) {
        FixedPointResult r = FixedPoints.fromDefaultPoint(g);
        if (!r.converged()) {
            throw new IllegalStateException("Newton's method found no fixed point of " + game
                    + " from its default point " + Arrays.toString(g.defaultPoint()) + " (|xi| = "
                    + r.gradientNorm() + " after " + r.iterations() + " steps); give one with --at");
        }
        return r.point();
    }

    private static double[] cellValues(RadiusSweep.Result r, int index) {
        int[] cell = r.cell(index);
        double[] values = new double[cell.length];
        for (int a = 0; a < cell.length; a++) {
            values[a] = r.axes().get(a).values()[cell[a]];
        }
        return values;
    }

    /** Streams every cell: one column per axis, then spectral_radius (empty when not finite). */
    private static void csv(Writer csv, RadiusSweep.Result r) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (RadiusSweep.Axis axis : r.axes()) {
            sb.append(GridAxes.label(axis)).append(',');
        }
        csv.write(sb.append("spectral_radius\n").toString());
        double[] radii = r.radii();
        for (int i = 0; i < radii.length; i++) {
            sb.setLength(0);
            for (double v : cellValues(r, i)) {
                sb.append(v).append(',');
            }
            if (Double.isFinite(radii[i])) {
                sb.append(radii[i]);
            }
            csv.write(sb.append('\n').toString());
        }
    }

    private String json(OptimizerSpec s, double[] fixedPoint, RadiusSweep.Result r) {
        double[] radii = r.radii();
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(game)
                .name("optimizer").value(s.toString())
                .name("fixedPoint").value(fixedPoint)
                .name("axes").beginArray();
        for (RadiusSweep.Axis axis : r.axes()) {
            json.beginObject().name("name").value(GridAxes.label(axis))
                    .name("values").value(axis.values()).endObject();
        }
        json.endArray().name("cellCount").value(radii.length)
                .name("nonFiniteCount").value(r.nonFiniteCount())
                .name("best").beginObject()
                .name("values").value(cellValues(r, r.bestIndex()))
                .name("spectralRadius").value(r.bestRadius())
                .name("radiusPerEvaluation").value(perEvaluation(r))
                .name("optimizer").value(r.best().toString())
                .endObject();
        if (radii.length <= MAX_JSON_CELLS) {
            json.name("cells").beginArray();
            for (int i = 0; i < radii.length; i++) {
                json.beginObject().name("values").value(cellValues(r, i)).name("spectralRadius");
                if (Double.isFinite(radii[i])) {
                    json.value(radii[i]);
                } else {
                    json.nullValue();
                }
                json.endObject();
            }
            json.endArray();
        }
        return json.endObject().toString();
    }

    private String text(OptimizerSpec s, double[] fixedPoint, RadiusSweep.Result r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "game", game);
        line(sb, "optimizer", s.toString());
        line(sb, "fixed point", Arrays.toString(fixedPoint));
        for (RadiusSweep.Axis axis : r.axes()) {
            double[] v = axis.values();
            line(sb, "axis", GridAxes.label(axis) + " = " + v[0] + " .. " + v[v.length - 1]
                    + " (" + v.length + " values)");
        }
        double[] best = cellValues(r, r.bestIndex());
        StringBuilder cell = new StringBuilder();
        for (int a = 0; a < best.length; a++) {
            cell.append(a == 0 ? "" : ", ").append(GridAxes.label(r.axes().get(a)))
                    .append(" = ").append(best[a]);
        }
        line(sb, "best cell", cell.toString());
        line(sb, "spectral radius", r.bestRadius() + " (per gradient evaluation "
                + perEvaluation(r) + ")");
        line(sb, "best optimizer", r.best().toString());
        if (r.nonFiniteCount() > 0) {
            line(sb, "non-finite", r.nonFiniteCount() + " of " + r.radii().length + " cells (rho "
                    + "overflowed: never the best; empty in --out, null in --json)");
        }
        return sb.toString().stripTrailing();
    }

    private static double perEvaluation(RadiusSweep.Result r) {
        return Math.pow(r.bestRadius(), 1.0 / r.gradientEvaluationsPerStep());
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
    }
}
