package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.UpdateRule;
import java.util.function.IntFunction;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Step (1) of GRR: the learning map F whose finite-time Lyapunov exponent the bifurcation search
 * maximises, \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0 u_0\|\), and by which
 * branches are judged. Simultaneous gradient descent \(\omega - \alpha\xi(\omega)\); or the update
 * of any other rule (a spec of the momentum module's catalogue, a user's included) on its augmented
 * state, the buffers starting as a fresh run's. The exponent has an exact gradient in \(\omega_0\)
 * for every map whose rule reaches the game through ξ only (its second derivatives then need third
 * derivatives of the losses, which games supply); the others are searched with Nelder–Mead.
 *
 * <p>The growth of an eigenmode (λ, v) of Ĥ(ω) is judged by the map's own linearisation: for
 * gradient descent \(|1 - \alpha\lambda|\); for a rule, the spectral radius of its augmented
 * Jacobian J at the fixed state over ω compressed to the mode's subspace \(\{(a, b_1, \dots, b_m) :
 * a, b_k \in \mathrm{span}(\mathrm{Re}\,v, \mathrm{Im}\,v)\}\) (ω and every buffer along the mode),
 * \(\rho(P^{\mathsf T}JP)\). That subspace is invariant when J is a block matrix of polynomials in Ĥ
 * (gradient descent, heavy ball, complex momentum, extragradient and optimistic gradient,
 * simultaneous), so the growth is then exactly the mode's per-eigenvalue ρ; for other maps it is
 * the growth of J restricted to the mode. Stateless after construction and thread-safe.
 */
final class LearningMap {

    /** The growth of eigenmodes of Ĥ at one point under the map's linearisation. */
    interface Growth {
        /**
         * @param value the eigenvalue λ
         * @param re Re v. Not modified.
         * @param im Im v (zero for a real eigenvector). Not modified.
         */
        double of(Complex value, double[] re, double[] im);
    }

    private final Game game;
    private final OptimizerSpec optimizer;
    private final GradientDescentMap descent;
    private final UpdateRule rule;
    private final SecondOrderMap map;
    private final TransportedVectorEstimator estimator;
    private final int horizon;

    /**
     * @param transported draws the transported vector \(u_0\) for a given state dimension
     * @throws IllegalArgumentException if the search is by gradient ascent and the map's exponent
     *         has no exact gradient
     */
    LearningMap(Game game, GrrOptions.Search search, IntFunction<double[]> transported) {
        this.game = game;
        this.optimizer = search.map();
        this.descent = GrrOptions.isDescent(optimizer)
                ? new GradientDescentMap(game, optimizer.real("alpha")) : null;
        this.rule = descent != null ? null : optimizer.rule();
        this.map = descent != null ? descent : rule.map(game);
        this.estimator = new TransportedVectorEstimator(transported.apply(map.dimension()));
        this.horizon = search.horizon();
        if (rule != null && search.method() == GrrOptions.Search.Method.GRADIENT_ASCENT) {
            requireSecondDerivatives();
        }
    }

    /** Fails early, naming the map, when its second derivatives are out of reach. */
    private void requireSecondDerivatives() {
        double[] x = lift(game.defaultPoint());
        double[] e = new double[x.length];
        e[0] = 1;
        try {
            map.jacobianDirectionalDerivative(x, e, e, new double[x.length]);
        } catch (UnsupportedOperationException unsupported) {
            throw new IllegalArgumentException("map = " + optimizer + " with method = "
                    + "GRADIENT_ASCENT: its update reaches the game beyond ξ, so the exact gradient"
                    + " of its exponent would need fourth derivatives of the losses; allowed: "
                    + "NELDER_MEAD", unsupported);
        }
    }

    Game game() {
        return game;
    }

    /** \(\hat\lambda_K\) from ω₀ (not modified). */
    double exponent(double[] w0) {
        return estimator.estimate(map, lift(w0), horizon).value();
    }

    /**
     * The forward sweep of \(\hat\lambda_K\) from ω₀ (not modified), whose adjoint gives the exact
     * gradient in the starting state; its first d entries are the gradient in ω₀ (the fresh
     * buffers do not depend on ω₀).
     */
    TransportedVectorEstimator.ForwardSweep sweep(double[] w0) {
        return estimator.sweep(map, lift(w0), horizon);
    }

    /** The growth of eigenmodes of Ĥ(ω) under the map linearised at ω (not modified). */
    Growth growthAt(double[] w) {
        if (descent != null) {
            double alpha = descent.learningRate();
            return (value, re, im) -> Complex.ONE.subtract(value.multiply(alpha)).abs();
        }
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        map.jacobian(rule.fixedState(game, w), j);
        int d = game.dimension();
        int copies = 1 + rule.buffers();
        return (value, re, im) -> {
            double[][] basis = orthonormal(re, im);
            int q = basis.length * copies;
            DMatrixRMaj p = new DMatrixRMaj(j.numRows, q);
            for (int c = 0; c < copies; c++) {
                for (int b = 0; b < basis.length; b++) {
                    for (int i = 0; i < d; i++) {
                        p.set(c * d + i, c * basis.length + b, basis[b][i]);
                    }
                }
            }
            DMatrixRMaj jp = new DMatrixRMaj(j.numRows, q);
            CommonOps_DDRM.mult(j, p, jp);
            DMatrixRMaj g = new DMatrixRMaj(q, q);
            CommonOps_DDRM.multTransA(p, jp, g);
            return Spectra.spectralRadius(g);
        };
    }

    /**
     * An orthonormal basis of span(re, im) by Gram–Schmidt from the longer of the two (one vector
     * for a real mode).
     */
    private static double[][] orthonormal(double[] re, double[] im) {
        if (BifurcationSearch.norm(im) > BifurcationSearch.norm(re)) {
            return orthonormal(im, re);
        }
        double[] a = scaled(re, 1 / BifurcationSearch.norm(re));
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * im[i];
        }
        double[] b = im.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] -= dot * a[i];
        }
        double norm = BifurcationSearch.norm(b);
        return norm <= 1e-12 * BifurcationSearch.norm(re) ? new double[][] {a}
                : new double[][] {a, scaled(b, 1 / norm)};
    }

    private static double[] scaled(double[] x, double s) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = s * x[i];
        }
        return out;
    }

    private double[] lift(double[] w0) {
        return descent != null ? w0 : rule.init(game, w0);
    }
}
