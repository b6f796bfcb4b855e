package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Lyapunov estimators by name, with the settings the command line and the landscape jobs use:
 * the transported vector from \(u_0 = (1,\dots,1)/\sqrt d\), the finite-horizon SVD, the per-step
 * upper bound, the full QR spectrum (seed 0) and the sum of its positive exponents (seed 0).
 */
public enum LyapunovMethod {
    /** {@link TransportedVectorEstimator} from \(u_0 = (1,\dots,1)/\sqrt d\). */
    TRANSPORTED("transported"),
    /** {@link FiniteHorizonSvdEstimator}. */
    FINITE_HORIZON("finite-horizon"),
    /** {@link PerStepUpperBoundEstimator}. */
    PER_STEP_BOUND("per-step-bound"),
    /** {@link BenettinQrEstimator}: all \(d\) exponents, start frame seed 0. */
    QR("qr"),
    /** {@link PositiveExponentSumEstimator}, seed 0. */
    POSITIVE_SUM("positive-sum");

    private final String label;

    LyapunovMethod(String label) {
        this.label = label;
    }

    /** The name, e.g. {@code finite-horizon}. */
    public String label() {
        return label;
    }

    /**
     * The method called {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the methods allowed
     */
    public static LyapunovMethod of(String name) {
        return Arrays.stream(values()).filter(e -> e.label.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("estimator '" + name
                        + "' is unknown; allowed: " + Arrays.stream(values())
                        .map(LyapunovMethod::label).collect(Collectors.joining(", "))));
    }

    /**
     * The exponents this method gives from {@code x0}, descending: one for the scalar estimators,
     * \(d\) for {@link #QR}.
     *
     * @param x0 the start. Not modified.
     * @throws io.github.gamedyn.core.dynamics.DivergenceException if the orbit or a tangent
     *     quantity becomes non-finite
     */
    public double[] exponents(DifferentiableMap map, double[] x0, int horizon) {
        int d = map.dimension();
        return switch (this) {
            case TRANSPORTED -> value(transported(d).estimate(map, x0, horizon));
            case FINITE_HORIZON -> value(new FiniteHorizonSvdEstimator().estimate(map, x0, horizon));
            case PER_STEP_BOUND -> value(new PerStepUpperBoundEstimator()
                    .estimate(map, x0, horizon));
            case QR -> new BenettinQrEstimator(d, 0).spectrum(map, x0, horizon).exponents();
            case POSITIVE_SUM -> value(new PositiveExponentSumEstimator(0)
                    .estimate(map, x0, horizon));
        };
    }

    /** The transported-vector estimator from \(u_0 = (1,\dots,1)/\sqrt d\). */
    static TransportedVectorEstimator transported(int d) {
        double[] u = new double[d];
        Arrays.fill(u, 1);
        return new TransportedVectorEstimator(u);
    }

    private static double[] value(LyapunovEstimate e) {
        return new double[] {e.value()};
    }
}
