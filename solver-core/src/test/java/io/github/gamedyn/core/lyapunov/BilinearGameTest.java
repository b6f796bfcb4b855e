package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.dynamics.LinearMap;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous gradient descent on the bilinear game \( \min_x \max_y x^\top A y \):
 * \( F(x, y) = (x - \alpha A y,\; y + \alpha A^\top x) \), \( J = I - \alpha \begin{pmatrix} 0 & A \\ -A^\top & 0
 * \end{pmatrix} \). \( J \) is normal with eigenvalues \( 1 \pm i\alpha\sigma_k(A) \), so every Lyapunov exponent
 * is \( \log\sqrt{1 + \alpha^2\sigma_k^2} \), each twice, and \( \sigma_{\max}(J^k) = \sigma_{\max}(J)^k \).
 */
class BilinearGameTest {

    private static final double ALPHA = 0.3;

    @Test
    void everyExponentIsLogOfGrowthFactorTwice() {
        DMatrixRMaj a = randomMatrix(3, 5);
        double[] expected = expectedExponents(a);

        LyapunovSpectrum spectrum = new BenettinQrEstimator(6, 9).spectrum(simultaneousGd(a), new double[6], 20_000);

        // the QR estimates carry an O(1/k) term from the alignment of the random start frame
        assertArrayEquals(expected, spectrum.exponents(), 2e-4);
        assertEquals(Arrays.stream(expected).sum(), spectrum.sum(), 1e-12);
    }

    @Test
    void finiteHorizonExponentIsExactlyTheLargest() {
        DMatrixRMaj a = randomMatrix(3, 6);
        double largest = expectedExponents(a)[0];

        for (int k : new int[] {1, 10, 100}) {
            assertEquals(largest, new FiniteHorizonSvdEstimator().estimate(simultaneousGd(a), new double[6], k).value(),
                    1e-12, "k = " + k);
            assertEquals(largest, new PerStepUpperBoundEstimator().estimate(simultaneousGd(a), new double[6], k).value(),
                    1e-12, "k = " + k);
        }
    }

    private static DMatrixRMaj randomMatrix(int n, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < a.getNumElements(); i++) {
            a.data[i] = random.nextGaussian();
        }
        return a;
    }

    private static LinearMap simultaneousGd(DMatrixRMaj a) {
        int n = a.numRows;
        DMatrixRMaj j = new DMatrixRMaj(2 * n, 2 * n);
        for (int i = 0; i < 2 * n; i++) {
            j.set(i, i, 1);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                j.set(r, n + c, -ALPHA * a.get(r, c));
                j.set(n + c, r, ALPHA * a.get(r, c));
            }
        }
        return new LinearMap(j);
    }

    private static double[] expectedExponents(DMatrixRMaj a) {
        double[] sigma = SingularOps_DDRM.singularValues(a);
        Arrays.sort(sigma);
        double[] expected = new double[2 * sigma.length];
        for (int k = 0; k < sigma.length; k++) {
            double lambda = 0.5 * Math.log(1 + ALPHA * ALPHA * sigma[sigma.length - 1 - k] * sigma[sigma.length - 1 - k]);
            expected[2 * k] = lambda;
            expected[2 * k + 1] = lambda;
        }
        return expected;
    }
}
