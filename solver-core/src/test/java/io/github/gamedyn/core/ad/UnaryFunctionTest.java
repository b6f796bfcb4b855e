package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
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

    /** sech² from x and tanh x: 1 − t² where that does not cancel, 4e/(1+e)² beyond, to 2e-15. */
    @Test
    void sech2KeepsFullRelativeAccuracy() {
        for (double x : new double[] {0, 0.1, 0.5, 0.549, 0.55, 1, 3, 20, 300, -7}) {
            double e2 = Math.exp(-2 * Math.abs(x));
            double expect = 4 * e2 / ((1 + e2) * (1 + e2));
            assertEquals(expect, Kernels.sech2(x, UnaryFunction.tanh(x)), 2e-15 * expect,
                    "sech²(" + x + ")");
        }
    }

    /** A one-parameter, one-player game with loss f(θ): ξ = f', Ĥ = f'', (d/du Ĥ)v = f''' uv. */
    private static Differentiator single(UnaryOperator<Var> f) {
        return new Differentiator("f", new int[] {1}, t -> new Var[] {f.apply(t.block(0))},
                new double[1]);
    }

    /**
     * Saturated arguments keep full relative accuracy through the derivative rules:
     * σ'(x) = e^{−|x|}/(1+e^{−|x|})², tanh'(x) = 4e^{−2|x|}/(1+e^{−2|x|})², (log σ)'(x) = σ(−x),
     * where 1 − σ and 1 − tanh² would cancel.
     */
    @Test
    void saturatedDerivativesDoNotCancel() {
        Differentiator sigmoid = single(Var::sigmoid);
        Differentiator tanh = single(Var::tanh);
        Differentiator logSigmoid = single(Var::logSigmoid);
        for (double x : new double[] {8, 20, 35, -20}) {
            double[] w = {x};
            double e = Math.exp(-Math.abs(x));
            assertEquals(e / ((1 + e) * (1 + e)), sigmoid.simultaneousGradient(w)[0], 1e-15 * e,
                    "σ'(" + x + ")");
            double e2 = Math.exp(-2 * Math.abs(x));
            assertEquals(4 * e2 / ((1 + e2) * (1 + e2)), tanh.simultaneousGradient(w)[0],
                    1e-15 * e2, "tanh'(" + x + ")");
            if (x > 0) {
                assertEquals(e / (1 + e), logSigmoid.simultaneousGradient(w)[0], 1e-15 * e,
                        "(log σ)'(" + x + ")");
            }
        }
    }

    /**
     * The derivative rules of every function to third order, against the closed forms of the
     * reference engine ({@link TaylorFunction}), which were checked against central differences.
     */
    @Test
    void derivativeRulesMatchTheClosedFormsToThirdOrder() {
        for (TaylorFunction f : TaylorFunction.values()) {
            Differentiator g = single(x -> switch (f) {
                case SIGMOID -> x.sigmoid();
                case LOG_SIGMOID -> x.logSigmoid();
                case SOFTPLUS -> x.softplus();
                case TANH -> x.tanh();
                case EXP -> x.exp();
                case LOG -> x.log();
                case SQUARE -> x.square();
                case RECIPROCAL -> x.tape.constant(1).div(x);
                case SIN -> x.sin();
                case COS -> x.cos();
            });
            for (double x : new double[] {0.3, 0.9, 1.7, 2.5}) {
                double[] w = {x};
                double y = f.value(x);
                double[] exact = {f.derivative(1, x, y), f.derivative(2, x, y), f.derivative(3, x, y)};
                double[] got = {g.simultaneousGradient(w)[0], g.jacobian(w).get(0, 0),
                    g.jacobianDirectionalDerivative(w, new double[] {1}, new double[] {1})[0]};
                for (int order = 0; order < 3; order++) {
                    assertEquals(exact[order], got[order], 1e-14 * (1 + Math.abs(exact[order])),
                            f + " derivative " + (order + 1) + " at " + x);
                }
            }
        }
    }

    /** The reference closed forms against central differences of the order below. */
    @Test
    void referenceClosedFormsMatchFiniteDifferences() {
        double h = 1e-6;
        for (TaylorFunction f : TaylorFunction.values()) {
            for (double x : new double[] {0.3, 0.9, 1.7, 2.5}) {
                for (int order = 1; order <= 3; order++) {
                    double fd = (lower(f, order - 1, x + h) - lower(f, order - 1, x - h)) / (2 * h);
                    double exact = f.derivative(order, x, f.value(x));
                    assertEquals(fd, exact, 1e-6 * (1 + Math.abs(exact)),
                            f + " derivative " + order + " at " + x);
                }
            }
        }
    }

    private static double lower(TaylorFunction f, int order, double x) {
        double y = f.value(x);
        return order == 0 ? y : f.derivative(order, x, y);
    }
}
