package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.LinearMap;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Relations that hold for every map, start and horizon: with \( P = J_{k-1}\cdots J_0 \) and a unit
 * \( u_0 \), \( \frac1k\sum_t \log\sigma_{\max}(J_t) \ge \frac1k\log\sigma_{\max}(P) \ge
 * \frac1k\log\|P u_0\| \), the last being exactly the transported-vector estimate (the sum telescopes).
 */
class EstimatorRelationsTest {

    @ParameterizedTest
    @CsvSource({"2, 1.5, 1", "3, 2.5, 2", "5, 3.0, 3", "8, 2.0, 4", "8, 0.7, 5"})
    void upperBoundDominatesFiniteHorizonDominatesTransportedVector(int d, double gain, long seed) {
        TanhMap map = new TanhMap(d, gain, seed);
        Random random = new Random(seed + 100);
        double[] x0 = new double[d];
        double[] u0 = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = random.nextGaussian();
            u0[i] = random.nextGaussian();
        }
        int k = 30;

        double upper = new PerStepUpperBoundEstimator().estimate(map, x0, k).value();
        double exact = new FiniteHorizonSvdEstimator().estimate(map, x0, k).value();
        double transported = new TransportedVectorEstimator(u0).estimate(map, x0, k).value();

        assertTrue(upper >= exact - 1e-12, upper + " < " + exact);
        assertTrue(exact >= transported - 1e-12, exact + " < " + transported);
        assertEquals(logProductTimes(map, x0, u0, k) / k, transported, 1e-12);
    }

    @Test
    void benettinWithOneExponentAgreesWithFiniteHorizonOnLongRuns() {
        TanhMap map = new TanhMap(4, 3.0, 12);
        double[] x0 = map.iterate(new double[] {0.1, 0.2, 0.3, 0.4}, 100);

        double qr = new BenettinQrEstimator(1, 5).spectrum(map, x0, 3000).exponent(0);
        double exact = new FiniteHorizonSvdEstimator().estimate(map, x0, 3000).value();

        // both converge to lambda_1; they differ by O(1/k) boundary terms
        assertEquals(exact, qr, 5e-3);
    }

    @Test
    void positiveExponentSumAddsThePositiveExponents() {
        LinearMap map = new LinearMap(CommonOps_DDRM.diag(2.0, 0.5, -3.0, 1.0 / 3));
        LyapunovEstimate sum = new PositiveExponentSumEstimator(1).estimate(map, new double[4], 4000);

        // the QR estimates carry an O(1/k) term from the alignment of the random start frame
        assertEquals(Math.log(2) + Math.log(3), sum.value(), 2e-3);
        assertEquals(sum.value(), sum.convergence().running(4000), 0.0);
    }

    private static double logProductTimes(DifferentiableMap map, double[] x0, double[] u0, int k) {
        int d = x0.length;
        DMatrixRMaj v = new DMatrixRMaj(d, 1, true, u0);
        CommonOps_DDRM.divide(v, NormOps_DDRM.normF(v));
        DMatrixRMaj j = new DMatrixRMaj(d, d);
        double[] x = x0.clone();
        for (int t = 0; t < k; t++) {
            map.jacobian(x, j);
            v = CommonOps_DDRM.mult(j, v, null);
            x = map.iterate(x, 1);
        }
        return Math.log(NormOps_DDRM.normF(v));
    }
}
