package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Figure CSVs load with numpy.genfromtxt(path, names=True, delimiter=","): no quotes (audit). */
class TableTest {

    @Test
    void textNeverNeedsQuotesAndNonFiniteNumbersAreEmpty() {
        Table t = new Table("method", "x", "spec")
                .row("Adam, β₁ = 0.5", 1.5, "gd:alpha=0.1,schedule=simultaneous")
                .row("gd", Double.POSITIVE_INFINITY, "x")
                .row("gd", Double.NaN, "y");
        assertEquals("method,x,spec\n"
                + "Adam; β₁ = 0.5,1.5,gd:alpha=0.1;schedule=simultaneous\n"
                + "gd,,x\n"
                + "gd,,y\n", t.toCsv());
    }

    @Test
    void textAPlainReaderCannotLoadIsRefused() {
        for (String bad : new String[] {"say \"hi\"", "#1", "two\nlines", "cr\r"}) {
            assertThrows(IllegalArgumentException.class, () -> new Table("a").row(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Table("a#"));
    }
}
