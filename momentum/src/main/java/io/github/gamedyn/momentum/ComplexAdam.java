package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Complex Adam (Lorraine, Acuna, Vicol, Duvenaud, AISTATS 2022, §3.3): Adam whose first-moment
 * decay \(\beta_1\) is complex, \(|\beta_1| &lt; 1\), with a real second moment:
 * <pre>
 *   m ← β₁ m + (1 − β₁) g                 (complex)
 *   v ← β₂ v + (1 − β₂) g²                (real)
 *   ω ← ω − α Re(m̂) / (√v̂ + ε)
 * </pre>
 * <b>Bias correction:</b> \(\hat m = m/(1 - \beta_1^t)\) with the complex power \(\beta_1^t\) and
 * complex division, \(\hat v = v/(1 - \beta_2^t)\). This is the correction that makes
 * \(\hat m\) an average with weights summing to one, \(\sum_{k=0}^{t-1}(1-\beta_1)\beta_1^k = 1 -
 * \beta_1^t\), so a constant gradient g gives \(\hat m = g\) exactly, as for Adam.
 *
 * <p>State: ω, Re m, Im m, v, then the shared powers \(\Re\beta_1^t, \Im\beta_1^t, \beta_2^t\).
 * Complex products are written so that a real \(\beta_1\) adds exact zeros, and the division
 * uses Smith's algorithm, which divides by the real denominator directly when its imaginary part
 * is 0: with real \(\beta_1\) the parameters follow {@link Adam} bit for bit.
 */
public final class ComplexAdam implements BaseRule {
    /** The catalogue entry {@code complex-adam}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.baseRule("complex-adam",
            "Adam with complex first-moment decay; update from Re of the bias-corrected moment",
            List.of(Hyperparameter.stepSize(0.001), new Hyperparameter("beta1",
                            Complex.valueOf(0.9).multiply(
                                    new Complex(Math.cos(Math.PI / 8), Math.sin(Math.PI / 8))),
                            Hyperparameter.Domain.OPEN_UNIT_DISC, "complex first-moment decay"),
                    Hyperparameter.secondMomentDecay(), Hyperparameter.epsilon()),
            s -> new ComplexAdam(s.real("alpha"), s.value("beta1"), s.real("beta2"),
                    s.real("epsilon")));

    private final double alpha;
    private final double betaRe;
    private final double betaIm;
    private final double beta2;
    private final double epsilon;

    /**
     * @param alpha the step size, &gt; 0
     * @param beta1 the complex first-moment decay, |β₁| &lt; 1
     * @param beta2 the second-moment decay, in [0, 1)
     * @param epsilon added to \(\sqrt{\hat v}\), &gt; 0
     */
    public ComplexAdam(double alpha, Complex beta1, double beta2, double epsilon) {
        this.alpha = METHOD.check("alpha", alpha);
        METHOD.check("beta1", beta1);
        this.betaRe = beta1.getReal();
        this.betaIm = beta1.getImaginary();
        this.beta2 = METHOD.check("beta2", beta2);
        this.epsilon = METHOD.check("epsilon", epsilon);
    }

    @Override
    public int buffers() {
        return 3;
    }

    @Override
    public int sharedScalars() {
        return 3;
    }

    @Override
    public double[] initialShared() {
        return new double[] {1, 0, 1};
    }

    /** \(\beta_1^t \leftarrow \beta_1\beta_1^t\) (complex), \(\beta_2^t \leftarrow \beta_2\beta_2^t\). */
    @Override
    public Dual advanceShared(Dual shared) {
        Dual re = shared.slice(0, 1);
        Dual im = shared.slice(1, 2);
        return Dual.concat(Dual.scaledSum(betaRe, re, -betaIm, im),
                Dual.scaledSum(betaIm, re, betaRe, im), shared.slice(2, 3).times(beta2));
    }

    @Override
    public Coordinates update(Coordinates current, Dual g, Dual shared) {
        Dual qRe = shared.slice(0, 1).subtractedFrom(1);
        Dual qIm = shared.slice(1, 2).negate();
        Dual q2 = shared.slice(2, 3).subtractedFrom(1);
        Dual mRe = current.buffer(0);
        Dual mIm = current.buffer(1);
        Dual newRe = Dual.scaledSum(betaRe, mRe, -betaIm, mIm).plus(g.times(1 - betaRe));
        Dual newIm = Dual.scaledSum(betaIm, mRe, betaRe, mIm).minus(g.times(betaIm));
        Dual v = current.buffer(2).times(beta2).plus(g.times(1 - beta2).times(g));
        Dual mHat = realPartOfQuotient(newRe, newIm, qRe, qIm);
        Dual step = mHat.times(alpha).divide(v.divide(q2).sqrt().plus(epsilon));
        return Coordinates.of(current.parameters().minus(step), newRe, newIm, v);
    }

    /** Re(a/b) by Smith's algorithm, b a complex scalar. */
    private static Dual realPartOfQuotient(Dual aRe, Dual aIm, Dual bRe, Dual bIm) {
        if (Math.abs(bIm.value(0)) <= Math.abs(bRe.value(0))) {
            Dual r = bIm.divide(bRe);
            return aRe.plus(aIm.times(r)).divide(bRe.plus(bIm.times(r)));
        }
        Dual r = bRe.divide(bIm);
        return aRe.times(r).plus(aIm).divide(bRe.times(r).plus(bIm));
    }

    @Override
    public String toString() {
        return "complex-adam(alpha=" + alpha + ", beta1="
                + ComplexFormat.format(new Complex(betaRe, betaIm)) + ", beta2=" + beta2
                + ", epsilon=" + epsilon + ")";
    }
}
