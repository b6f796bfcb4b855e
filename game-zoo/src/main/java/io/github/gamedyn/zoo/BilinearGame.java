package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bilinear zero-sum game \(\min_x \max_y\, f(x, y) = x^{\mathsf T} A y + b^{\mathsf T} x +
 * c^{\mathsf T} y\), \(x \in \mathbb{R}^n\), \(y \in \mathbb{R}^m\): \(L_x = f\), \(L_y = -f\).
 *
 * <p>\(\xi = (Ay + b,\; -A^{\mathsf T}x - c)\) and the constant Jacobian
 * \(\hat H = \begin{pmatrix} 0 & A \\ -A^{\mathsf T} & 0 \end{pmatrix}\), whose eigenvalues are
 * \(\pm i\sigma_k(A)\) (and \(|n - m|\) zeros). For square invertible {@code A} the unique Nash
 * equilibrium is \(x^* = -A^{-\mathsf T}c\), \(y^* = -A^{-1}b\). Simultaneous gradient descent
 * spirals away from it for every step size; this is the standard test bed of the complex momentum
 * paper (Lorraine et al., AISTATS 2022) and of Gidel et al. (2019).
 */
public final class BilinearGame {

    static final GameRegistry.Entry ENTRY = new GameRegistry.Entry("bilinear",
            "min_x max_y xᵀAy: A = a·I (dim×dim), or a seeded Gaussian matrix when seed is given",
            List.of(new GameParameter("dim", "1", "size of x and y (≥ 1)"),
                    new GameParameter("a", "1", "diagonal value of A = a·I"),
                    new GameParameter("seed", "", "if given: A has N(0,1) entries from this seed")),
            spec -> {
                int n = spec.integer("dim", 1);
                double[][] a = new double[n][n];
                if (spec.has("seed")) {
                    SplittableRandom rng = new SplittableRandom(spec.seed("seed"));
                    for (double[] row : a) {
                        for (int j = 0; j < n; j++) {
                            row[j] = GaussianSampler.next(rng);
                        }
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        a[i][i] = spec.real("a");
                    }
                }
                return create(a);
            });

    private BilinearGame() {
    }

    /** The game \(x^{\mathsf T}Ay\) without linear terms. */
    public static Game create(double[][] a) {
        return create(a, new double[a.length], new double[a[0].length]);
    }

    /**
     * The game \(x^{\mathsf T}Ay + b^{\mathsf T}x + c^{\mathsf T}y\).
     *
     * @param a n×m matrix, rows as arrays. Not modified.
     * @param b length n. Not modified.
     * @param c length m. Not modified.
     */
    public static Game create(double[][] a, double[] b, double[] c) {
        int n = a.length;
        if (n == 0 || a[0].length == 0) {
            throw new IllegalArgumentException("A is empty; it must be n×m with n, m ≥ 1");
        }
        int m = a[0].length;
        double[] flat = new double[n * m];
        for (int i = 0; i < n; i++) {
            if (a[i].length != m) {
                throw new IllegalArgumentException("A row " + i + " has length " + a[i].length
                        + "; all rows must have length " + m);
            }
            System.arraycopy(a[i], 0, flat, i * m, m);
        }
        if (b.length != n || c.length != m) {
            throw new IllegalArgumentException("b has length " + b.length + ", c has length "
                    + c.length + "; they must have lengths " + n + " and " + m);
        }
        double[] bb = b.clone();
        double[] cc = c.clone();
        return Game.builder(n == 1 && m == 1 ? "bilinear" : "bilinear(" + n + "×" + m + ")")
                .player("x", n)
                .player("y", m)
                .losses((Tape t) -> {
                    Var x = t.block(0);
                    Var y = t.block(1);
                    Var f = x.transpose().matmul(t.constant(n, m, flat)).matmul(y)
                            .plus(t.vector(bb).times(x).sum())
                            .plus(t.vector(cc).times(y).sum());
                    return new Var[] {f, f.negate()};
                })
                .build();
    }
}
