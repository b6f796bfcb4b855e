package io.github.gamedyn.momentum;

import java.util.List;
import org.apache.commons.math3.complex.Complex;

/**
 * Stable opponent shaping (Letcher, Foerster, Balduzzi, Rocktäschel, Whiteson, ICLR 2019,
 * Algorithm 1): \(g = \xi_0 - p\alpha\chi\) with \(\xi_0 = (I - \alpha H_o)\xi\), χ the LOLA
 * shaping term and \(p = \min(p_1, p_2)\):
 * <ul>
 *   <li>\(p_1 = 1\) if \(\langle -\alpha\chi, \xi_0\rangle \ge 0\), else
 *       \(\min(1, -a\|\xi_0\|^2/\langle -\alpha\chi, \xi_0\rangle)\) (shaping never turns g
 *       against \(\xi_0\) by more than a);</li>
 *   <li>\(p_2 = \|\xi\|^2\) if \(\|\xi\| &lt; b\), else 1 (shaping fades near fixed points, which
 *       SOS therefore shares with LookAhead).</li>
 * </ul>
 * Defaults a = 0.5, b = 0.1. The derivative is that of the active branch of p.
 */
public final class StableOpponentShaping implements GradientField {
    /** The catalogue entry {@code sos}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("sos",
            "stable opponent shaping, (I - alpha H_o) xi - p alpha chi",
            List.of(Hyperparameter.stepSize(0.1),
                    new Hyperparameter("a", new Complex(0.5, 0),
                            Hyperparameter.Domain.OPEN_UNIT_INTERVAL, "alignment bound of p_1"),
                    new Hyperparameter("b", new Complex(0.1, 0),
                            Hyperparameter.Domain.POSITIVE_REAL,
                            "gradient-norm threshold of p_2")),
            s -> new StableOpponentShaping(s.real("alpha"), s.real("a"), s.real("b")));

    private final double alpha;
    private final double a;
    private final double b;

    /**
     * @param alpha the look-ahead rate, &gt; 0
     * @param a the alignment bound, in (0, 1)
     * @param b the gradient-norm threshold, &gt; 0
     */
    public StableOpponentShaping(double alpha, double a, double b) {
        this.alpha = METHOD.check("alpha", alpha);
        this.a = METHOD.check("a", a);
        this.b = METHOD.check("b", b);
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        Dual xi = game.simultaneousGradient(w);
        Dual xi0 = LookAhead.direction(game, w, xi, alpha);
        Dual chi = Lola.shapingTerm(game, w);
        Dual inner = chi.dot(xi0).times(-alpha);
        Dual p = Dual.constant(1);
        if (inner.value(0) < 0) {
            Dual candidate = xi0.dot(xi0).times(-a).divide(inner);
            if (candidate.value(0) < 1) {
                p = candidate;
            }
        }
        Dual norm2 = xi.dot(xi);
        if (Math.sqrt(norm2.value(0)) < b && norm2.value(0) < p.value(0)) {
            p = norm2;
        }
        return xi0.minus(chi.times(p.times(alpha)));
    }

    @Override
    public String toString() {
        return "sos(alpha=" + alpha + ", a=" + a + ", b=" + b + ")";
    }
}
