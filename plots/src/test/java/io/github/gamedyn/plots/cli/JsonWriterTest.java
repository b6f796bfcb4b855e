package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.json.JsonWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest extends QuietTest {

    @Test
    void nestedStructureHasCommasOnlyBetweenElements() {
        String json = new JsonWriter().beginObject()
                .name("a").value(1)
                .name("b").beginArray().beginObject().endObject().value(new double[0]).endArray()
                .name("c").value("x")
                .endObject().toString();
        assertEquals("{\"a\":1,\"b\":[{},[]],\"c\":\"x\"}", json);
    }

    @Test
    void booleansAndNull() {
        assertEquals("{\"a\":true,\"b\":false,\"c\":null}", new JsonWriter().beginObject()
                .name("a").value(true).name("b").value(false).name("c").nullValue().endObject()
                .toString());
    }

    @Test
    void stringsAreEscapedAndAscii() {
        String nasty = "q\"b\\s/n\nr\rt\tz\u0000\u001f é ξ 𝔼 ×";
        String json = new JsonWriter().value(nasty).toString();
        assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f), json);
        assertEquals(nasty, MiniJson.parse(json));
    }

    @Test
    void finiteDoublesRoundTripExactly() {
        double[] xs = {0.1, -0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 123456789.0,
                -2.5e-17};
        Object parsed = MiniJson.parse(new JsonWriter().value(xs).toString());
        List<?> list = (List<?>) parsed;
        for (int k = 0; k < xs.length; k++) {
            assertEquals(Double.doubleToLongBits(xs[k]),
                    Double.doubleToLongBits((Double) list.get(k)), "element " + k);
        }
    }

    @Test
    void nonFiniteNumbersAreRefusedNamingTheKey() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            JsonWriter w = new JsonWriter().beginObject().name("gradient");
            ArithmeticException e = assertThrows(ArithmeticException.class,
                    () -> w.value(new double[] {1, bad}));
            assertTrue(e.getMessage().contains("'gradient'"), e.getMessage());
        }
    }

    @Test
    void outputParsesAsTheObjectWritten() {
        String json = new JsonWriter().beginObject().name("k").value(2.5).endObject().toString();
        assertEquals(Map.of("k", 2.5), MiniJson.parse(json));
    }
}
