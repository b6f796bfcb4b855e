package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Adam (Kingma and Ba, ICLR 2015): \(m \leftarrow \beta_1 m + (1-\beta_1)g\),
 * \(v \leftarrow \beta_2 v + (1-\beta_2)g^2\), \(\hat m = m/(1-\beta_1^t)\),
 * \(\hat v = v/(1-\beta_2^t)\), \(\omega \leftarrow \omega - \alpha\hat m/(\sqrt{\hat v} +
 * \varepsilon)\).
 *
 * <p>The powers \(\beta_1^t, \beta_2^t\) are shared scalars of the augmented state (starting at
 * 1, multiplied by \(\beta_1, \beta_2\) before each step), which makes the update an autonomous
 * map whose Jacobian the duals give; where \(\hat v_c = 0\) the derivative with respect to
 * \(v_c\) is taken as 0 (exact when \(\hat m_c = 0\) too, as at every fixed state; see
 * {@link Dual#sqrt()}).
 */
public final class Adam implements BaseRule {
    /** The catalogue entry {@code adam}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("adam",
            "Adam with bias correction",
            List.of(Hyperparameter.stepSize(0.001), new Hyperparameter("beta1",
                            new Complex(0.9, 0), Hyperparameter.Domain.HALF_OPEN_UNIT_INTERVAL,
                            "first-moment decay"),
                    Hyperparameter.secondMomentDecay(), Hyperparameter.epsilon()),
            s -> new Adam(s.real("alpha"), s.real("beta1"), s.real("beta2"), s.real("epsilon")));

    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Dual decays;

    /**
     * @param alpha the step size, &gt; 0
     * @param beta1 the first-moment decay, in [0, 1)
     * @param beta2 the second-moment decay, in [0, 1)
     * @param epsilon added to \(\sqrt{\hat v}\), &gt; 0
     */
    public Adam(double alpha, double beta1, double beta2, double epsilon) {
        this.alpha = METHOD.check("alpha", alpha);
        this.beta1 = METHOD.check("beta1", beta1);
        this.beta2 = METHOD.check("beta2", beta2);
        this.epsilon = METHOD.check("epsilon", epsilon);
        this.decays = Dual.constant(beta1, beta2);
    }

    @Override
    public int buffers() {
        return 2;
    }

    @Override
    public int sharedScalars() {
        return 2;
    }

    @Override
    public double[] initialShared() {
        return new double[] {1, 1};
    }

    @Override
    public Dual advanceShared(Dual shared) {
        return shared.times(decays);
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual q1 = shared.slice(0, 1).subtractedFrom(1);
        Dual q2 = shared.slice(1, 2).subtractedFrom(1);
        Dual m = Dual.scaledSum(beta1, current.buffer(0), 1 - beta1, g);
        Dual v = current.buffer(1).times(beta2).plus(g.times(1 - beta2).times(g));
        Dual step = m.divide(q1).times(alpha).divide(v.divide(q2).sqrt().plus(epsilon));
        return Coordinates.of(current.parameters().minus(step), m, v);
    }

    @Override
    public String toString() {
        return "adam(alpha=" + alpha + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon="
                + epsilon + ")";
    }
}
