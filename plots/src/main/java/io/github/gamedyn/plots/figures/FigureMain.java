package io.github.gamedyn.plots.figures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What each figure's {@code main} does: {@code java -cp gamedyn.jar
 * io.github.gamedyn.plots.figures.DiracMomentumFigure [OUT_DIR] [--quick]} writes that one figure
 * (PNG, SVG, CSV, JSON and an index) into {@code OUT_DIR}, by default {@code ./figures}.
 */
final class FigureMain {

    private FigureMain() {
    }

    /** Runs {@code figure} with the arguments of a figure's main method, reporting to stdout. */
    static void run(Figure figure, String[] args) throws IOException {
        run(figure, args, System.out);
    }

    /** Runs {@code figure} with the arguments of a figure's main method, reporting to {@code log}. */
    static void run(Figure figure, String[] args, PrintStream log) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of("figures");
        boolean quick = false;
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else {
                dir = Path.of(a);
            }
        }
        Path out = dir;
        FigureRunner.run(out, List.of(figure), quick, new FigureRunner.Progress() {
            @Override
            public void starting(Figure f, int index, int total) {
            }

            @Override
            public void finished(Figure f, int index, int total, Duration time) {
                log.printf("%s written to %s in %.1f s%n", f.id(), out,
                        time.toMillis() / 1000.0);
            }
        });
    }
}
