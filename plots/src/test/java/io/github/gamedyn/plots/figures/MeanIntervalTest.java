package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The 95 % t interval of a mean against SciPy's {@code t.interval(0.95, n − 1, mean, sem)}. */
class MeanIntervalTest {

    @Test
    void agreesWithScipy() throws IOException {
        InputStream resource = MeanIntervalTest.class.getResourceAsStream(
                "/reference/mean_interval_reference.csv");
        int rows = 0;
        try (InputStream in = Objects.requireNonNull(resource, "mean_interval_reference.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals("values,mean,lower,upper", r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double[] values = Arrays.stream(f[0].split(";")).mapToDouble(Double::parseDouble)
                        .toArray();
                MeanInterval m = MeanInterval.of(values);
                double scale = Math.max(1, Math.abs(m.mean()));
                // the t quantile of commons-math (a root of its CDF) and SciPy's agree to ~1e-12
                assertEquals(Double.parseDouble(f[1]), m.mean(), 1e-15 * scale, line);
                assertEquals(Double.parseDouble(f[2]), m.lower(), 1e-9 * scale, line);
                assertEquals(Double.parseDouble(f[3]), m.upper(), 1e-9 * scale, line);
                assertEquals(values.length, m.count());
                rows++;
            }
        }
        assertEquals(6, rows);
    }

    @Test
    void equalValuesHaveNoSpreadAndBadInputIsNamed() {
        MeanInterval m = MeanInterval.of(new double[] {8, 8, 8});
        assertEquals(8, m.lower(), 0);
        assertEquals(8, m.upper(), 0);
        assertEquals("8.00 [8.00, 8.00]", m.format(2));
        assertEquals("values has 1 entries; allowed: at least 2 (an interval needs a spread)",
                assertThrows(IllegalArgumentException.class,
                        () -> MeanInterval.of(new double[] {1})).getMessage());
        assertEquals("values[1] = NaN; allowed: finite", assertThrows(IllegalArgumentException.class,
                () -> MeanInterval.of(new double[] {1, Double.NaN})).getMessage());
    }
}
