package io.github.gamedyn.plots.cli;

import io.github.gamedyn.plots.figures.Figure;
import io.github.gamedyn.plots.figures.FigureCatalogue;
import io.github.gamedyn.plots.figures.FigureRunner;
import io.github.gamedyn.plots.output.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gamedyn figures [--out DIR] [--only ID,...] [--quick]}: computes and writes the figure
 * catalogue (PNG, SVG, CSV, JSON per figure, and an index), with a progress bar on a terminal and
 * plain progress lines otherwise.
 */
@Command(name = "figures",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reproduces the toy-problem figures of the complex-momentum and GRR papers.",
            "Writes ID.png, ID.svg, ID.csv (the data) and ID.json (the parameters) for every "
                    + "figure, and index.md / index.html showing them with captions. Same "
                    + "command, same CSV files."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gamedyn figures",
            "  gamedyn figures --quick --out /tmp/figures",
            "  gamedyn figures --only grr-ftle,grr-hopf"})
final class FiguresCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures",
            description = "output folder (default: ./figures)")
    private Path out;

    @Option(names = "--only", paramLabel = "ID,...", split = ",",
            description = "only these figures (ids as in the index)")
    private List<String> only;

    @Option(names = "--quick", description = "reduced versions (coarse grids, short runs) for "
            + "smoke tests")
    private boolean quick;

    @Override
    public void run() {
        List<Figure> figures;
        try {
            if (only != null && only.stream().allMatch(String::isBlank)) {
                throw new IllegalArgumentException("--only lists no figure ids; allowed: ids of "
                        + "the index, separated by commas");
            }
            if (only != null && only.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("--only '" + String.join(",", only)
                        + "' has an empty figure id; allowed: ids separated by single commas");
            }
            figures = only == null ? FigureCatalogue.all() : FigureCatalogue.select(only);
            if (out.toString().isBlank()) {
                throw new IllegalArgumentException("--out is empty; allowed: a folder");
            }
            AtomicFile.requireWritableFolder(out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        long t0 = System.nanoTime();
        try {
            FigureRunner.run(out, figures, quick, new FigureRunner.Progress() {
                @Override
                public void starting(Figure figure, int index, int total) {
                    if (terminal) {
                        stdout.print("\r" + bar(index, total) + " " + figure.id() + "…\u001b[K");
                        stdout.flush();
                    }
                }

                @Override
                public void finished(Figure figure, int index, int total, Duration time) {
                    String line = String.format(Locale.ROOT, "[%d/%d] %-12s %6.1f s", index + 1,
                            total, figure.id(), time.toMillis() / 1000.0);
                    stdout.print(terminal ? "\r" + line + "\u001b[K\n" : line + "\n");
                    stdout.flush();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        stdout.printf(Locale.ROOT, "wrote %d figure%s to %s in %.1f s (index: %s)%n",
                figures.size(), figures.size() == 1 ? "" : "s", out,
                (System.nanoTime() - t0) / 1e9, out.resolve("index.html"));
        stdout.flush();
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = width * done / total;
        char[] cells = new char[width];
        Arrays.fill(cells, 0, filled, '#');
        Arrays.fill(cells, filled, width, '.');
        return "[" + new String(cells) + "] " + done + "/" + total;
    }
}
