package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.dynamics.LinearMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The reverse-mode gradient of \( \hat\lambda(x_0) = \frac1k\sum_t\log\|J_t u_t\| \) against central finite
 * differences \( (\hat\lambda(x_0 + h e_i) - \hat\lambda(x_0 - h e_i)) / 2h \), \( h = 10^{-6} \): truncation
 * error \( O(h^2) \) and rounding error \( O(\varepsilon/h) \approx 10^{-10} \) times the local scale, hence the
 * bound \( 10^{-6}(1 + |g_i|) \).
 */
class TransportedVectorGradientTest {

    private static final double H = 1e-6;

    @Test
    void gradientOnSmoothRandomMapMatchesFiniteDifferences() {
        TanhMap map = new TanhMap(4, 2.0, 21);
        Random random = new Random(22);
        double[] x0 = new double[4];
        double[] u0 = new double[4];
        for (int i = 0; i < 4; i++) {
            x0[i] = random.nextGaussian();
            u0[i] = random.nextGaussian();
        }
        assertGradientMatchesFiniteDifferences(map, new TransportedVectorEstimator(u0), x0, 25);
    }

    @Test
    void gradientOnHenonMapMatchesFiniteDifferences() {
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 100);
        assertGradientMatchesFiniteDifferences(henon, new TransportedVectorEstimator(new double[] {0.6, -0.8}), x0, 12);
    }

    /** The staged sweep's value is the estimate's, bit for bit; its adjoint sweep is {@code gradient}'s. */
    @Test
    void forwardSweepThenAdjointIsTheGradient() {
        TanhMap map = new TanhMap(3, 1.5, 5);
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(new double[] {0.3, -1, 0.2});
        double[] x0 = {0.4, -0.1, 0.7};
        TransportedVectorEstimator.ForwardSweep sweep = estimator.sweep(map, x0, 9);
        assertEquals(estimator.estimate(map, x0, 9).value(), sweep.value(), 0.0);
        LyapunovGradient g = sweep.gradient();
        LyapunovGradient direct = estimator.gradient(map, x0, 9);
        assertEquals(direct.value(), g.value(), 0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(direct.gradient()[i], g.gradient()[i], 0.0);
        }
        assertGradientMatchesFiniteDifferences(map, estimator, x0, 9);
    }

    @Test
    void gradientOfLinearMapIsZero() {
        LinearMap map = new LinearMap(new DMatrixRMaj(new double[][] {{1, 2}, {0.5, -1}}));
        LyapunovGradient g = new TransportedVectorEstimator(new double[] {1, 1}).gradient(map, new double[] {0.2, 0.1}, 7);

        assertEquals(0.0, g.gradient()[0], 0.0);
        assertEquals(0.0, g.gradient()[1], 0.0);
    }

    private static void assertGradientMatchesFiniteDifferences(SecondOrderMap map, TransportedVectorEstimator estimator,
                                                               double[] x0, int k) {
        LyapunovGradient g = estimator.gradient(map, x0, k);
        assertEquals(estimator.estimate(map, x0, k).value(), g.value(), 0.0);
        for (int i = 0; i < x0.length; i++) {
            double[] plus = x0.clone();
            double[] minus = x0.clone();
            plus[i] += H;
            minus[i] -= H;
            double fd = (estimator.estimate(map, plus, k).value() - estimator.estimate(map, minus, k).value()) / (2 * H);
            assertEquals(fd, g.gradient()[i], 1e-6 * (1 + Math.abs(fd)), "component " + i);
        }
    }
}
