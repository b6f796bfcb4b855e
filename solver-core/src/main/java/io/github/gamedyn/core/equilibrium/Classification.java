package io.github.gamedyn.core.equilibrium;

import org.apache.commons.math3.complex.Complex;

/**
 * The type of a fixed point \(\omega^*\) of the gradient flow \(\omega' = -\xi(\omega)\), read off the
 * eigenvalues \(\lambda\) of \(\hat H(\omega^*)\). A real part counts as zero when
 * \(|\mathrm{Re}\,\lambda| \le \tau\), with \(\tau = 10^{-9}\max(1, \max|\lambda|)\). In order:
 * saddle if real parts of both signs occur; unstable if a negative one does; degenerate if an
 * eigenvalue is zero; rotational if one is purely imaginary; stable otherwise.
 */
public enum Classification {
    /** Every \(\mathrm{Re}\,\lambda \gt 0\): attracting (a local Nash equilibrium when Ĥ's diagonal blocks are positive definite). */
    STABLE("stable", "every eigenvalue has positive real part: learning with small steps converges"),
    /** Some \(\mathrm{Re}\,\lambda \lt 0\) and none \(\gt 0\): repelling along some direction, attracting along none. */
    UNSTABLE("unstable", "an eigenvalue has negative real part: learning is pushed away"),
    /** Real parts of both signs: attracting along some directions, repelling along others. */
    SADDLE("saddle", "eigenvalues with positive and with negative real parts"),
    /** No negative real part, some \(\lambda\) purely imaginary (\(\mathrm{Im}\,\lambda \ne 0\)), none zero: rotation without contraction, as at the Nash equilibrium of matching pennies or bilinear games. */
    ROTATIONAL("rotational", "eigenvalues on the imaginary axis: learning circles the point"),
    /** No negative real part and some \(\lambda = 0\): not isolated (e.g. the line of fixed points of the tandem game), the linearisation does not decide. */
    DEGENERATE("degenerate", "a zero eigenvalue: the linearisation does not decide");

    private final String label;
    private final String meaning;

    Classification(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The lower-case name printed and written to JSON. */
    public String label() {
        return label;
    }

    /** One line saying what the class means for learning. */
    public String meaning() {
        return meaning;
    }

    /**
     * Classifies a spectrum.
     *
     * @param eigenvalues the eigenvalues of Ĥ at the fixed point (at least one). Not modified.
     */
    public static Classification of(Complex[] eigenvalues) {
        if (eigenvalues == null || eigenvalues.length == 0) {
            throw new IllegalArgumentException("eigenvalues is empty; need the spectrum of Ĥ");
        }
        double scale = 1;
        for (Complex l : eigenvalues) {
            if (l.isNaN() || l.isInfinite()) {
                throw new IllegalArgumentException("eigenvalue " + l + " is not finite");
            }
            scale = Math.max(scale, l.abs());
        }
        double tau = 1e-9 * scale;
        boolean positive = false;
        boolean negative = false;
        boolean imaginary = false;
        boolean zero = false;
        for (Complex l : eigenvalues) {
            if (l.getReal() > tau) {
                positive = true;
            } else if (l.getReal() < -tau) {
                negative = true;
            } else if (Math.abs(l.getImaginary()) > tau) {
                imaginary = true;
            } else {
                zero = true;
            }
        }
        if (negative) {
            return positive ? SADDLE : UNSTABLE;
        }
        if (zero) {
            return DEGENERATE;
        }
        return imaginary ? ROTATIONAL : STABLE;
    }

    /**
     * The learning-rate threshold of simultaneous gradient descent,
     * \(\alpha^* = \min_{\mathrm{Re}\,\lambda \gt 0} 2\,\mathrm{Re}\,\lambda / |\lambda|^2\): the update
     * \(I - \alpha\hat H\) has the eigenvalue \(1 - \alpha\lambda\), and \(|1 - \alpha\lambda| \lt 1\)
     * iff \(0 \lt \alpha \lt 2\,\mathrm{Re}\,\lambda/|\lambda|^2\). Beyond \(\alpha^*\) a stable fixed point
     * loses discrete-time stability (at a complex pair: a Neimark–Sacker / discrete Hopf
     * bifurcation). Eigenvalues with \(\mathrm{Re}\,\lambda \le 0\) are unstable for every
     * \(\alpha \gt 0\) and do not enter the minimum.
     *
     * @param eigenvalues the eigenvalues of Ĥ. Not modified.
     * @return \(\alpha^*\), or {@code Double.POSITIVE_INFINITY} when no eigenvalue has a positive
     *         real part
     */
    public static double learningRateThreshold(Complex[] eigenvalues) {
        double best = Double.POSITIVE_INFINITY;
        for (Complex l : eigenvalues) {
            if (l.getReal() > 0) {
                double m = l.abs();
                best = Math.min(best, 2 * l.getReal() / (m * m));
            }
        }
        return best;
    }
}
