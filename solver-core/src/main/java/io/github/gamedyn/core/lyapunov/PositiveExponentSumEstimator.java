package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;

/**
 * Sum of the positive Lyapunov exponents
 * \[ h = \sum_{i=1}^{d} \max(\hat\lambda_i, 0), \]
 * the full spectrum coming from {@link BenettinQrEstimator} with \( m = d \). By Pesin's identity it equals
 * the Kolmogorov-Sinai entropy for smooth systems with an SRB measure; as an objective it rewards every
 * expanding direction, not only the fastest. The running estimate is
 * \( \sum_i \max(\hat\lambda_i(t), 0) \). Cost: that of the full QR spectrum, \( O(d^3) \) per step.
 */
public final class PositiveExponentSumEstimator implements LyapunovEstimator {

    private final long seed;

    /** @param seed seed of the random start frame of the QR spectrum */
    public PositiveExponentSumEstimator(long seed) {
        this.seed = seed;
    }

    @Override
    public LyapunovEstimate estimate(DifferentiableMap map, double[] x0, int horizon) {
        Arguments.requireHorizon(horizon);
        LyapunovSpectrum spectrum = new BenettinQrEstimator(map.dimension(), seed).spectrum(map, x0, horizon);
        double[] running = new double[horizon];
        for (int i = 0; i < spectrum.count(); i++) {
            double[] exponent = spectrum.convergence(i).running();
            for (int t = 0; t < horizon; t++) {
                running[t] += Math.max(exponent[t], 0);
            }
        }
        return new LyapunovEstimate(spectrum.positiveSum(), Convergence.of(running));
    }
}
