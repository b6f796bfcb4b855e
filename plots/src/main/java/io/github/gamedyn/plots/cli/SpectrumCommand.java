package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.JacobianOperator;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.core.linalg.ArnoldiEigenSolver;
import io.github.gamedyn.core.linalg.ArnoldiReport;
import io.github.gamedyn.core.linalg.EigenvalueSelection;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.PartialEigendecomposition;
import java.io.PrintWriter;
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
 * {@code gamedyn spectrum GAME [--top K] [--which LM|LR|SR|LI] [--at w1,...] [--json]}: the top-k
 * eigenpairs of Ĥ from Ĥv products alone (matrix-free Arnoldi), for games too large for {@code analyze}.
 */
@Command(name = "spectrum",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Top-k eigenvalues of the game Jacobian H at a point, matrix-free.",
            "Computes the K eigenvalues of H of largest modulus (LM), largest real part (LR), smallest real "
                    + "part (SR) or largest |imaginary part| (LI) by implicitly restarted Arnoldi "
                    + "(Krylov-Schur) on products Hv, never forming H, with residuals "
                    + "|Hv - lambda v| / nu checked by fresh products (nu <= |H|_2, the largest |Hv_j| seen).",
            "A conjugate pair counts as two eigenvalues and is never split (K + 1 are listed then). "
                    + "Exit 1 when the run does not converge within its restarts."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn spectrum small-gan:width=220 --top 20",
            "  gamedyn spectrum small-gan:data=digits,width=64 --which LI --top 10 --json",
            "  gamedyn spectrum bilinear:dim=3 --which SR --top 2 --at 1,0,0,0,1,0"})
final class SpectrumCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

    @Option(names = "--top", paramLabel = "K", defaultValue = "6", description = "how many eigenvalues (default: 6)")
    private int top;

    @Option(names = "--which", paramLabel = "LM|LR|SR|LI", defaultValue = "LM",
            description = "which end of the spectrum (default: LM)")
    private String which;

    @Option(names = "--at", paramLabel = "W1,W2,...",
            description = "the point omega, one number per coordinate (default: the game's default point)")
    private String at;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the Arnoldi start vector (default: 0)")
    private long seed;

    @Option(names = "--vectors", description = "include the eigenvectors in the JSON output")
    private boolean vectors;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Override
    public void run() {
        Game g;
        double[] w;
        ArnoldiEigenSolver solver;
        try {
            EigenvalueSelection selection = EigenvalueSelection.ofCode(which);
            g = sources.create(game);
            w = at == null ? g.defaultPoint() : PointParser.parse(at, g, game);
            if (top > g.dimension()) {
                throw new IllegalArgumentException("--top " + top + " exceeds the dimension " + g.dimension()
                        + " of " + game + "; allowed: 1.." + g.dimension());
            }
            solver = ArnoldiEigenSolver.builder().count(top).selection(selection)
                    .seed(seed).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replace("count = ", "--top ")
                    .replace("which = ", "--which "), e);
        }
        long start = System.nanoTime();
        PartialEigendecomposition result = solver.solve(JacobianOperator.at(g, w)).requireConverged();
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(g, result) : text(g, result, seconds));
        out.flush();
    }

    private String text(Game g, PartialEigendecomposition result, double seconds) {
        ArnoldiReport r = result.report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "game %s, dimension %d, top %d by %s%n", game, g.dimension(), top,
                result.selection().code()));
        sb.append(String.format(Locale.ROOT, "%-28s %s%n", "eigenvalue", "relative residual"));
        List<Eigenpair> pairs = result.eigenpairs();
        double[] residuals = r.residuals();
        for (int i = 0; i < pairs.size(); i++) {
            Eigenpair p = pairs.get(i);
            String value = p.isReal() ? String.format(Locale.ROOT, "%.6g", p.value().getReal())
                    : String.format(Locale.ROOT, "%.6g ± %.6gi", p.value().getReal(), p.value().getImaginary());
            sb.append(String.format(Locale.ROOT, "%-28s %.2e%n", value, residuals[i]));
        }
        sb.append(String.format(Locale.ROOT, "converged: %d restarts, %d products Hv, subspace %d, nu = %.6g, "
                + "%.1f s", r.restarts(), r.products(), r.subspaceSize(), r.normEstimate(), seconds));
        return sb.toString();
    }

    private String json(Game g, PartialEigendecomposition result) {
        ArnoldiReport r = result.report();
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(game)
                .name("dimension").value(g.dimension())
                .name("which").value(result.selection().code())
                .name("top").value(top)
                .name("eigenvalues").beginArray();
        for (Eigenpair p : result.eigenpairs()) {
            json.beginObject().name("re").value(p.value().getReal()).name("im").value(p.value().getImaginary())
                    .endObject();
        }
        json.endArray().name("residuals").value(r.residuals());
        if (vectors) {
            json.name("eigenvectors").beginArray();
            for (Eigenpair p : result.eigenpairs()) {
                json.beginObject().name("re").value(p.re()).name("im").value(p.im()).endObject();
            }
            json.endArray();
        }
        return json.name("restarts").value(r.restarts())
                .name("products").value((int) r.products())
                .name("subspaceSize").value(r.subspaceSize())
                .name("normEstimate").value(r.normEstimate())
                .endObject().toString();
    }
}
