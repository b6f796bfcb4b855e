package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/** The closed-form root moduli against polynomials built from known roots. */
class PolynomialRootsTest {

    private static double cubicFromRoots(Complex r1, Complex r2, Complex r3) {
        // (z − r1)(z − r2)(z − r3) = z³ − (r1 + r2 + r3)z² + (r1r2 + r1r3 + r2r3)z − r1r2r3
        Complex a = r1.add(r2).add(r3).negate();
        Complex b = r1.multiply(r2).add(r1.multiply(r3)).add(r2.multiply(r3));
        Complex c = r1.multiply(r2).multiply(r3).negate();
        return PolynomialRoots.maxModulusCubic(a.getReal(), a.getImaginary(), b.getReal(),
                b.getImaginary(), c.getReal(), c.getImaginary());
    }

    private static double max(Complex... roots) {
        double m = 0;
        for (Complex r : roots) {
            m = Math.max(m, r.abs());
        }
        return m;
    }

    @Test
    void cubicWithDistinctComplexRoots() {
        Complex[][] cases = {
            {new Complex(0.9, 0.2), new Complex(-0.3, 0.5), new Complex(0.1, -0.95)},
            {new Complex(0.99, 0), new Complex(0.2, 0.7), new Complex(0.2, -0.7)},
            {new Complex(-0.5, 0.01), new Complex(0.4, 0.4), new Complex(1e-3, 2e-3)},
            {new Complex(0.7, 0.1), new Complex(-0.7, 0.1), new Complex(0, -0.6)},
            {new Complex(2, 1), new Complex(-1, 3), new Complex(0.5, -0.25)},
        };
        for (Complex[] r : cases) {
            assertEquals(max(r), cubicFromRoots(r[0], r[1], r[2]), 1e-13 * max(r));
            assertEquals(max(r), cubicFromRoots(r[2], r[0], r[1]), 1e-13 * max(r));
        }
    }

    @Test
    void cubicWithRandomRootsInEveryDirection() {
        // roots in every direction, so that Cardano's cube root sees every argument
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 2000; n++) {
            Complex[] r = new Complex[3];
            for (int k = 0; k < 3; k++) {
                double modulus = random.nextDouble(0.05, 1.5);
                double argument = random.nextDouble(-Math.PI, Math.PI);
                r[k] = new Complex(modulus * Math.cos(argument), modulus * Math.sin(argument));
            }
            assertEquals(max(r), cubicFromRoots(r[0], r[1], r[2]), 1e-12 * max(r));
        }
    }

    @Test
    void cubicWithAZeroRootAsForZeroMomentum() {
        Complex r1 = new Complex(0.8, -0.3);
        Complex r2 = new Complex(-0.2, 0.6);
        assertEquals(max(r1, r2), cubicFromRoots(r1, r2, Complex.ZERO), 1e-14);
        assertEquals(0, cubicFromRoots(Complex.ZERO, Complex.ZERO, Complex.ZERO), 0.0);
    }

    @Test
    void cubicWithRepeatedRootsKeepsTheAccuracyTheRootsAllow() {
        Complex d = new Complex(0.6, 0.3);
        // a double root is determined to about √ε, a triple root to about ∛ε
        assertEquals(d.abs(), cubicFromRoots(d, d, new Complex(-0.2, 0.1)), 1e-7);
        assertEquals(d.abs(), cubicFromRoots(d, d, d), 1e-5);
        assertEquals(0.9, cubicFromRoots(new Complex(0.9, 0), new Complex(0.5, 0),
                new Complex(0.5, 0)), 1e-14);
    }

    @Test
    void quadraticWithComplexCoefficients() {
        Complex r1 = new Complex(0.3, -0.8);
        Complex r2 = new Complex(1e-6, 0.2);
        Complex b = r1.add(r2).negate();
        Complex c = r1.multiply(r2);
        assertEquals(max(r1, r2), PolynomialRoots.maxModulusQuadratic(b.getReal(),
                b.getImaginary(), c.getReal(), c.getImaginary()), 1e-15);
        assertEquals(0, PolynomialRoots.maxModulusQuadratic(0, 0, 0, 0), 0.0);
    }
}
