package io.github.gamedyn.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One strict number syntax (audit L1). */
class PlainNumbersTest {

    @Test
    void plainDecimalsReadToTheSameBitsAsParseDouble() {
        for (String s : new String[] {"0.5", "-3", "+2.", ".25", "1e-3", "1E+300", "-0.0",
                "4.9E-324", "1.7976931348623157E308", "0.1"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(PlainNumbers.real(s)), s);
        }
        assertEquals(-12, PlainNumbers.integer("-12"));
        assertEquals(Long.MIN_VALUE, PlainNumbers.longInteger("-9223372036854775808"));
    }

    /** What Double.parseDouble and Integer.parseInt accept but a user does not mean. */
    @Test
    void everythingElseIsRejectedWithTheText() {
        for (String s : new String[] {"0x1p3", "1d", "1f", "NaN", "Infinity", "-Infinity", " 1",
                "1 ", "", "1e", "e3", ".", "+", "1,5", "٣", "２"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class,
                    () -> PlainNumbers.real(s), s);
            assertTrue(e.getMessage().startsWith("'" + s + "' is not a number"), e.getMessage());
        }
        assertEquals("'1e309' is not finite; allowed: a number of magnitude below "
                + Double.MAX_VALUE, assertThrows(NumberFormatException.class,
                        () -> PlainNumbers.real("1e309")).getMessage());
        for (String s : new String[] {"２", "٣", "1.0", "1e3", "0x10", "", "3L"}) {
            assertTrue(assertThrows(NumberFormatException.class, () -> PlainNumbers.integer(s))
                    .getMessage().startsWith("'" + s + "' is not an integer"), s);
        }
        assertTrue(assertThrows(NumberFormatException.class,
                () -> PlainNumbers.integer("2147483648")).getMessage().contains("out of range"));
        assertTrue(assertThrows(NumberFormatException.class,
                () -> PlainNumbers.longInteger("9223372036854775808")).getMessage()
                .contains("out of range"));
    }
}
