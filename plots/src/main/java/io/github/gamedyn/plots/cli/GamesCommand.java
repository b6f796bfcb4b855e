package io.github.gamedyn.plots.cli;

import io.github.gamedyn.zoo.GameParameter;
import io.github.gamedyn.zoo.GameProvider;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gamedyn games}: the registered games, their descriptions and parameters. */
@Command(name = "games",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the games of the zoo, and those of --classpath and --game-file, with "
                + "their parameters (name, default, meaning). Use them as NAME or "
                + "NAME:key=value,key=value.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn games",
            "  gamedyn games --classpath stag-hunt.jar",
            "  gamedyn analyze bilinear:dim=3,seed=7"})
final class GamesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GameSources sources;

    @Override
    public void run() {
        List<GameProvider> games;
        try {
            games = GameRegistry.providers(sources.loader());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (GameProvider entry : games) {
            out.println(entry.name() + " - " + entry.description());
            if (entry.parameters().isEmpty()) {
                out.println("    (no parameters)");
            }
            for (GameParameter p : entry.parameters()) {
                out.printf("    %-10s default %-8s %s%n", p.name(),
                        p.defaultValue().isEmpty() ? "(unset)" : p.defaultValue(), p.description());
            }
        }
        out.flush();
    }
}
