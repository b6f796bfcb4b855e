package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnaryFunctionTest {

    /** The fast tanh agrees with {@link StrictMath#tanh} to 4 ulps over a wide range. */
    @Test
    void fastTanhIsAccurateToAFewUlps() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.scalb(rng.nextDouble(-1, 1), rng.nextInt(-30, 6));
            double expect = StrictMath.tanh(x);
            double got = UnaryFunction.tanh(x);
            assertTrue(Math.abs(got - expect) <= 4 * Math.ulp(expect),
                    () -> "tanh(" + x + ") = " + got + ", expected " + expect);
        }
        assertEquals(1.0, UnaryFunction.tanh(40), 0);
        assertEquals(-1.0, UnaryFunction.tanh(-40), 0);
        assertEquals(0.0, UnaryFunction.tanh(0), 0);
    }

    /**
     * Saturated arguments keep full relative accuracy: σ'(x) = e^{−|x|}/(1+e^{−|x|})² and
     * tanh'(x) = 4e^{−2|x|}/(1+e^{−2|x|})², where 1 − σ and 1 − tanh² would cancel.
     */
    @Test
    void saturatedDerivativesDoNotCancel() {
        for (double x : new double[] {8, 20, 35, -20}) {
            double e = Math.exp(-Math.abs(x));
            double sigma = UnaryFunction.SIGMOID.value(x);
            assertEquals(e / ((1 + e) * (1 + e)), UnaryFunction.SIGMOID.derivative(1, x, sigma),
                    1e-15 * e, "σ'(" + x + ")");
            double e2 = Math.exp(-2 * Math.abs(x));
            double t = UnaryFunction.TANH.value(x);
            assertEquals(4 * e2 / ((1 + e2) * (1 + e2)), UnaryFunction.TANH.derivative(1, x, t),
                    1e-15 * e2, "tanh'(" + x + ")");
            if (x > 0) {
                assertEquals(e / (1 + e), UnaryFunction.LOG_SIGMOID.derivative(1, x,
                        UnaryFunction.LOG_SIGMOID.value(x)), 1e-15 * e, "(log σ)'(" + x + ")");
            }
        }
    }

    /** Every derivative formula against central differences of the one below it. */
    @Test
    void derivativesMatchFiniteDifferencesOfTheOrderBelow() {
        double h = 1e-6;
        for (UnaryFunction f : UnaryFunction.values()) {
            for (double x : new double[] {0.3, 0.9, 1.7, 2.5}) {
                for (int order = 1; order <= 3; order++) {
                    double up = lower(f, order - 1, x + h);
                    double down = lower(f, order - 1, x - h);
                    double fd = (up - down) / (2 * h);
                    double exact = f.derivative(order, x, f.value(x));
                    assertEquals(fd, exact, 1e-6 * (1 + Math.abs(exact)),
                            f + " derivative " + order + " at " + x);
                }
            }
        }
    }

    private static double lower(UnaryFunction f, int order, double x) {
        double y = f.value(x);
        return order == 0 ? y : f.derivative(order, x, y);
    }
}
