package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArnoldiEigenSolverTest extends QuietTest {

    /** The bar of the issue: converged pairs have \( \|Hv - \lambda v\| \le 10^{-8}\|H\|_2 \). */
    static final double RESIDUAL_BAR = 1e-8;
    /** Eigenvalues agree with the dense ones to 1e-8 relative to the spectral radius. */
    static final double VALUE_BAR = 1e-8;

    static Stream<Arguments> randomCases() {
        List<Arguments> cases = new ArrayList<>();
        int[] sizes = {200, 350, 500};
        for (int s = 0; s < sizes.length; s++) {
            for (EigenvalueSelection which : EigenvalueSelection.values()) {
                cases.add(Arguments.of(sizes[s], which, 6));
            }
        }
        cases.add(Arguments.of(300, EigenvalueSelection.LARGEST_MODULUS, 20));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void topKOfRandomNonSymmetricMatrixEqualsTheDenseEigenvalues(int n, EigenvalueSelection which, int k) {
        DMatrixRMaj h = TestMatrices.gaussian(n, n, 40 + n);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(k).selection(which).seed(3).build()
                .solve(LinearOperator.of(h));
        assertTrue(top.report().converged(), top.report().toString());
        assertMatchesDense(h, top, k);
        assertResidualsAgainstMatrix(h, top.eigenpairs(), false);
    }

    @ParameterizedTest
    @EnumSource(EigenvalueSelection.class)
    void leftEigenvectorsSolveTheTransposedProblem(EigenvalueSelection which) {
        DMatrixRMaj h = TestMatrices.gaussian(220, 220, 5);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(5).selection(which).leftVectors(true)
                .seed(1).build().solve(LinearOperator.of(h));
        assertTrue(top.report().converged(), top.report().toString());
        assertEquals(top.eigenpairs().size(), top.leftEigenpairs().size());
        assertTrue(top.report().transposedProducts() > 0);
        double rho = Spectra.maxModulus(Spectra.defaultSolver().eigenvalues(h));
        for (int i = 0; i < top.eigenpairs().size(); i++) {
            assertTrue(top.eigenpairs().get(i).value().subtract(top.leftEigenpairs().get(i).value()).abs()
                    <= VALUE_BAR * rho);
        }
        DMatrixRMaj ht = h.copy();
        CommonOps_DDRM.transpose(ht);
        assertResidualsAgainstMatrix(ht, top.leftEigenpairs(), true);
    }

    @Test
    void orthogonalSimilarityOfKnownBlocksGivesTheirEigenvaluesAndCountsPairsWhole() {
        // Pairs 3 ± 4.5i (|λ| = 5.41), ±5i and reals 4.5, −4, then 194 smaller ones: the top 3 by modulus
        // must be reported as 4 values (the pair ±5i is not split).
        int n = 200;
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        setPair(b, 0, 3, 4.5);
        setPair(b, 2, 0, 5);
        b.set(4, 4, 4.5);
        b.set(5, 5, -4);
        for (int i = 6; i < n; i++) {
            b.set(i, i, 3.5 * Math.cos(i) * (1 - (double) i / n));
        }
        DMatrixRMaj h = TestMatrices.orthogonalSimilarity(b, 17);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(3).seed(2).build()
                .solve(LinearOperator.of(h)).requireConverged();
        Complex[] values = top.eigenvalues();
        assertEquals(4, values.length);
        Complex[] expected = {new Complex(3, 4.5), new Complex(3, -4.5), new Complex(0, 5), new Complex(0, -5)};
        for (int i = 0; i < 4; i++) {
            assertTrue(values[i].subtract(expected[i]).abs() < 1e-9, values[i] + " vs " + expected[i]);
        }
        assertEquals(2, top.eigenpairs().size());
        PartialEigendecomposition li = ArnoldiEigenSolver.builder().count(4)
                .selection(EigenvalueSelection.LARGEST_IMAGINARY).build().solve(LinearOperator.of(h));
        assertTrue(li.eigenvalues()[0].subtract(new Complex(0, 5)).abs() < 1e-9);
        assertTrue(li.eigenvalues()[2].subtract(new Complex(3, 4.5)).abs() < 1e-9);
        PartialEigendecomposition sr = ArnoldiEigenSolver.builder().count(1)
                .selection(EigenvalueSelection.SMALLEST_REAL).build().solve(LinearOperator.of(h));
        assertEquals(-4, sr.eigenvalues()[0].getReal(), 1e-9);
        assertEquals(0, sr.eigenvalues()[0].getImaginary());
    }

    @Test
    void eigenvectorsAreInCanonicalPhase() {
        DMatrixRMaj h = TestMatrices.gaussian(150, 150, 8);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(8).build().solve(LinearOperator.of(h));
        for (Eigenpair p : top.eigenpairs()) {
            double[] re = p.re();
            double[] im = p.im();
            double rr = 0;
            double ii = 0;
            double ri = 0;
            int largest = 0;
            for (int i = 0; i < re.length; i++) {
                rr += re[i] * re[i];
                ii += im[i] * im[i];
                ri += re[i] * im[i];
                largest = Math.abs(re[i]) > Math.abs(re[largest]) ? i : largest;
            }
            assertEquals(1, rr + ii, 1e-12);
            assertEquals(0, ri, 1e-12);
            assertTrue(rr >= ii);
            assertTrue(re[largest] > 0);
            assertTrue(p.isReal() || p.value().getImaginary() > 0);
        }
    }

    @Test
    void sameSeedGivesTheSameBitsAndAnotherSeedTheSameValues() {
        DMatrixRMaj h = TestMatrices.gaussian(200, 200, 12);
        ArnoldiEigenSolver solver = ArnoldiEigenSolver.builder().count(6).seed(9).build();
        PartialEigendecomposition first = solver.solve(LinearOperator.of(h));
        PartialEigendecomposition second = solver.solve(LinearOperator.of(h));
        assertArrayEquals(first.eigenvalues(), second.eigenvalues());
        assertEquals(first.eigenpairs(), second.eigenpairs());
        assertEquals(first.report(), second.report());
        Complex[] other = ArnoldiEigenSolver.builder().count(6).seed(10).build().solve(LinearOperator.of(h))
                .eigenvalues();
        for (int i = 0; i < other.length; i++) {
            assertTrue(other[i].subtract(first.eigenvalues()[i]).abs() < 1e-9);
        }
    }

    @Test
    void fullSpaceWithRepeatedEigenvaluesFindsEveryCopy() {
        // m = n: breakdowns restart with vectors orthogonal to the basis, so a repeated eigenvalue shows up
        // with its multiplicity.
        DMatrixRMaj h = TestMatrices.orthogonalSimilarity(CommonOps_DDRM.diag(2, 2, 2, -1, 0.5), 4);
        PartialEigendecomposition all = ArnoldiEigenSolver.builder().count(5).build().solve(LinearOperator.of(h));
        assertTrue(all.report().converged());
        double[] expected = {2, 2, 2, -1, 0.5};
        Complex[] values = all.eigenvalues();
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], values[i].getReal(), 1e-12);
            assertEquals(0, values[i].getImaginary(), 1e-12);
        }
    }

    @Test
    void zeroOperatorHasZeroEigenvalues() {
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(3).build()
                .solve(LinearOperator.of(100, v -> new double[100]));
        assertTrue(top.report().converged());
        assertEquals(0, top.report().normEstimate());
        for (Complex z : top.eigenvalues()) {
            assertEquals(0, z.abs());
        }
    }

    @Test
    void restartCapReportsNonConvergenceWithItsResiduals() {
        DMatrixRMaj h = TestMatrices.gaussian(400, 400, 3);
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(6).maxRestarts(0).build()
                .solve(LinearOperator.of(h));
        assertFalse(top.report().converged());
        assertEquals(0, top.report().restarts());
        assertTrue(top.report().maxResidual() > RESIDUAL_BAR);
        ArithmeticException e = assertThrows(ArithmeticException.class, top::requireConverged);
        assertTrue(e.getMessage().startsWith("Arnoldi did not converge: "), e.getMessage());
    }

    @Test
    void countsProductsIncludingTheResidualCheck() {
        int[] calls = new int[1];
        DMatrixRMaj h = TestMatrices.gaussian(60, 60, 2);
        LinearOperator counted = LinearOperator.of(60, v -> {
            calls[0]++;
            return LinearOperator.of(h).apply(v);
        });
        PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(4).build().solve(counted);
        assertEquals(calls[0], top.report().products());
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        DMatrixRMaj h = TestMatrices.gaussian(5, 5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArnoldiEigenSolver.builder().count(6).build().solve(LinearOperator.of(h)));
        assertEquals("count = 6 exceeds the dimension 5 of the operator; allowed: 1..5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ArnoldiEigenSolver.builder().count(0));
        assertEquals("count = 0; allowed: ≥ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ArnoldiEigenSolver.builder().leftVectors(true)
                .count(2).build().solve(LinearOperator.of(5, v -> v.clone())));
        assertTrue(e.getMessage().startsWith("left eigenvectors need the transposed product"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ArnoldiEigenSolver.builder().count(3)
                .subspaceSize(4).build().solve(LinearOperator.of(TestMatrices.gaussian(30, 30, 1))));
        assertEquals("subspaceSize = 4 for count 3 and dimension 30; allowed: count + 2 ≤ subspaceSize ≤ "
                + "dimension, or subspaceSize = dimension", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EigenvalueSelection.ofCode("XX"));
        assertEquals("which = XX; allowed: LM, LR, SR, LI", e.getMessage());
        assertEquals(EigenvalueSelection.LARGEST_IMAGINARY, EigenvalueSelection.ofCode("li"));
        ArithmeticException a = assertThrows(ArithmeticException.class, () -> ArnoldiEigenSolver.builder()
                .count(1).build().solve(LinearOperator.of(3, v -> new double[] {Double.NaN, 0, 0})));
        assertEquals("product 1 of the operator has a non-finite entry NaN at index 0", a.getMessage());
    }

    /**
     * The Arnoldi eigenvalues are the first ones of the dense spectrum in the selection's order, each to
     * 1e-8·ρ, and the report's residuals meet the bar.
     */
    static void assertMatchesDense(DMatrixRMaj h, PartialEigendecomposition top, int k) {
        Complex[] dense = Spectra.defaultSolver().eigenvalues(h);
        assertMatchesEigenvalues(dense, top, k);
    }

    static void assertMatchesEigenvalues(Complex[] dense, PartialEigendecomposition top, int k) {
        Complex[] sorted = dense.clone();
        Arrays.sort(sorted, top.selection().order());
        double rho = Math.max(Spectra.maxModulus(dense), Double.MIN_NORMAL);
        Complex[] values = top.eigenvalues();
        assertTrue(values.length == k || values.length == k + 1, "reported " + values.length + " for k = " + k);
        boolean[] used = new boolean[sorted.length];
        for (Complex lambda : values) {
            // Matched to the nearest unused dense eigenvalue among the wanted ones and those tied with them.
            int best = -1;
            for (int j = 0; j < sorted.length; j++) {
                if (!used[j] && (best < 0 || lambda.subtract(sorted[j]).abs() < lambda.subtract(sorted[best]).abs())) {
                    best = j;
                }
            }
            used[best] = true;
            assertTrue(lambda.subtract(sorted[best]).abs() <= VALUE_BAR * rho,
                    top.selection() + ": " + lambda + " vs dense " + sorted[best]);
            double key = top.selection().key(lambda);
            double limit = top.selection().key(sorted[values.length - 1]);
            assertTrue(key >= limit - VALUE_BAR * rho, lambda + " is not among the wanted (key " + key + " < "
                    + limit + ")");
        }
        for (double r : top.report().residuals()) {
            assertTrue(r <= RESIDUAL_BAR, "residual " + r);
        }
    }

    /** \( \|Hv - \lambda v\|_2 \le 10^{-8}\|H\|_2 \) for each pair, computed from the matrix. */
    private static void assertResidualsAgainstMatrix(DMatrixRMaj h, List<Eigenpair> pairs, boolean left) {
        double norm = NormOps_DDRM.normP2(h);
        for (Eigenpair p : pairs) {
            double[] re = p.re();
            double[] im = p.im();
            double[] hr = LinearOperator.of(h).apply(re);
            double[] hi = LinearOperator.of(h).apply(im);
            double lr = p.value().getReal();
            double li = p.value().getImaginary();
            double sum = 0;
            for (int i = 0; i < hr.length; i++) {
                double rr = hr[i] - (lr * re[i] - li * im[i]);
                double ri = hi[i] - (lr * im[i] + li * re[i]);
                sum += rr * rr + ri * ri;
            }
            assertTrue(Math.sqrt(sum) <= RESIDUAL_BAR * norm,
                    (left ? "left " : "") + "residual " + Math.sqrt(sum) + " for λ = " + p.value());
        }
    }

    private static void setPair(DMatrixRMaj b, int at, double re, double im) {
        b.set(at, at, re);
        b.set(at, at + 1, -im);
        b.set(at + 1, at, im);
        b.set(at + 1, at + 1, re);
    }
}
