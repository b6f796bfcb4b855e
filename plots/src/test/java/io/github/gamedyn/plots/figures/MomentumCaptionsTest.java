package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the captions of cm-dirac and cm-radius say, measured on the figures' data. */
class MomentumCaptionsTest {

    /** The CSV rows after the header, split at commas (no quoted cells in these figures). */
    private static List<String[]> rows(FigureResult r) {
        String[] lines = r.data().toCsv().split("\n");
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i].split(","));
        }
        return out;
    }

    private static double rho(FigureResult r, String method) {
        String p = r.parameters().get(method);
        return Double.parseDouble(p.substring(p.lastIndexOf("ρ = ") + 4));
    }

    @Test
    void diracRunsSpiralOutStallOnThePlateauOrConvergeAtTheirRate() {
        FigureResult r = new DiracMomentumFigure().compute(false);
        // method -> distance per step (columns method, step, theta, psi, distance)
        Map<String, List<Double>> distance = new LinkedHashMap<>();
        for (String[] row : rows(r)) {
            distance.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(Double.parseDouble(row[4]));
        }
        String gd = "gradient descent";
        String positive = "positive momentum β = 0.9";
        String negative = "negative momentum β = −0.5";
        String complex = "complex momentum β = 0.9·exp(iπ/8)";
        double start = Math.sqrt(2);
        for (String m : new String[] {gd, negative}) {
            assertTrue(rho(r, m) > 1 && rho(r, m) < 1.01, m);
            assertTrue(distance.get(m).get(1500) > start, m + " spirals out");
        }
        assertTrue(distance.get(negative).get(1500) < distance.get(gd).get(1500));
        assertTrue(rho(r, positive) > 1.1);
        List<Double> p = distance.get(positive);
        assertTrue(p.get(1500) > 10, "far from the equilibrium");
        assertEquals(p.get(1000), p.get(1500), 1e-9 * p.get(1500), "stalled on the plateau");
        assertTrue(r.parameters().get(positive + ", final").matches(".*‖ξ‖ [0-9.]+e-[4-9][0-9]"),
                r.parameters().get(positive + ", final"));
        // complex momentum: the error shrinks at ρ per step over the last 500 steps (1 %)
        List<Double> c = distance.get(complex);
        double rate = Math.exp((Math.log(c.get(1500)) - Math.log(c.get(1000))) / 500);
        assertTrue(rho(r, complex) < 1);
        assertEquals(rho(r, complex), rate, 0.01 * (1 - rho(r, complex)));
    }

    @Test
    void realMomentumConvergesOnTheBilinearGameOnlyWhenAlternatingAndNegative() {
        List<String[]> rows = rows(new MomentumRadiusFigure().compute(true));
        double simultaneousReal = Double.POSITIVE_INFINITY;
        double alternatingNegative = Double.POSITIVE_INFINITY;
        double simultaneousBest = Double.POSITIVE_INFINITY;
        double alternatingBest = Double.POSITIVE_INFINITY;
        for (String[] row : rows) {
            double arg = Double.parseDouble(row[1]);
            double rho = Double.parseDouble(row[3]);
            boolean real = arg == 0 || arg == Math.PI;
            if (row[0].equals("simultaneous")) {
                simultaneousBest = Math.min(simultaneousBest, rho);
                if (real) {
                    simultaneousReal = Math.min(simultaneousReal, rho);
                }
            } else {
                alternatingBest = Math.min(alternatingBest, rho);
                if (arg == Math.PI) {
                    alternatingNegative = Math.min(alternatingNegative, rho);
                }
            }
        }
        assertEquals(2 * 30 * 30, rows.size());
        assertTrue(simultaneousReal >= 1, "real β never converges simultaneously");
        assertTrue(alternatingNegative < 1, "alternating negative momentum converges");
        assertTrue(simultaneousBest < 1 && alternatingBest < 1, "complex β converges in both");
    }
}
