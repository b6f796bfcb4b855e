package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.equilibrium.PointAnalysis;
import io.github.gamedyn.core.game.Game;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn analyze GAME [--at w1,w2,...] [--json]}: the {@link PointAnalysis} of the game at
 * the point (ξ, Ĥ, its eigenpairs, spectra, the point's class, α*, strategies and saturation).
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Analyses a game at a point: gradient xi, Jacobian H, eigenpairs, classification.",
            "Prints the simultaneous gradient xi, the game Jacobian H, the eigenvalues of H with "
                    + "canonical eigenvectors (one per conjugate pair, by decreasing real part) "
                    + "and the classification of the point for gradient learning: stable, "
                    + "unstable, saddle, rotational, degenerate (a zero eigenvalue) or not a fixed "
                    + "point (|xi| > 1e-8 max(1, |H|_F |w|)).",
            "Also the spectra of S = (H + H^T)/2 and A = (H - H^T)/2, at a fixed point the "
                    + "learning-rate threshold alpha* of gradient descent, and for a game with a "
                    + "strategy map the players' strategies, a strategy within 1e-6 of a face of "
                    + "its simplex flagged as saturated.",
            "Text output rounds to 6 significant digits; --json gives every number in full."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn analyze matching-pennies",
            "  gamedyn analyze matching-pennies --at 0.5,-0.25",
            "  gamedyn analyze bilinear:dim=2 --at=-1,0,0,2 --json",
            "  gamedyn analyze bilinear:dim=2,seed=7 --json | jq .eigenvalues",
            "  gamedyn analyze stag-hunt --game-file examples/StagHunt.java"})
final class AnalyzeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME",
            description = "a game of 'gamedyn games' (or of --classpath, --game-file), as NAME "
                    + "or NAME:key=value,key=value")
    private String game;

    @Mixin
    private GameSources sources;

    @Option(names = "--at", paramLabel = "W1,W2,...",
            description = "the point omega, one number per coordinate (default: the game's "
                    + "default point)")
    private String at;

    @Option(names = "--json", description = "print one JSON object instead of text")
    private boolean json;

    @Override
    public void run() {
        Game g;
        double[] w;
        try {
            g = sources.create(game);
            w = at == null ? g.defaultPoint() : PointParser.parse(at, g, game);
            JacobianBudget.require(g, game, g.dimension(), 1, "the analysis of Ĥ");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PointAnalysis analysis = new PointAnalysis(g, w);
        String report = json ? analysis.toJson(game) : analysis.toText(game);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report);
        out.flush();
    }
}
