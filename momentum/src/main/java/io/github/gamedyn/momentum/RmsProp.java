package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * RMSProp (Tieleman and Hinton, 2012): \(v \leftarrow \beta v + (1-\beta)g^2\),
 * \(\omega \leftarrow \omega - \alpha g/(\sqrt v + \varepsilon)\), no bias correction, v starting
 * at 0. Where v = 0 the derivative with respect to v is taken as 0 (exact when g = 0 too; see
 * {@link Dual#sqrt()}).
 */
public final class RmsProp implements BaseRule {
    /** The catalogue entry {@code rmsprop}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("rmsprop",
            "RMSProp, v <- beta v + (1 - beta) g^2",
            List.of(Hyperparameter.stepSize(0.001), new Hyperparameter("beta",
                            new Complex(0.9, 0), Hyperparameter.Domain.HALF_OPEN_UNIT_INTERVAL,
                            "second-moment decay"),
                    Hyperparameter.epsilon()),
            s -> new RmsProp(s.real("alpha"), s.real("beta"), s.real("epsilon")));

    private final double alpha;
    private final double beta;
    private final double epsilon;

    /**
     * @param alpha the step size, &gt; 0
     * @param beta the second-moment decay, in [0, 1)
     * @param epsilon added to \(\sqrt v\), &gt; 0
     */
    public RmsProp(double alpha, double beta, double epsilon) {
        this.alpha = METHOD.check("alpha", alpha);
        this.beta = METHOD.check("beta", beta);
        this.epsilon = METHOD.check("epsilon", epsilon);
    }

    @Override
    public int buffers() {
        return 1;
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual v = current.buffer(0).times(beta).plus(g.times(1 - beta).times(g));
        Dual step = g.times(alpha).divide(v.sqrt().plus(epsilon));
        return Coordinates.of(current.parameters().minus(step), v);
    }

    @Override
    public String toString() {
        return "rmsprop(alpha=" + alpha + ", beta=" + beta + ", epsilon=" + epsilon + ")";
    }
}
