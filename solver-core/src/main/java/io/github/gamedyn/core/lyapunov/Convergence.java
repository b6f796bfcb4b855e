package io.github.gamedyn.core.lyapunov;

/**
 * The running estimate \( \hat\lambda(t) \), \( t = 1..k \), of a Lyapunov estimator after each step, and
 * its spread over the last quarter of the run,
 * \( \max_{t \in W} \hat\lambda(t) - \min_{t \in W} \hat\lambda(t) \),
 * \( W = \{k - \lfloor k/4 \rfloor, \dots, k\} \).
 *
 * <p>A spread small against the tolerance you need means the estimate has settled; a large spread means the
 * horizon still shows the transient (or the exponent is genuinely finite-time, as near a bifurcation).
 * For \( k \lt 4 \) the window holds the last step only and the spread is 0, which says nothing.
 */
public final class Convergence {

    private final double[] running;
    private final double spread;

    private Convergence(double[] running) {
        this.running = running;
        int k = running.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = k - k / 4; t <= k; t++) {
            min = Math.min(min, running[t - 1]);
            max = Math.max(max, running[t - 1]);
        }
        this.spread = max - min;
    }

    /** @param running estimate after step t at index t - 1, length k &gt;= 1; kept, not copied */
    static Convergence of(double[] running) {
        return new Convergence(running);
    }

    /** @return the horizon \( k \), the number of steps run */
    public int steps() {
        return running.length;
    }

    /**
     * @param step \( t \) in \( 1..k \)
     * @return the estimate \( \hat\lambda(t) \) after \( t \) steps
     */
    public double running(int step) {
        if (step < 1 || step > running.length) {
            throw new IllegalArgumentException("step = " + step + "; allowed: 1 <= step <= " + running.length);
        }
        return running[step - 1];
    }

    /** @return a copy of the running estimates, \( \hat\lambda(t) \) at index \( t - 1 \) */
    public double[] running() {
        return running.clone();
    }

    /** @return max minus min of the running estimate over the last quarter of the steps */
    public double spread() {
        return spread;
    }

    /** @return the running estimates multiplied by {@code factor} (e.g. \( 1/\tau \) for a flow) */
    Convergence scaled(double factor) {
        double[] scaled = new double[running.length];
        for (int t = 0; t < scaled.length; t++) {
            scaled[t] = running[t] * factor;
        }
        return new Convergence(scaled);
    }
}
