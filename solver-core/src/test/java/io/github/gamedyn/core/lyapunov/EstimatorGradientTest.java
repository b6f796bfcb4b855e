package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The exact gradients of the per-step upper bound and of the exact finite-horizon exponent with
 * respect to \( x_0 \) against central finite differences (h = 1e-6: truncation O(h²), rounding
 * about 1e-10 times the local scale; bound 1e-6(1 + |g|)), on a smooth random map and on the
 * Hénon map.
 */
class EstimatorGradientTest {
    private static final double H = 1e-6;

    @Test
    void perStepUpperBound() {
        PerStepUpperBoundEstimator e = new PerStepUpperBoundEstimator();
        check(new TanhMap(4, 2.0, 21), randomStart(4, 22), 25,
                x -> e.estimate(new TanhMap(4, 2.0, 21), x, 25).value(),
                (m, x) -> e.gradient(m, x, 25));
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 100);
        check(henon, x0, 12, x -> e.estimate(henon, x, 12).value(), (m, x) -> e.gradient(m, x, 12));
    }

    @Test
    void finiteHorizon() {
        FiniteHorizonSvdEstimator e = new FiniteHorizonSvdEstimator();
        TanhMap tanh = new TanhMap(4, 2.0, 21);
        check(tanh, randomStart(4, 23), 25, x -> e.estimate(tanh, x, 25).value(),
                (m, x) -> e.gradient(m, x, 25));
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 100);
        check(henon, x0, 12, x -> e.estimate(henon, x, 12).value(), (m, x) -> e.gradient(m, x, 12));
    }

    private static double[] randomStart(int d, long seed) {
        Random random = new Random(seed);
        double[] x0 = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = random.nextGaussian();
        }
        return x0;
    }

    private static void check(SecondOrderMap map, double[] x0, int k,
                              ToDoubleFunction<double[]> estimate,
                              BiFunction<SecondOrderMap, double[], LyapunovGradient> gradient) {
        LyapunovGradient g = gradient.apply(map, x0);
        assertEquals(estimate.applyAsDouble(x0), g.value(), 1e-12);
        for (int i = 0; i < x0.length; i++) {
            double[] plus = x0.clone();
            double[] minus = x0.clone();
            plus[i] += H;
            minus[i] -= H;
            double fd = (estimate.applyAsDouble(plus) - estimate.applyAsDouble(minus)) / (2 * H);
            assertEquals(fd, g.gradient()[i], 1e-6 * (1 + Math.abs(fd)), "component " + i
                    + " (k = " + k + ")");
        }
    }
}
