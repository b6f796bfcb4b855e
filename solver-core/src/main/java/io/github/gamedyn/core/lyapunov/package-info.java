/**
 * Lyapunov exponents of maps (and of flows through their time-\( \tau \) maps), their gradients with respect
 * to the starting point, and landscapes of them over planes of starting points.
 *
 * <p>Scalar estimators implement {@link io.github.gamedyn.core.lyapunov.LyapunovEstimator}:
 * {@link io.github.gamedyn.core.lyapunov.TransportedVectorEstimator} (with the reverse-mode gradient),
 * {@link io.github.gamedyn.core.lyapunov.FiniteHorizonSvdEstimator},
 * {@link io.github.gamedyn.core.lyapunov.PerStepUpperBoundEstimator},
 * {@link io.github.gamedyn.core.lyapunov.PositiveExponentSumEstimator}; the top-\( m \) spectrum comes from
 * {@link io.github.gamedyn.core.lyapunov.BenettinQrEstimator}. Every result carries a
 * {@link io.github.gamedyn.core.lyapunov.Convergence} diagnostic.
 * <pre>{@code
 * LyapunovSpectrum s = new BenettinQrEstimator(2, 1).spectrum(henon, x0, 100_000);
 * double lambda1 = s.exponent(0);                 // about 0.419 for a = 1.4, b = 0.3
 * boolean settled = s.convergence(0).spread() < 1e-3;
 * }</pre>
 */
package io.github.gamedyn.core.lyapunov;
