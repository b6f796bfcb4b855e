package io.github.gamedyn.plots.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of data with named columns, written as RFC 4180 CSV. Numbers are written with
 * {@link Double#toString(double)}, which round-trips and does not depend on the locale, so equal
 * data gives equal files.
 */
public final class Table {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names. */
    public Table(String... columns) {
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
            r.add(v instanceof Double d ? Double.toString(d) : String.valueOf(v));
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
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }
}
