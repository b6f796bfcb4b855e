package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class ClassificationTest extends QuietTest {

    private static Classification at(double gradientNorm, double... reIm) {
        List<EigenDirection> pairs = new ArrayList<>();
        for (int k = 0; k < reIm.length; k += 2) {
            pairs.add(new EigenDirection(new Complex(reIm[k], reIm[k + 1]), new double[0],
                    new double[0]));
        }
        double norm = Math.sqrt(Arrays.stream(reIm).map(x -> x * x).sum());
        return Classification.of(1, gradientNorm, norm, pairs);
    }

    @Test
    void theDocumentedRule() {
        assertEquals(Classification.STABLE, at(0, 1, 0, 0.5, 2));
        assertEquals(Classification.UNSTABLE, at(0, -1, 0, -0.5, 2));
        assertEquals(Classification.UNSTABLE, at(0, 0, 1, -0.5, 0));
        assertEquals(Classification.SADDLE, at(0, 1, 0, -1, 0));
        assertEquals(Classification.SADDLE, at(0, 0.1, 3, -1, 0, 0, 0));
        assertEquals(Classification.ROTATIONAL, at(0, 0, 0.25));
        assertEquals(Classification.ROTATIONAL, at(0, 1e-14, 0.25, 2, 0));
        assertEquals(Classification.DEGENERATE, at(0, 4, 0, 0, 0));
        assertEquals(Classification.NOT_A_FIXED_POINT, at(1e-3, 1, 0));
        assertEquals(Classification.STABLE, at(1e-9, 1, 0), "ξ within 1e-8 is a fixed point");
    }
}
