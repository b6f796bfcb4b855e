package io.github.gamedyn.plots.cli;

import java.util.List;

/**
 * What a point is for the learning dynamics \(\dot\omega = -\xi(\omega)\) (the limit of
 * simultaneous gradient descent for small steps), decided from ξ and the eigenvalues of Ĥ.
 *
 * <p>The rule, in order (\(\epsilon_\lambda = 10^{-10}\lVert\hat H\rVert_F\)):
 * <ol>
 *   <li>not a fixed point, when \(\lVert\xi\rVert_2 > 10^{-8}\max(1,
 *       \lVert\hat H\rVert_F\lVert\omega\rVert_2)\): an absolute bound near the origin, relative
 *       to the size of the linear term \(\hat H\omega\) elsewhere, loose enough for an
 *       equilibrium typed with ten digits;</li>
 *   <li>saddle, when some eigenvalue has \(\operatorname{Re}\lambda > \epsilon_\lambda\) and some
 *       \(\operatorname{Re}\lambda < -\epsilon_\lambda\);</li>
 *   <li>unstable, when some eigenvalue has \(\operatorname{Re}\lambda < -\epsilon_\lambda\)
 *       (a repelling direction makes the point unstable whatever the others do);</li>
 *   <li>stable, when every eigenvalue has \(\operatorname{Re}\lambda > \epsilon_\lambda\);</li>
 *   <li>degenerate, when an eigenvalue is zero (\(|\lambda| \le \epsilon_\lambda\)): a continuum
 *       of fixed points or a higher-order point, on which the linearisation is silent;</li>
 *   <li>rotational otherwise: an eigenvalue pair on the imaginary axis, the rest attracting, so
 *       learning circles the point (matching pennies, bilinear games).</li>
 * </ol>
 */
enum Classification {
    STABLE("stable", "every eigenvalue has positive real part: learning with small steps converges"),
    UNSTABLE("unstable", "an eigenvalue has negative real part: learning is pushed away"),
    SADDLE("saddle", "eigenvalues with positive and with negative real parts"),
    ROTATIONAL("rotational", "eigenvalues on the imaginary axis: learning circles the point"),
    DEGENERATE("degenerate", "a zero eigenvalue: the linearisation does not decide"),
    NOT_A_FIXED_POINT("not a fixed point", "the simultaneous gradient is not zero here");

    private static final double FIXED_POINT_TOLERANCE = 1e-8;
    private static final double EIGENVALUE_TOLERANCE = 1e-10;

    private final String label;
    private final String meaning;

    Classification(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /**
     * Classifies a point by the rule above.
     *
     * @param pointNorm \(\lVert\omega\rVert_2\)
     * @param gradientNorm \(\lVert\xi(\omega)\rVert_2\)
     * @param jacobianNorm \(\lVert\hat H(\omega)\rVert_F\)
     * @param eigenpairs the eigenpairs of Ĥ(ω), one per conjugate pair
     */
    static Classification of(double pointNorm, double gradientNorm, double jacobianNorm,
                             List<EigenDirection> eigenpairs) {
        if (gradientNorm > FIXED_POINT_TOLERANCE * Math.max(1, jacobianNorm * pointNorm)) {
            return NOT_A_FIXED_POINT;
        }
        double eps = EIGENVALUE_TOLERANCE * jacobianNorm;
        boolean attracting = eigenpairs.stream().anyMatch(p -> p.value().getReal() > eps);
        boolean repelling = eigenpairs.stream().anyMatch(p -> p.value().getReal() < -eps);
        boolean zero = eigenpairs.stream().anyMatch(p -> p.value().abs() <= eps);
        boolean marginal = eigenpairs.stream().anyMatch(p -> Math.abs(p.value().getReal()) <= eps);
        if (attracting && repelling) {
            return SADDLE;
        }
        if (repelling) {
            return UNSTABLE;
        }
        if (!marginal) {
            return STABLE;
        }
        return zero ? DEGENERATE : ROTATIONAL;
    }

    /** The name printed and written to JSON. */
    String label() {
        return label;
    }

    /** One line saying what the class means for learning. */
    String meaning() {
        return meaning;
    }
}
