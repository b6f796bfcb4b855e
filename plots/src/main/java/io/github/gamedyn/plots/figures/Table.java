package io.github.gamedyn.plots.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of data with named columns, written as CSV that {@code numpy.genfromtxt(path, names=True,
 * delimiter=",")} and every other plain reader load: numbers are written with
 * {@link Double#toString(double)}, which round-trips and does not depend on the locale, so equal
 * data gives equal files; a number that is not finite is an empty cell (NaN to numpy); text never
 * needs quoting, since such readers do not understand quotes: a comma in text is written as a
 * semicolon (e.g. the separators of an optimiser spec), and text with quotes, {@code #} (a
 * comment to numpy) or line breaks is refused.
 */
public final class Table {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names. */
    public Table(String... columns) {
        for (String c : columns) {
            text(c);
        }
        this.columns = List.of(columns);
    }

    /** Appends a row; numbers and strings, one per column. */
    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values; the table has "
                    + columns.size() + " columns " + columns);
        }
        List<String> r = new ArrayList<>(values.length);
        for (Object v : values) {
            r.add(v instanceof Double d ? (Double.isFinite(d) ? Double.toString(d) : "")
                    : text(String.valueOf(v)));
        }
        rows.add(r);
        return this;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The CSV text, header first, lines ending in \n. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        line(sb, columns);
        for (List<String> r : rows) {
            line(sb, r);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells)).append('\n');
    }

    /** Text as a cell: commas become semicolons; what a plain reader cannot load is refused. */
    private static String text(String s) {
        if (s.indexOf('"') >= 0 || s.indexOf('#') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("cell '" + s + "' has a quote, '#' or a line break; "
                    + "allowed: text a plain CSV reader loads without quoting");
        }
        return s.replace(',', ';');
    }
}
