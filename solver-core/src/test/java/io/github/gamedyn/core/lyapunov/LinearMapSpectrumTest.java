package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.dynamics.LinearMap;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Linear maps \( F(x) = Ax \): Lyapunov exponents are \( \log|\lambda_i(A)| \) and the finite-horizon
 * exponent is \( \frac1k \log \sigma_{\max}(A^k) \), here computed independently by repeated multiplication.
 */
class LinearMapSpectrumTest {

    /** The Jacobian does not depend on the state; the fixed point 0 keeps the orbit finite for any horizon. */
    private static final double[] X0 = new double[3];

    @Test
    void diagonalMatrixHasLogAbsoluteDiagonal() {
        LinearMap map = new LinearMap(CommonOps_DDRM.diag(2.0, -0.5, 0.1));
        LyapunovSpectrum spectrum = new BenettinQrEstimator(3, 1).spectrum(map, X0, 200);

        assertArrayEquals(new double[] {Math.log(2), Math.log(0.5), Math.log(0.1)}, spectrum.exponents(), 0.05);
        assertEquals(Math.log(2 * 0.5 * 0.1), spectrum.sum(), 1e-12);
    }

    @Test
    void triangularMatrixHasLogAbsoluteDiagonal() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1.5, 2, -1}, {0, -0.8, 3}, {0, 0, 0.4}});
        LyapunovSpectrum spectrum = new BenettinQrEstimator(3, 2).spectrum(new LinearMap(a), X0, 2000);

        // errors decay like log(condition of the eigenvectors) / k
        assertArrayEquals(new double[] {Math.log(1.5), Math.log(0.8), Math.log(0.4)}, spectrum.exponents(), 5e-3);
        assertEquals(Math.log(1.5 * 0.8 * 0.4), spectrum.sum(), 1e-12);
    }

    @Test
    void topExponentsOnlyOfTriangularMatrix() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1.5, 2, -1}, {0, -0.8, 3}, {0, 0, 0.4}});
        LyapunovSpectrum spectrum = new BenettinQrEstimator(2, 3).spectrum(new LinearMap(a), X0, 2000);

        assertArrayEquals(new double[] {Math.log(1.5), Math.log(0.8)}, spectrum.exponents(), 5e-3);
    }

    @Test
    void rotationScalingHasDoubleExponentLogRadius() {
        double r = 1.1;
        double theta = 0.7;
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {
                {r * Math.cos(theta), -r * Math.sin(theta)}, {r * Math.sin(theta), r * Math.cos(theta)}});
        LinearMap map = new LinearMap(a);
        double[] x0 = {1, 0};

        LyapunovSpectrum spectrum = new BenettinQrEstimator(2, 4).spectrum(map, x0, 50);
        assertArrayEquals(new double[] {Math.log(r), Math.log(r)}, spectrum.exponents(), 1e-13);
        assertEquals(Math.log(r), new FiniteHorizonSvdEstimator().estimate(map, x0, 50).value(), 1e-13);
        assertEquals(Math.log(r), new PerStepUpperBoundEstimator().estimate(map, x0, 50).value(), 1e-13);
        assertEquals(Math.log(r), new TransportedVectorEstimator(new double[] {0.3, 0.4}).estimate(map, x0, 50).value(),
                1e-13);
    }

    @Test
    void finiteHorizonExponentIsLogLargestSingularValueOfPower() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.9, 2, -1}, {0, -0.8, 3}, {0.1, 0, 0.4}});
        LinearMap map = new LinearMap(a);
        for (int k : new int[] {1, 2, 5, 17}) {
            DMatrixRMaj power = CommonOps_DDRM.identity(3);
            for (int t = 0; t < k; t++) {
                power = CommonOps_DDRM.mult(a, power, null);
            }
            double expected = Math.log(Arrays.stream(SingularOps_DDRM.singularValues(power)).max().orElseThrow()) / k;

            LyapunovEstimate estimate = new FiniteHorizonSvdEstimator().estimate(map, X0, k);
            assertEquals(expected, estimate.value(), 1e-12, "k = " + k);
            assertEquals(estimate.value(), estimate.convergence().running(k), 0.0);
        }
    }

    @Test
    void finiteHorizonProductNeitherOverflowsNorUnderflows() {
        LinearMap expanding = new LinearMap(CommonOps_DDRM.diag(1e30, 1));
        LinearMap contracting = new LinearMap(CommonOps_DDRM.diag(1e-30, 1e-31));

        assertEquals(Math.log(1e30), new FiniteHorizonSvdEstimator().estimate(expanding, new double[2], 100).value(),
                1e-12);
        assertEquals(Math.log(1e-30),
                new FiniteHorizonSvdEstimator().estimate(contracting, new double[2], 100).value(), 1e-12);
    }
}
