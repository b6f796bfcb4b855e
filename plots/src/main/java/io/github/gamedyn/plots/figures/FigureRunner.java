package io.github.gamedyn.plots.figures;

import io.github.gamedyn.plots.output.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Computes and writes a list of figures and their index, reporting progress per figure. */
public final class FigureRunner {

    /** Receives progress: figure {@code done} of {@code total} finished (or is starting). */
    public interface Progress {
        /** Called before figure {@code index} (0-based) of {@code total} starts. */
        void starting(Figure figure, int index, int total);

        /** Called after it was written. */
        void finished(Figure figure, int index, int total, Duration time);
    }

    /** How long each figure took. */
    public record Timing(String id, Duration time) {
    }

    private FigureRunner() {
    }

    /**
     * Writes every figure of {@code figures} and an index into {@code dir}, after checking that
     * files can be written there (creating it if missing), so that a bad folder fails before
     * anything is computed.
     *
     * @return the time per figure, in order
     */
    public static List<Timing> run(Path dir, List<Figure> figures, boolean quick,
                                   Progress progress) throws IOException {
        AtomicFile.requireWritableFolder(dir);
        List<FigureIndex.Entry> entries = new ArrayList<>();
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            progress.starting(f, i, figures.size());
            long t0 = System.nanoTime();
            FigureResult r = f.compute(quick);
            FigureFiles.write(dir, f.id(), r);
            Duration time = Duration.ofNanos(System.nanoTime() - t0);
            timings.add(new Timing(f.id(), time));
            entries.add(new FigureIndex.Entry(f, f.caption(r), r.parameters()));
            progress.finished(f, i, figures.size(), time);
        }
        FigureIndex.write(dir, entries, quick);
        return timings;
    }
}
