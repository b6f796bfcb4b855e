package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Competitive gradient descent (Schäfer and Anandkumar, NeurIPS 2019): the Nash equilibrium of
 * the players' local bilinear approximations, \(g = (I + \alpha H_o)^{-1}\xi\); with gradient
 * descent as base rule, \(\omega \leftarrow \omega - \alpha g\). For two players this is their
 * update \(\Delta x = -\alpha(I - \alpha^2 D^2_{xy}f D^2_{yx}g)^{-1}(\nabla_x f - \alpha
 * D^2_{xy}f\nabla_y g)\).
 *
 * <p>The system is solved matrix-free by conjugate gradients on the normal equations
 * \(M^{\mathsf T}Mz = M^{\mathsf T}\xi\), \(M = I + \alpha H_o\), whose products use only the
 * mixed products \(H_o v\) and \(H_o^{\mathsf T}v\): this is symmetric positive definite for every
 * game (general-sum included) and exact in at most d iterations; an exact zero residual or
 * curvature ends it, so 1-D players are safe. In a run, each solve is warm-started from the
 * previous direction; the stateless map starts from 0, so it reproduces a run to within the
 * tolerance (relative residual 1e-13) rather than bit for bit. For α &gt; 1 the system is solved
 * as \((M/c)(cz) = \xi\) with c the power of two just below α: scaling by a power of two is exact,
 * so the iterates are those of the unscaled system bit for bit, but the curvatures
 * \(p^{\mathsf T}M^{\mathsf T}Mp\), which grow like α⁴, no longer overflow for large α (the
 * direction then tends to its α → ∞ limit instead of collapsing to 0). Jacobian
 * \(M^{-1}(\hat H - \alpha\,\partial(H_o z)|_{z\ fixed})\).
 */
final class CompetitiveGradientDescent implements GradientField {
    private static final double TOLERANCE = 1e-13;

    private final Game game;
    private final double alpha;
    /** c, a power of two: the system is M/c = I/c + (α/c)H_o, with α/c in [1, 2). */
    private final double scale;
    private final double scaledAlpha;

    CompetitiveGradientDescent(Game game, double alpha) {
        this.game = game;
        this.alpha = alpha;
        this.scale = alpha > 1 ? Math.scalb(1.0, Math.getExponent(alpha)) : 1;
        this.scaledAlpha = alpha / scale;
    }

    @Override
    public double[] value(double[] w) {
        return value(w, null);
    }

    @Override
    public double[] value(double[] w, double[] warmStart) {
        double[] xi = game.simultaneousGradient(w);
        int d = xi.length;
        // z is the solution of the scaled system, c times the direction
        double[] z = new double[d];
        if (warmStart != null) {
            for (int i = 0; i < d; i++) {
                z[i] = warmStart[i] * scale;
            }
        }
        double[] rhs = applyTranspose(w, xi);
        double[] r = rhs.clone();
        double[] az = normalProduct(w, z);
        for (int i = 0; i < d; i++) {
            r[i] -= az[i];
        }
        double[] p = r.clone();
        double rr = GameProducts.dot(r, r);
        double stop = TOLERANCE * TOLERANCE * Math.max(GameProducts.dot(rhs, rhs), Double.MIN_NORMAL);
        for (int it = 0; it < 10 * d && rr > stop; it++) {
            double[] ap = normalProduct(w, p);
            double pap = GameProducts.dot(p, ap);
            if (pap <= 0) {
                break;
            }
            double step = rr / pap;
            for (int i = 0; i < d; i++) {
                z[i] += step * p[i];
                r[i] -= step * ap[i];
            }
            double next = GameProducts.dot(r, r);
            double ratio = next / rr;
            rr = next;
            for (int i = 0; i < d; i++) {
                p[i] = r[i] + ratio * p[i];
            }
        }
        for (int i = 0; i < d; i++) {
            z[i] /= scale;
        }
        return z;
    }

    /** (M/c)v. */
    private double[] apply(double[] w, double[] v) {
        double[] out = GameProducts.offDiagonalProduct(game, w, v);
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / scale + scaledAlpha * out[i];
        }
        return out;
    }

    /** (M/c)ᵀv. */
    private double[] applyTranspose(double[] w, double[] v) {
        double[] out = GameProducts.offDiagonalTransposeProduct(game, w, v);
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / scale + scaledAlpha * out[i];
        }
        return out;
    }

    private double[] normalProduct(double[] w, double[] v) {
        return applyTranspose(w, apply(w, v));
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        int d = w.length;
        double[] z = value(w);
        DMatrixRMaj h = game.jacobian(w);
        DMatrixRMaj m = GameProducts.offDiagonal(game, h);
        CommonOps_DDRM.scale(alpha, m);
        for (int i = 0; i < d; i++) {
            m.add(i, i, 1);
        }
        DMatrixRMaj rhs = new DMatrixRMaj(d, d);
        CommonOps_DDRM.add(h, -alpha, GameProducts.offDiagonalProductDerivative(game, w, z), rhs);
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        if (!CommonOps_DDRM.solve(m, rhs, out)) {
            throw new ArithmeticException("I + alpha H_o is singular at this point");
        }
        return out;
    }
}
