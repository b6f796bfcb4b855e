package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Dual arithmetic against central differences of the plain evaluation (first order in two
 * directions, and the mixed second order of a seeded evaluation), its values against plain
 * doubles bit for bit, and its structure operations.
 */
class DualTest {
    private static final double H = 1e-5;

    /** Every operation, with a broadcast scalar: f(x)_i = √(x_i x_{i+1} / (1 + x_0)) − … */
    private static Dual f(Dual x) {
        Dual head = x.slice(0, 1);
        Dual rest = x.slice(1, 3);
        Dual a = rest.times(x.slice(0, 2)).divide(head.plus(1)).sqrt();
        Dual b = rest.times(rest).minus(head.times(3)).divide(2.5).negate();
        Dual c = head.subtractedFrom(2).times(rest.dot(rest)).minus(0.25);
        return Dual.concat(a.plus(b), c, x.sum().times(a.slice(1, 2)));
    }

    private static double[] plain(double[] x) {
        return f(Dual.constant(x)).values();
    }

    private static final double[] X = {0.7, 1.3, 0.4};

    @Test
    void tangentsMatchCentralDifferences() {
        double[][] directions = {{0.3, -1.1, 0.5}, {-0.6, 0.2, 0.9}};
        Dual y = f(Dual.variable(X.clone(), new double[][] {directions[0].clone(),
                directions[1].clone()}));
        for (int k = 0; k < 2; k++) {
            double[] fd = centralDifference(DualTest::plain, X, directions[k]);
            assertArrayEquals(fd, y.tangent(k), 1e-8, "direction " + k);
        }
    }

    @Test
    void seededCrossTermsAreMixedSecondDerivatives() {
        double[] seed = {0.8, 0.1, -0.4};
        double[][] e = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        Dual y = f(Dual.secondOrder(X.clone(), new double[][] {e[0], e[1], e[2]}, seed.clone(),
                new double[3][]));
        for (int k = 0; k < 3; k++) {
            int dir = k;
            // the derivative along the seed of the tangent along e_k
            UnaryOperator<double[]> tangent = x -> f(Dual.variable(x, new double[][] {e[dir]}))
                    .tangent(0);
            assertArrayEquals(centralDifference(tangent, X, seed), y.cross(k), 1e-7, "e_" + k);
        }
        assertArrayEquals(centralDifference(DualTest::plain, X, seed), y.seed(), 1e-8);
    }

    @Test
    void valuesAreThoseOfPlainDoubles() {
        double[] x = {0.1, 0.2, 0.7};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = Math.sqrt((x[i] * 0.3 - 0.9 * x[2]) / 1.7 + 2);
        }
        Dual y = Dual.constant(x).times(0.3).minus(Dual.constant(x[2]).times(0.9)).divide(1.7)
                .plus(2).sqrt();
        assertArrayEquals(expected, y.values(), 0.0);
    }

    /** The three-term sum is the nested two-term one: values bit for bit, tangents to rounding. */
    @Test
    void threeTermScaledSumIsTheNestedOne() {
        double[][] t = {{0.3, -1.1, 0.5}, {-0.6, 0.2, 0.9}};
        Dual z = Dual.variable(X.clone(), new double[][] {t[0].clone(), null});
        Dual x = Dual.variable(new double[] {1.7, -0.2, 0.05}, new double[][] {null, t[1].clone()});
        Dual y = Dual.constant(0.3, 0.9, -2.1);
        Dual fused = Dual.scaledSum(-0.7, z, 0.45, x, -1.3, y);
        Dual nested = Dual.scaledSum(-0.7, z, 1, Dual.scaledSum(0.45, x, -1.3, y));
        assertArrayEquals(nested.values(), fused.values(), 0.0);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(nested.tangent(k), fused.tangent(k), 1e-15, "tangent " + k);
        }
        double[] plain = new double[3];
        for (int i = 0; i < 3; i++) {
            plain[i] = -0.7 * X[i] + (0.45 * x.value(i) + -1.3 * y.value(i));
        }
        assertArrayEquals(plain, Dual.scaledSum(-0.7, Dual.constant(X), 0.45,
                Dual.constant(x.values()), -1.3, y).values(), 0.0);
    }

    @Test
    void theRootHasZeroDerivativesAtZero() {
        Dual y = Dual.variable(new double[] {0, 4}, new double[][] {{1, 1}}).sqrt();
        assertArrayEquals(new double[] {0, 0.25}, y.tangent(0), 0.0);
    }

    @Test
    void slicesAndConcatenationKeepTangentsAndZeroSlicesCostNothing() {
        Dual x = Dual.variable(new double[] {1, 2, 3, 4}, new double[][] {{0, 0, 5, 6}, null});
        assertNull(x.slice(0, 2).tangent(0));
        assertArrayEquals(new double[] {5, 6}, x.slice(2, 4).tangent(0), 0.0);
        Dual replaced = x.withSlice(1, Dual.constant(9, 8));
        assertArrayEquals(new double[] {1, 9, 8, 4}, replaced.values(), 0.0);
        assertArrayEquals(new double[] {0, 0, 0, 6}, replaced.tangent(0), 0.0);
        Dual joined = Dual.concat(x.slice(2, 4), Dual.constant(7), x.slice(0, 1));
        assertArrayEquals(new double[] {3, 4, 7, 1}, joined.values(), 0.0);
        assertArrayEquals(new double[] {5, 6, 0, 0}, joined.tangent(0), 0.0);
        assertNull(joined.tangent(1));
    }

    @Test
    void mismatchedSizesAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dual.zeros(3).plus(Dual.zeros(2)));
        assertEquals("operands of sizes 3 and 2; allowed: equal sizes, or one of size 1",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Dual.zeros(3).slice(2, 4));
        assertEquals("slice [2, 4) of a Dual of size 3; allowed: 0 <= from <= to <= 3",
                e.getMessage());
    }

    private static double[] centralDifference(UnaryOperator<double[]> g, double[] x,
            double[] direction) {
        double[] plus = x.clone();
        double[] minus = x.clone();
        for (int i = 0; i < x.length; i++) {
            plus[i] += H * direction[i];
            minus[i] -= H * direction[i];
        }
        double[] a = g.apply(plus);
        double[] b = g.apply(minus);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (a[i] - b[i]) / (2 * H);
        }
        return out;
    }
}
