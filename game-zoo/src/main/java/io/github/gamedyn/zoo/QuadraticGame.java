package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.size.SizeGuard;
import java.util.Arrays;
import java.util.List;

/**
 * The quadratic family with adjustable adversarialness, \(x, y \in \mathbb{R}^m\):
 * \(L_x = \tfrac12 x^{\mathsf T}Cx + x^{\mathsf T}By\), \(L_y = \tfrac12 y^{\mathsf T}Cy -
 * x^{\mathsf T}By\) with \(C = \operatorname{diag}((1-\gamma_k)a_k)\),
 * \(B = \operatorname{diag}(\gamma_k a_k)\), \(a_k \gt 0\), \(\gamma_k \in [0, 1]\).
 *
 * <p>\(\xi = (Cx + By,\; Cy - Bx)\) and the constant Jacobian
 * \(\hat H = \begin{pmatrix} C &amp; B \\ -B &amp; C \end{pmatrix}\): coordinate pair {@code k} is the 2×2
 * block \(\begin{pmatrix} c_k &amp; b_k \\ -b_k &amp; c_k \end{pmatrix}\) with eigenvalues
 * \(a_k((1-\gamma_k) \pm i\gamma_k)\). \(\gamma = 0\) is a purely cooperative (potential) game,
 * \(\gamma = 1\) the purely adversarial bilinear game. The unique equilibrium is \(\omega = 0\),
 * stable for the gradient flow whenever every \(\gamma_k \lt 1\). This is the "spectrum of games" of
 * the complex momentum paper (Lorraine, Acuna, Vicol, Duvenaud; AISTATS 2022, §4).
 */
public final class QuadraticGame {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("quadratic",
            "L_x = ½xᵀCx + xᵀBy, L_y = ½yᵀCy − xᵀBy, C = diag((1−γ)a), B = diag(γa): "
                    + "eigenvalues a((1−γ) ± iγ); equilibrium 0",
            List.of(new GameParameter("dim", "1", "m, the size of x and of y (≥ 1)"),
                    new GameParameter("a", "1", "a_k > 0: one value for all k, or m values "
                            + "separated by ;"),
                    new GameParameter("gamma", "0.5", "adversarialness γ_k in [0, 1]: one value "
                            + "for all k, or m values separated by ;")),
            spec -> {
                int m = spec.integer("dim", 1);
                // a, gamma, C, B and the tape's copies: a few vectors of length m
                SizeGuard.require("dim = " + m, "its vectors (" + m + " entries each)", m,
                        SizeGuard.product(8, m, Double.BYTES));
                return create(expand("a", spec.reals("a"), m), expand("gamma",
                        spec.reals("gamma"), m));
            });

    private QuadraticGame() {
    }

    /** The game with the same γ for every coordinate pair. */
    public static Game create(double[] a, double gamma) {
        double[] g = new double[a.length];
        Arrays.fill(g, gamma);
        return create(a, g);
    }

    /**
     * The game with per-coordinate adversarialness.
     *
     * @param a the scales \(a_k \gt 0\), length m ≥ 1. Not modified.
     * @param gamma the adversarialness \(\gamma_k \in [0, 1]\), length m. Not modified.
     */
    public static Game create(double[] a, double[] gamma) {
        int m = a.length;
        if (m == 0 || gamma.length != m) {
            throw new IllegalArgumentException("a has length " + m + ", gamma has length "
                    + gamma.length + "; they must have the same length ≥ 1");
        }
        double[] c = new double[m];
        double[] b = new double[m];
        for (int k = 0; k < m; k++) {
            if (!(a[k] > 0) || !Double.isFinite(a[k])) {
                throw new IllegalArgumentException("a[" + k + "] = " + a[k]
                        + "; allowed: finite and > 0");
            }
            if (!(gamma[k] >= 0 && gamma[k] <= 1)) {
                throw new IllegalArgumentException("gamma[" + k + "] = " + gamma[k]
                        + "; allowed: 0 ≤ γ ≤ 1");
            }
            c[k] = (1 - gamma[k]) * a[k];
            b[k] = gamma[k] * a[k];
        }
        return Game.builder("quadratic(m=" + m + ")")
                .player("x", m)
                .player("y", m)
                .losses((Tape t) -> {
                    Var x = t.block(0);
                    Var y = t.block(1);
                    Var cv = t.vector(c).times(0.5);
                    Var coupling = t.vector(b).times(x).times(y).sum();
                    return new Var[] {cv.times(x.square()).sum().plus(coupling),
                            cv.times(y.square()).sum().minus(coupling)};
                })
                .build();
    }

    private static double[] expand(String key, double[] values, int m) {
        if (values.length == m) {
            return values;
        }
        if (values.length == 1) {
            double[] out = new double[m];
            Arrays.fill(out, values[0]);
            return out;
        }
        throw new IllegalArgumentException(key + " has " + values.length
                + " values; allowed: 1 or dim = " + m);
    }
}
