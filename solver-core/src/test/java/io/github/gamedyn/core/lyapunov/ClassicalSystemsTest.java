package io.github.gamedyn.core.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.FlowMap;
import org.junit.jupiter.api.Test;

/**
 * Lyapunov exponents of classical chaotic systems against published values and exact identities.
 *
 * <p>References: J. C. Sprott, <i>Chaos and Time-Series Analysis</i>, Oxford University Press 2003,
 * Appendix A (Hénon map a = 1.4, b = 0.3: λ = (0.41922, −1.62319); logistic map r = 4: λ = ln 2;
 * Lorenz σ = 10, ρ = 28, β = 8/3: λ = (0.9056, 0, −14.5723)). Exact identities: the Hénon Jacobian has
 * det = −b, so λ₁ + λ₂ = ln b; the Lorenz divergence is −(σ + 1 + β), so λ₁ + λ₂ + λ₃ = −(σ + 1 + β);
 * the logistic map r = 4 is conjugate to the tent map, whose slope is ±2 everywhere, so λ = ln 2.
 * Statistical tolerances are several standard errors of the finite-horizon averages.
 */
class ClassicalSystemsTest {

    @Test
    void henonSpectrum() {
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 1000);
        LyapunovSpectrum spectrum = new BenettinQrEstimator(2, 7).spectrum(henon, x0, 200_000);

        assertEquals(0.41922, spectrum.exponent(0), 3e-3);
        assertEquals(-1.62319, spectrum.exponent(1), 3e-3);
        assertEquals(Math.log(0.3), spectrum.sum(), 1e-12);
        assertTrue(spectrum.convergence(0).spread() < 5e-3, "spread " + spectrum.convergence(0).spread());
    }

    @Test
    void henonMaximalExponentByTransportedVector() {
        HenonMap henon = new HenonMap(1.4, 0.3);
        double[] x0 = henon.iterate(new double[] {0.1, 0.1}, 1000);
        LyapunovEstimate estimate = new TransportedVectorEstimator(new double[] {1, 0}).estimate(henon, x0, 200_000);

        assertEquals(0.41922, estimate.value(), 3e-3);
    }

    @Test
    void logisticMapAtFourHasExponentLogTwo() {
        DifferentiableMap logistic = DifferentiableMap.of(1,
                (x, out) -> out[0] = 4 * x[0] * (1 - x[0]),
                (x, jac) -> jac.set(0, 0, 4 - 8 * x[0]));
        LyapunovEstimate estimate = new TransportedVectorEstimator(new double[] {1})
                .estimate(logistic, new double[] {0.3141592653589793}, 200_000);

        assertEquals(Math.log(2), estimate.value(), 5e-3);
    }

    @Test
    void lorenzSpectrum() {
        double sigma = 10;
        double beta = 8.0 / 3;
        double tau = 0.1;
        FlowMap lorenz = FlowMap.rungeKutta4(new LorenzFlow(sigma, 28, beta), tau, 20);
        double[] x0 = lorenz.iterate(new double[] {1, 1, 1}, 200);
        LyapunovSpectrum spectrum = new BenettinQrEstimator(3, 11).spectrum(lorenz, x0, 10_000).perUnitTime(tau);

        assertEquals(0.9056, spectrum.exponent(0), 0.03);
        assertEquals(0.0, spectrum.exponent(1), 0.01);
        assertEquals(-14.5723, spectrum.exponent(2), 0.03);
        // exact for the flow; what remains is the RK4 truncation error of det Φ at h = 0.005 (about 6e-6)
        assertEquals(-(sigma + 1 + beta), spectrum.sum(), 3e-5);
    }
}
