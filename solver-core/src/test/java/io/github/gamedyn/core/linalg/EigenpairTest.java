package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.testing.QuietTest;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class EigenpairTest extends QuietTest {

    @Test
    void isImmutable() {
        double[] re = {0.6, 0.0};
        double[] im = {0.0, 0.8};
        Eigenpair pair = new Eigenpair(new Complex(1, 2), re, im);
        re[0] = 5;
        pair.im()[1] = 5;
        assertArrayEquals(new double[] {0.6, 0.0}, pair.re());
        assertArrayEquals(new double[] {0.0, 0.8}, pair.im());
    }

    @Test
    void equalityIsByContent() {
        Eigenpair a = new Eigenpair(Complex.ONE, new double[] {1}, new double[] {0});
        Eigenpair b = new Eigenpair(Complex.ONE, new double[] {1}, new double[] {0});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void rejectsMismatchedParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Eigenpair(Complex.ONE, new double[2], new double[3]));
        assertEquals("eigenvector parts re and im must have equal lengths: 2 != 3", e.getMessage());
    }
}
