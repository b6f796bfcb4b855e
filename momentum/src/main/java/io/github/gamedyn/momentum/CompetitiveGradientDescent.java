package io.github.gamedyn.momentum;

import java.util.List;

/**
 * Competitive gradient descent (Schäfer and Anandkumar, NeurIPS 2019): the Nash equilibrium of
 * the players' local bilinear approximations, \(g = (I + \alpha H_o)^{-1}\xi\); with gradient
 * descent as base rule, \(\omega \leftarrow \omega - \alpha g\). For two players this is their
 * update \(\Delta x = -\alpha(I - \alpha^2 D^2_{xy}f D^2_{yx}g)^{-1}(\nabla_x f - \alpha
 * D^2_{xy}f\nabla_y g)\). One joint system: no alternating form.
 *
 * <p>The system \(Mg = \xi\), \(M = I + \alpha H_o\), is solved matrix-free by conjugate
 * gradients on the normal equations \(M^{\mathsf T}Mz = M^{\mathsf T}\xi\), whose products use
 * only \(H_o v\) and \(H_o^{\mathsf T}v\) at one point: symmetric positive definite for every game
 * (general-sum included) and exact in at most d iterations; an exact zero residual or curvature
 * ends it, so 1-D players are safe. Every solve starts from 0, so the map is the run, bit for bit.
 * For α &gt; 1 the system is solved as \((M/c)(cg) = \xi\) with c the power of two just below α:
 * scaling by a power of two is exact, so the iterates are those of the unscaled system bit for
 * bit, but the curvatures \(p^{\mathsf T}M^{\mathsf T}Mp\), which grow like α⁴, no longer overflow
 * for large α (the direction then tends to its α → ∞ limit instead of collapsing to 0). The
 * tangents follow by implicit differentiation of \((M/c)g = \xi/c\),
 * \(\dot g = (M/c)^{-1}(\dot\xi/c - (\dot M/c)g)\), solved the same way at the same point.
 */
public final class CompetitiveGradientDescent implements GradientField {
    /** The catalogue entry {@code cgd}. */
    public static final OptimizerMethod METHOD = OptimizerMethod.field("cgd",
            "competitive gradient descent, (I + alpha H_o)^{-1} xi",
            List.of(Hyperparameter.stepSize(0.1)),
            s -> new CompetitiveGradientDescent(s.real("alpha"))).simultaneousOnly();

    private static final double TOLERANCE = 1e-13;

    private final double alpha;
    /** c, a power of two: the system is M/c = I/c + (α/c)H_o, with α/c in [1, 2). */
    private final double scale;
    private final double scaledAlpha;

    /** @param alpha α &gt; 0 */
    public CompetitiveGradientDescent(double alpha) {
        this.alpha = METHOD.check("alpha", alpha);
        this.scale = alpha > 1 ? Math.scalb(1.0, Math.getExponent(alpha)) : 1;
        this.scaledAlpha = alpha / scale;
    }

    @Override
    public Dual direction(DualGame game, Dual w) {
        if (w.hasSecondOrder()) {
            throw new UnsupportedOperationException("cgd of second-order duals: its second "
                    + "derivative needs fourth derivatives of the losses");
        }
        Dual xi = game.simultaneousGradient(w);
        Dual at = w.primal();
        double[] g = solve(game, at, xi.valueArray());
        for (int i = 0; i < g.length; i++) {
            g[i] /= scale;
        }
        if (!xi.hasDerivatives()) {
            return Dual.wrap(g);
        }
        // the tangents of (M(ω)/c)g with g held fixed are (Ṁ/c)g
        Dual mg = apply(game, w, Dual.wrap(g));
        double[][] t = new double[xi.directions()][];
        for (int k = 0; k < t.length; k++) {
            double[] xk = xi.tangent(k);
            double[] mk = mg.tangent(k);
            double[] rhs = new double[g.length];
            for (int i = 0; i < rhs.length; i++) {
                rhs[i] = (xk == null ? 0 : xk[i] / scale) - (mk == null ? 0 : mk[i]);
            }
            t[k] = solve(game, at, rhs);
        }
        return Dual.variable(g, t);
    }

    /** \((M/c)v = v/c + (\alpha/c)H_o v\). */
    private Dual apply(DualGame game, Dual w, Dual v) {
        return v.divide(scale).plus(game.offDiagonalProduct(w, v).times(scaledAlpha));
    }

    /** \((M/c)^{\mathsf T}v\). */
    private Dual applyTranspose(DualGame game, Dual w, Dual v) {
        return v.divide(scale).plus(game.offDiagonalTransposeProduct(w, v).times(scaledAlpha));
    }

    /**
     * \((M/c)^{-1}b\) by conjugate gradients on the normal equations from 0, at the point
     * {@code w} (values only).
     */
    private double[] solve(DualGame game, Dual w, double[] b) {
        int d = b.length;
        Dual rhs = applyTranspose(game, w, Dual.wrap(b));
        Dual z = Dual.zeros(d);
        Dual r = rhs;
        Dual p = r;
        double rr = r.dot(r).value(0);
        double stop = TOLERANCE * TOLERANCE * Math.max(rhs.dot(rhs).value(0), Double.MIN_NORMAL);
        for (int it = 0; it < 10 * d && rr > stop; it++) {
            Dual ap = applyTranspose(game, w, apply(game, w, p));
            double pap = p.dot(ap).value(0);
            if (pap <= 0) {
                break;
            }
            double step = rr / pap;
            z = z.plus(p.times(step));
            r = r.minus(ap.times(step));
            double next = r.dot(r).value(0);
            double ratio = next / rr;
            rr = next;
            p = r.plus(p.times(ratio));
        }
        return z.values();
    }

    @Override
    public String toString() {
        return "cgd(alpha=" + alpha + ")";
    }
}
