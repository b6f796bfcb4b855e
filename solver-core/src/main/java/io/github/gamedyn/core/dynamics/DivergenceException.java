package io.github.gamedyn.core.dynamics;

/**
 * A run produced a non-finite number (NaN or \( \pm\infty \)): the state blew up, or a tangent vector
 * was stretched to infinity or collapsed to zero. Carries the step and the last finite state.
 */
public final class DivergenceException extends ArithmeticException {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_ENTRIES = 8;

    private final String reason;
    private final int step;
    private final double[] lastFiniteState;

    /**
     * @param what            what became non-finite, e.g. "state [NaN, 1.0]"
     * @param step            the step \( t \) at which it happened
     * @param lastFiniteState the state \( x_{t-1} \) before the failing step, copied. Not modified.
     */
    public DivergenceException(String what, int step, double[] lastFiniteState) {
        super("non-finite " + what + " at step " + step + "; last finite state " + format(lastFiniteState));
        this.reason = "non-finite " + what;
        this.step = step;
        this.lastFiniteState = lastFiniteState.clone();
    }

    /**
     * Throws if {@code state} has a non-finite entry.
     *
     * @param state    the state \( x_t \). Not modified.
     * @param step     \( t \)
     * @param previous the state \( x_{t-1} \). Not modified.
     * @throws DivergenceException if some entry of {@code state} is NaN or infinite
     */
    public static void requireFinite(double[] state, int step, double[] previous) {
        for (double v : state) {
            if (!Double.isFinite(v)) {
                throw new DivergenceException("state " + format(state), step, previous);
            }
        }
    }

    /** @return what became non-finite, e.g. {@code non-finite state [NaN, 1.0]} */
    public String reason() {
        return reason;
    }

    /** @return the step at which the run produced a non-finite value */
    public int step() {
        return step;
    }

    /** @return a copy of the last finite state before that step */
    public double[] lastFiniteState() {
        return lastFiniteState.clone();
    }

    static String format(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < Math.min(v.length, SHOWN_ENTRIES); i++) {
            s.append(i == 0 ? "" : ", ").append(v[i]);
        }
        if (v.length > SHOWN_ENTRIES) {
            s.append(", ... (").append(v.length).append(" entries)");
        }
        return s.append(']').toString();
    }
}
