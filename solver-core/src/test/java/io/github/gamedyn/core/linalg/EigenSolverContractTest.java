package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every {@link EigenSolver} must pass. An implementation's test extends this class and supplies
 * {@link #solver()}.
 */
abstract class EigenSolverContractTest extends QuietTest {

    /** The quality bar of the design (§8): \( \|Hv - \lambda v\| \le 10^{-10} \|H\|_2 \). */
    private static final double RESIDUAL_BAR = 1e-10;
    private static final double UNIT = 1e-12;

    protected abstract EigenSolver solver();

    static IntStream randomSizes() {
        return IntStream.concat(IntStream.rangeClosed(1, 40), IntStream.of(50, 64, 100, 150, 200));
    }

    @ParameterizedTest
    @MethodSource("randomSizes")
    void randomMatrixGivesValidDecomposition(int n) {
        DMatrixRMaj h = TestMatrices.gaussian(n, n, 1000 + n);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 30, 120})
    void eigenvaluesOnlyAgreesWithDecompose(int n) {
        DMatrixRMaj h = TestMatrices.gaussian(n, n, 77 + n);
        assertArrayEquals(solver().decompose(h).eigenvalues(), solver().eigenvalues(h));
    }

    @Test
    void doesNotModifyInput() {
        DMatrixRMaj h = TestMatrices.gaussian(9, 9, 5);
        DMatrixRMaj copy = h.copy();
        solver().decompose(h);
        solver().eigenvalues(h);
        assertArrayEquals(copy.data, h.data);
    }

    @Test
    void decompositionIsImmutable() {
        DMatrixRMaj h = TestMatrices.gaussian(5, 5, 31);
        Eigendecomposition eig = solver().decompose(h);
        Complex[] values = eig.eigenvalues();
        Complex first = values[0];
        values[0] = Complex.NaN;
        assertEquals(first, eig.eigenvalues()[0]);
        double[] re = eig.eigenpairs().get(0).re();
        re[0] = Double.NaN;
        assertTrue(Double.isFinite(eig.eigenpairs().get(0).re()[0]));
        assertThrows(UnsupportedOperationException.class, () -> eig.eigenpairs().clear());
        double residual = eig.maxRelativeResidual();
        h.set(0, 0, 1e6);
        assertEquals(residual, eig.maxRelativeResidual());
    }

    @Test
    void rotationBlocksUnderOrthogonalSimilarityGiveTheirComplexPairs() {
        double[][] pairs = {{2.0, 3.0}, {-1.0, 0.5}, {0.25, 4.0}};
        double[] reals = {5.0, -3.0};
        int n = 2 * pairs.length + reals.length;
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        List<Complex> expected = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            double a = pairs[k][0];
            double im = pairs[k][1];
            b.set(2 * k, 2 * k, a);
            b.set(2 * k, 2 * k + 1, -im);
            b.set(2 * k + 1, 2 * k, im);
            b.set(2 * k + 1, 2 * k + 1, a);
            expected.add(new Complex(a, im));
            expected.add(new Complex(a, -im));
        }
        for (int k = 0; k < reals.length; k++) {
            b.set(2 * pairs.length + k, 2 * pairs.length + k, reals[k]);
            expected.add(new Complex(reals[k], 0));
        }
        DMatrixRMaj h = TestMatrices.orthogonalSimilarity(b, 11);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        expected.sort(EigenvalueOrder.DECREASING);
        assertClose(expected.toArray(new Complex[0]), eig.eigenvalues(), 1e-13 * NormOps_DDRM.normP2(h));
        assertEquals(pairs.length + reals.length, eig.eigenpairs().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 7})
    void bilinearGameJacobianHasEigenvaluesPlusMinusISingularValues(int k) {
        DMatrixRMaj a = TestMatrices.gaussian(4, k, 21 + k);
        DMatrixRMaj h = TestMatrices.bilinearJacobian(a);
        double[] sigma = SingularOps_DDRM.singularValues(a);
        List<Complex> expected = new ArrayList<>();
        for (double s : sigma) {
            expected.add(new Complex(0, s));
            expected.add(new Complex(0, -s));
        }
        for (int z = 0; z < Math.abs(4 - k); z++) {
            expected.add(Complex.ZERO);
        }
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        assertMatched(expected, eig.eigenvalues(), 1e-13 * NormOps_DDRM.normP2(h));
    }

    @Test
    void tinyImaginaryPartOfNearlySymmetric2x2Survives() {
        double a = 1.5;
        double b = 2.0;
        double eps = 1e-9;
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {{a, -eps * b}, {eps * b, a}});
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        assertArrayEquals(new Complex[] {new Complex(a, eps * b), new Complex(a, -eps * b)}, eig.eigenvalues());
        assertFalse(eig.eigenpairs().get(0).isReal());
    }

    @Test
    void tinyImaginaryPartSurvivesInANearlySymmetricMatrix() {
        double eps = 1e-9;
        DMatrixRMaj b = new DMatrixRMaj(6, 6);
        double[] diagonal = {3.0, 3.0, -1.0, 0.5, 2.0, -4.0};
        for (int i = 0; i < 6; i++) {
            b.set(i, i, diagonal[i]);
        }
        b.set(0, 1, -2 * eps);
        b.set(1, 0, 2 * eps);
        DMatrixRMaj h = TestMatrices.orthogonalSimilarity(b, 3);
        DMatrixRMaj antisymmetric = Spectra.antisymmetricPart(h);
        assertTrue(NormOps_DDRM.normF(antisymmetric) < 1e-8, "the test matrix is nearly symmetric");
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        Complex top = eig.eigenvalues()[0];
        assertEquals(3.0, top.getReal(), 1e-14);
        assertEquals(2 * eps, top.getImaginary(), 1e-14);
        assertEquals(new Complex(top.getReal(), -top.getImaginary()), eig.eigenvalues()[1]);
        assertEquals(5, eig.eigenpairs().size());
    }

    @Test
    void identityHasUnitEigenvaluesAndAnOrthonormalBasis() {
        DMatrixRMaj h = CommonOps_DDRM.identity(5);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        for (Complex lambda : eig.eigenvalues()) {
            assertEquals(Complex.ONE, lambda);
        }
        assertEquals(5, eig.eigenpairs().size());
    }

    @Test
    void diagonalWithRepeatsGivesExactEigenvalues() {
        double[] diagonal = {1.0, 3.0, -2.0, 1.0, 3.0, 1.0};
        DMatrixRMaj h = CommonOps_DDRM.diag(diagonal);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        double[] sorted = {3.0, 3.0, 1.0, 1.0, 1.0, -2.0};
        for (int k = 0; k < 6; k++) {
            assertEquals(new Complex(sorted[k], 0), eig.eigenvalues()[k]);
        }
    }

    @Test
    void repeatedEigenvaluesUnderSimilarityStayAccurate() {
        DMatrixRMaj h = TestMatrices.orthogonalSimilarity(CommonOps_DDRM.diag(2.0, 2.0, 2.0, -1.0, -1.0), 8);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        Complex[] expected = {new Complex(2, 0), new Complex(2, 0), new Complex(2, 0), new Complex(-1, 0),
            new Complex(-1, 0)};
        assertClose(expected, eig.eigenvalues(), 1e-14 * 8);
    }

    @Test
    void jordanBlockGivesFiniteVectorsWithSmallResiduals() {
        DMatrixRMaj h = jordanBlock(4, 2.0);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        for (Complex lambda : eig.eigenvalues()) {
            assertEquals(2.0, lambda.getReal(), 1e-3);
        }
    }

    @Test
    void perturbedJordanBlockSplitsIntoRootsOfThePerturbation() {
        // J + δ e_n e_1ᵀ has characteristic polynomial (λ − 2)⁴ − δ: λ = 2 + δ^{1/4}·{1, i, −1, −i}.
        DMatrixRMaj h = jordanBlock(4, 2.0);
        h.set(3, 0, 1e-12);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        double r = 1e-3;
        Complex[] expected = {new Complex(2 + r, 0), new Complex(2, r), new Complex(2, -r), new Complex(2 - r, 0)};
        assertClose(expected, eig.eigenvalues(), 1e-6);
    }

    @Test
    void zeroMatrixHasZeroSpectrum() {
        DMatrixRMaj h = new DMatrixRMaj(4, 4);
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        assertEquals(0.0, eig.spectralRadius());
        assertEquals(0.0, eig.maxRelativeResidual());
        for (Complex lambda : eig.eigenvalues()) {
            assertEquals(Complex.ZERO, lambda);
        }
    }

    @Test
    void oneByOne() {
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {{-3.5}});
        Eigendecomposition eig = solver().decompose(h);
        assertValid(h, eig);
        assertEquals(1, eig.size());
        assertEquals(new Complex(-3.5, 0), eig.eigenvalues()[0]);
        assertArrayEquals(new double[] {1.0}, eig.eigenpairs().get(0).re());
        assertArrayEquals(new double[] {0.0}, eig.eigenpairs().get(0).im());
        assertEquals(3.5, eig.spectralRadius());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-150, 1e150, 1e-300, 1e300})
    void eigenvaluesScaleWithTheMatrix(double c) {
        DMatrixRMaj h = TestMatrices.gaussian(20, 20, 9);
        DMatrixRMaj scaled = h.copy();
        CommonOps_DDRM.scale(c, scaled);
        Complex[] base = solver().eigenvalues(h);
        Eigendecomposition eig = solver().decompose(scaled);
        assertValid(scaled, eig);
        Complex[] values = eig.eigenvalues();
        double rho = Spectra.maxModulus(base);
        for (int k = 0; k < values.length; k++) {
            assertEquals(base[k].getReal(), values[k].getReal() / c, 1e-12 * rho);
            assertEquals(base[k].getImaginary(), values[k].getImaginary() / c, 1e-12 * rho);
        }
        assertTrue(eig.maxRelativeResidual() < RESIDUAL_BAR);
    }

    @Test
    void matchesScipyReference() throws IOException {
        Map<String, DMatrixRMaj> matrices = new LinkedHashMap<>();
        Map<String, List<Complex>> eigenvalues = new LinkedHashMap<>();
        readReference(matrices, eigenvalues);
        assertEquals(6, matrices.size());
        for (Map.Entry<String, DMatrixRMaj> entry : matrices.entrySet()) {
            DMatrixRMaj h = entry.getValue();
            Eigendecomposition eig = solver().decompose(h);
            assertValid(h, eig);
            assertMatched(eigenvalues.get(entry.getKey()), eig.eigenvalues(), 1e-12 * NormOps_DDRM.normP2(h));
        }
    }

    @Test
    void rejectsNonFiniteEntriesNamingThem() {
        DMatrixRMaj h = TestMatrices.gaussian(4, 4, 1);
        h.set(2, 3, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solver().decompose(h));
        assertEquals("matrix a has a non-finite entry NaN at (2, 3); eigen-decomposition needs finite entries",
                e.getMessage());
        h.set(2, 3, 0);
        h.set(0, 1, Double.NEGATIVE_INFINITY);
        e = assertThrows(IllegalArgumentException.class, () -> solver().eigenvalues(h));
        assertEquals("matrix a has a non-finite entry -Infinity at (0, 1); eigenvalues needs finite entries",
                e.getMessage());
    }

    @Test
    void rejectsNullNonSquareAndEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solver().decompose(null));
        assertEquals("matrix a is null; eigen-decomposition needs a square matrix with finite entries",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solver().decompose(new DMatrixRMaj(3, 4)));
        assertEquals("matrix a is 3x4; eigen-decomposition needs a square matrix of size at least 1x1",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solver().eigenvalues(new DMatrixRMaj(0, 0)));
        assertEquals("matrix a is 0x0; eigenvalues needs a square matrix of size at least 1x1", e.getMessage());
    }

    private static DMatrixRMaj jordanBlock(int n, double lambda) {
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            h.set(i, i, lambda);
            if (i + 1 < n) {
                h.set(i, i + 1, 1);
            }
        }
        return h;
    }

    /**
     * The eigenpairs have residuals within the design's bar, unit norm and canonical phase, are ordered,
     * and account for exactly the reported eigenvalues.
     */
    static void assertValid(DMatrixRMaj h, Eigendecomposition eig) {
        int n = h.numRows;
        assertEquals(n, eig.size());
        Complex[] values = eig.eigenvalues();
        assertEquals(n, values.length);
        for (int k = 1; k < n; k++) {
            assertTrue(EigenvalueOrder.DECREASING.compare(values[k - 1], values[k]) <= 0,
                    "eigenvalues out of order at " + k);
        }
        double hmax = Arrays.stream(h.data).map(Math::abs).max().orElse(0);
        double s = hmax == 0 ? 1 : 1 / hmax;
        DMatrixRMaj hs = h.copy();
        CommonOps_DDRM.scale(s, hs);
        double norm2 = NormOps_DDRM.normP2(hs);
        List<Complex> fromPairs = new ArrayList<>();
        for (Eigenpair pair : eig.eigenpairs()) {
            Complex lambda = pair.value();
            double[] re = pair.re();
            double[] im = pair.im();
            assertEquals(n, re.length);
            fromPairs.add(lambda);
            if (pair.isReal()) {
                assertArrayEquals(new double[n], im, "real eigenvalue with a complex vector");
            } else {
                assertTrue(lambda.getImaginary() > 0, "pair reported with Im λ <= 0: " + lambda);
                fromPairs.add(lambda.conjugate());
            }
            double rr = 0;
            double ii = 0;
            double ri = 0;
            int largest = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isFinite(re[i]) && Double.isFinite(im[i]), "non-finite eigenvector entry");
                rr += re[i] * re[i];
                ii += im[i] * im[i];
                ri += re[i] * im[i];
                if (Math.abs(re[i]) > Math.abs(re[largest])) {
                    largest = i;
                }
            }
            assertEquals(1.0, rr + ii, UNIT, "eigenvector not of unit norm");
            assertEquals(0.0, ri, UNIT, "Re v not orthogonal to Im v");
            assertTrue(rr >= ii - UNIT, "‖Re v‖ < ‖Im v‖");
            assertTrue(re[largest] > 0, "largest component of Re v is not positive");
            double residual = residual(hs, lambda.multiply(s), re, im);
            assertTrue(residual <= RESIDUAL_BAR * norm2,
                    "residual " + residual + " > 1e-10·‖H‖ = " + RESIDUAL_BAR * norm2 + " for λ = " + lambda);
        }
        fromPairs.sort(EigenvalueOrder.DECREASING);
        assertArrayEquals(values, fromPairs.toArray(new Complex[0]));
        assertTrue(eig.maxRelativeResidual() <= RESIDUAL_BAR);
        assertTrue(Double.isFinite(eig.spectralRadius()));
    }

    private static double residual(DMatrixRMaj h, Complex lambda, double[] re, double[] im) {
        int n = h.numRows;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double rr = -(lambda.getReal() * re[i] - lambda.getImaginary() * im[i]);
            double ri = -(lambda.getReal() * im[i] + lambda.getImaginary() * re[i]);
            for (int j = 0; j < n; j++) {
                rr += h.get(i, j) * re[j];
                ri += h.get(i, j) * im[j];
            }
            sum += rr * rr + ri * ri;
        }
        return Math.sqrt(sum);
    }

    private static void assertClose(Complex[] expected, Complex[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertTrue(expected[k].subtract(actual[k]).abs() <= tolerance,
                    "eigenvalue " + k + ": expected " + expected[k] + " but was " + actual[k]);
        }
    }

    /** Each expected eigenvalue has its own computed eigenvalue within the tolerance (order-free). */
    private static void assertMatched(List<Complex> expected, Complex[] actual, double tolerance) {
        assertEquals(expected.size(), actual.length);
        boolean[] used = new boolean[actual.length];
        for (Complex want : expected) {
            int best = -1;
            for (int k = 0; k < actual.length; k++) {
                if (!used[k] && (best < 0 || want.subtract(actual[k]).abs() < want.subtract(actual[best]).abs())) {
                    best = k;
                }
            }
            assertTrue(want.subtract(actual[best]).abs() <= tolerance,
                    "no computed eigenvalue near " + want + "; nearest " + actual[best]);
            used[best] = true;
        }
    }

    private static void readReference(Map<String, DMatrixRMaj> matrices, Map<String, List<Complex>> eigenvalues)
            throws IOException {
        try (InputStream in = EigenSolverContractTest.class.getResourceAsStream("/reference/eig_reference.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                String id = f[1];
                if (f[0].equals("matrix")) {
                    int n = Integer.parseInt(f[2]);
                    DMatrixRMaj m = new DMatrixRMaj(n, n);
                    for (int i = 0; i < n * n; i++) {
                        m.data[i] = Double.parseDouble(f[3 + i]);
                    }
                    matrices.put(id, m);
                } else {
                    eigenvalues.computeIfAbsent(id, key -> new ArrayList<>())
                            .add(new Complex(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                }
            }
        }
    }
}
