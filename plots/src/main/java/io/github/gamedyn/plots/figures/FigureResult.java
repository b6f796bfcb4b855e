package io.github.gamedyn.plots.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * A computed figure: its panels laid out in a grid, the data behind them and the parameters that
 * made it.
 *
 * @param panels the charts, row by row
 * @param columns panels per row (≥ 1)
 * @param data the data behind every panel, written as CSV
 * @param parameters the parameters, in a fixed order, written as JSON and shown in the index
 */
public record FigureResult(List<JFreeChart> panels, int columns, Table data,
                           Map<String, String> parameters) {
    /** Validates and copies. */
    public FigureResult {
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and ≥ 1 column;"
                    + " got " + panels.size() + " panels, " + columns + " columns");
        }
        panels = List.copyOf(panels);
    }

    /**
     * Writes {@code NAME.png}, {@code NAME.svg}, {@code NAME.csv} and {@code NAME.json} into
     * {@code dir} (created if missing), each whole or not at all ({@link FigureFiles#write}).
     */
    public void write(Path dir, String name) throws IOException {
        FigureFiles.write(dir, name, this);
    }
}
