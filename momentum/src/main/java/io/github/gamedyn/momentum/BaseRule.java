package io.github.gamedyn.momentum;

/**
 * The elementwise part of a learning rule: how one coordinate \(\omega_c\) and its buffers move
 * given the c-th entry \(g_c\) of an update direction (the simultaneous gradient ξ or a field
 * built from it).
 *
 * <p>Augmented state layout, d = dimension of ω, m = {@link #buffers()}:
 * \((\omega, b^{(1)}, \dots, b^{(m)}, s)\) where each buffer \(b^{(k)} \in \mathbb{R}^d\) sits at
 * offset kd and the shared scalars s (step-count terms such as Adam's \(\beta_1^t\)) follow. The
 * shared scalars advance linearly, once per step, before any coordinate moves; a fixed point of
 * the augmented map has every buffer and shared scalar at 0.
 */
abstract class BaseRule {
    /** d. */
    final int dimension;

    BaseRule(int dimension) {
        this.dimension = dimension;
    }

    /** m, the real buffers per coordinate. */
    abstract int buffers();

    /** The number of shared scalars. */
    int sharedScalars() {
        return 0;
    }

    /** Length of the augmented state. */
    final int stateDimension() {
        return dimension * (1 + buffers()) + sharedScalars();
    }

    /** Offset of the shared scalars in the state. */
    final int sharedOffset() {
        return dimension * (1 + buffers());
    }

    /**
     * Writes the shared scalars of a fresh run.
     *
     * @param state the augmented state; only the shared slots are written. Modified.
     */
    void initialiseShared(double[] state) {
    }

    /**
     * The constant matrix of the linear shared-scalar update s ← Bs, row-major, or an empty array.
     */
    double[] sharedMatrix() {
        return new double[0];
    }

    /**
     * Advances the shared scalars in place, s ← Bs.
     *
     * @param state the augmented state. Modified.
     */
    final void advanceShared(double[] state) {
        int n = sharedScalars();
        if (n == 0) {
            return;
        }
        double[] b = sharedMatrix();
        int o = sharedOffset();
        double[] s = new double[n];
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int c = 0; c < n; c++) {
                sum += b[r * n + c] * state[o + c];
            }
            s[r] = sum;
        }
        System.arraycopy(s, 0, state, o, n);
    }

    /**
     * Moves coordinates {@code from} to {@code to − 1} and their buffers, in place, reading the
     * shared scalars already advanced.
     *
     * @param state the augmented state. Modified.
     * @param g the direction, length d; entries {@code [from, to)} are used. Not modified.
     */
    abstract void update(double[] state, double[] g, int from, int to);

    /**
     * The local partial derivatives of coordinate c's update. Outputs (rows) and inputs (columns)
     * are ordered \((\omega_c, b^{(1)}_c, \dots, b^{(m)}_c)\), inputs followed by the shared
     * scalars.
     *
     * @param state the augmented state before the update, shared scalars advanced. Not modified.
     * @param g the c-th direction entry
     * @param c the coordinate
     * @param dState receives the (m+1)×(m+1+shared) partials, row-major. Modified.
     * @param dG receives the m+1 partials with respect to g. Modified.
     */
    abstract void partials(double[] state, double g, int c, double[] dState, double[] dG);
}
