package io.github.gamedyn.core.lyapunov;

/** A Lyapunov estimate \( \hat\lambda(x_0) \) together with its gradient \( \nabla_{x_0}\hat\lambda \). */
public final class LyapunovGradient {

    private final double value;
    private final double[] gradient;

    /** @param gradient kept, not copied */
    LyapunovGradient(double value, double[] gradient) {
        this.value = value;
        this.gradient = gradient;
    }

    /** @return \( \hat\lambda(x_0) \) */
    public double value() {
        return value;
    }

    /** @return a copy of \( \nabla_{x_0}\hat\lambda \) */
    public double[] gradient() {
        return gradient.clone();
    }
}
