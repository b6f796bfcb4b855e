package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The 95 % Wilson score interval against SciPy's {@code binomtest(k, n).proportion_ci('wilson')}. */
class ShareTest {

    @Test
    void agreesWithScipy() throws IOException {
        InputStream resource = ShareTest.class.getResourceAsStream("/reference/wilson_reference.csv");
        int rows = 0;
        try (InputStream in = Objects.requireNonNull(resource, "wilson_reference.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertEquals("successes,trials,lower,upper", r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                Share s = new Share(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
                // a closed form evaluated two ways: a few ulps apart
                assertEquals(Double.parseDouble(f[2]), s.lower(), 1e-14, line);
                assertEquals(Double.parseDouble(f[3]), s.upper(), 1e-14, line);
                rows++;
            }
        }
        assertEquals(10, rows);
    }

    @Test
    void printsThePercentageAndTheInterval() {
        assertEquals("35.0 % [18.1, 56.7]", new Share(7, 20).toString());
        assertEquals(0.35, new Share(7, 20).estimate(), 0);
        assertEquals("count = 3, trials = 2; allowed: trials ≥ 1, 0 ≤ count ≤ trials",
                assertThrows(IllegalArgumentException.class, () -> new Share(3, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Share(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Share(-1, 5));
    }
}
