package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

class InterimEigenSolverTest extends QuietTest {

    /** ‖Av − λv‖, canonical form of DESIGN §3, order, and one entry per pair. */
    private static void assertEigenpairs(DMatrixRMaj a, List<EigenDirection> pairs) {
        int n = a.numRows;
        int counted = pairs.stream().mapToInt(p -> p.value().getImaginary() > 0 ? 2 : 1).sum();
        assertEquals(n, counted, "eigenvalues with multiplicity");
        for (int k = 0; k < pairs.size(); k++) {
            EigenDirection p = pairs.get(k);
            double[] x = p.re();
            double[] y = p.im();
            double a0 = p.value().getReal();
            double b0 = p.value().getImaginary();
            assertTrue(b0 >= 0);
            double residual = 0;
            for (int r = 0; r < n; r++) {
                double ax = 0;
                double ay = 0;
                for (int c = 0; c < n; c++) {
                    ax += a.get(r, c) * x[c];
                    ay += a.get(r, c) * y[c];
                }
                residual += Math.pow(ax - a0 * x[r] + b0 * y[r], 2)
                        + Math.pow(ay - b0 * x[r] - a0 * y[r], 2);
            }
            assertTrue(Math.sqrt(residual) <= 1e-10 * NormOps_DDRM.normF(a), "residual " + k);
            assertEquals(1, dot(x, x) + dot(y, y), 1e-12, "unit norm");
            assertEquals(0, dot(x, y), 1e-12, "Re v ⟂ Im v");
            assertTrue(dot(x, x) >= dot(y, y) - 1e-12, "‖Re v‖ ≥ ‖Im v‖");
            int big = 0;
            for (int i = 0; i < n; i++) {
                big = Math.abs(x[i]) > Math.abs(x[big]) + 1e-9 ? i : big;
            }
            assertTrue(x[big] > 0, "largest component of Re v positive");
            if (k > 0) {
                EigenDirection q = pairs.get(k - 1);
                assertTrue(q.value().getReal() > a0 || q.value().getReal() == a0
                        && q.value().getImaginary() >= b0, "order");
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    @Test
    void rotationByAQuarterHasTheCircularEigenvectorWithRealFirstComponent() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0, 0.25}, {-0.25, 0}});
        List<EigenDirection> pairs = InterimEigenSolver.eigenpairs(a);
        assertEigenpairs(a, pairs);
        assertEquals(0.25, pairs.get(0).value().getImaginary(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(0.5), 0}, pairs.get(0).re(), 1e-15);
        assertArrayEquals(new double[] {0, Math.sqrt(0.5)}, pairs.get(0).im(), 1e-15);
    }

    @Test
    void realSpectrumIsOrderedByDecreasingValue() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 2, 0}, {0, -3, 1}, {0, 0, 5}});
        List<EigenDirection> pairs = InterimEigenSolver.eigenpairs(a);
        assertEigenpairs(a, pairs);
        assertArrayEquals(new double[] {5, 1, -3},
                pairs.stream().mapToDouble(p -> p.value().getReal()).toArray(), 1e-14);
        assertArrayEquals(new double[] {1, 0, 0}, pairs.get(1).re(), 1e-15);
    }

    @Test
    void repeatedPairsGetIndependentEigenvectors() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {
            {0, 0, 2, 0}, {0, 0, 0, 2}, {-2, 0, 0, 0}, {0, -2, 0, 0}});
        List<EigenDirection> pairs = InterimEigenSolver.eigenpairs(a);
        assertEigenpairs(a, pairs);
        EigenDirection p = pairs.get(0);
        EigenDirection q = pairs.get(1);
        double re = dot(p.re(), q.re()) + dot(p.im(), q.im());
        double im = dot(p.re(), q.im()) - dot(p.im(), q.re());
        assertEquals(0, Math.hypot(re, im), 1e-12, "complex-orthogonal");
    }

    @Test
    void zeroAndOneByOneMatrices() {
        DMatrixRMaj zero = new DMatrixRMaj(3, 3);
        assertEigenpairs(zero, InterimEigenSolver.eigenpairs(zero));
        DMatrixRMaj one = new DMatrixRMaj(new double[][] {{-7}});
        List<EigenDirection> pairs = InterimEigenSolver.eigenpairs(one);
        assertEquals(-7, pairs.get(0).value().getReal());
        assertArrayEquals(new double[] {1}, pairs.get(0).re());
    }

    @Test
    void randomMatrices() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 1; n <= 8; n++) {
            DMatrixRMaj a = new DMatrixRMaj(n, n);
            for (int i = 0; i < a.data.length; i++) {
                a.data[i] = rng.nextDouble(-1, 1) * Math.pow(10, 3 - n);
            }
            assertEigenpairs(a, InterimEigenSolver.eigenpairs(a));
        }
    }
}
