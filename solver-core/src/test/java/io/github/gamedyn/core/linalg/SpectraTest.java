package io.github.gamedyn.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.testing.QuietTest;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class SpectraTest extends QuietTest {

    @Test
    void symmetricAndAntisymmetricPartsSplitTheMatrix() {
        DMatrixRMaj h = TestMatrices.gaussian(6, 6, 4);
        DMatrixRMaj s = Spectra.symmetricPart(h);
        DMatrixRMaj a = Spectra.antisymmetricPart(h);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(s.get(i, j), s.get(j, i));
                assertEquals(a.get(i, j), -a.get(j, i), 0.0);
                assertEquals(h.get(i, j), s.get(i, j) + a.get(i, j), 1e-15);
            }
        }
    }

    @Test
    void spectralRadiusOfAScaledRotationIsItsScale() {
        double theta = 0.3;
        double r = 0.9;
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {
            {r * Math.cos(theta), -r * Math.sin(theta)}, {r * Math.sin(theta), r * Math.cos(theta)}});
        assertEquals(r, Spectra.spectralRadius(h), 1e-15);
    }

    @Test
    void spectralRadiusAgreesWithTheDecomposition() {
        DMatrixRMaj h = TestMatrices.gaussian(30, 30, 12);
        assertEquals(Spectra.defaultSolver().decompose(h).spectralRadius(), Spectra.spectralRadius(h));
    }

    @Test
    void spectralRadiusOfADiagonalMatrixIsItsLargestMagnitude() {
        assertEquals(7.0, Spectra.spectralRadius(CommonOps_DDRM.diag(1.0, -7.0, 3.0)));
    }

    @Test
    void defaultSolverIsSharedAndNativeWherePresentUnlessJavaIsForced() {
        assertSame(Spectra.defaultSolver(), Spectra.defaultSolver());
        boolean forced = "java".equals(System.getProperty(Spectra.SOLVER_PROPERTY));
        Class<?> expected = !forced && LapackEigenSolver.available().isPresent() ? LapackEigenSolver.class
                : FrancisQrEigenSolver.class;
        assertEquals(expected, Spectra.defaultSolver().getClass());
    }

    @Test
    void rejectsBadMatricesNamingTheArgument() {
        DMatrixRMaj h = new DMatrixRMaj(2, 2);
        h.set(1, 0, Double.POSITIVE_INFINITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spectra.symmetricPart(h));
        assertEquals("matrix h has a non-finite entry Infinity at (1, 0); the symmetric part needs finite entries",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Spectra.antisymmetricPart(new DMatrixRMaj(2, 3)));
        assertEquals("matrix h is 2x3; the antisymmetric part needs a square matrix of size at least 1x1",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Spectra.spectralRadius(null));
        assertEquals("matrix a is null; eigenvalues needs a square matrix with finite entries", e.getMessage());
    }

    @Test
    void doesNotModifyInput() {
        DMatrixRMaj h = TestMatrices.gaussian(4, 4, 6);
        DMatrixRMaj copy = h.copy();
        Spectra.symmetricPart(h);
        Spectra.antisymmetricPart(h);
        Spectra.spectralRadius(h);
        assertArrayEquals(copy.data, h.data);
    }
}
