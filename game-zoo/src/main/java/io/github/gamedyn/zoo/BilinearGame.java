package io.github.gamedyn.zoo;

import io.github.gamedyn.core.ad.Tape;
import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.size.SizeGuard;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bilinear zero-sum game \(\min_x \max_y\, f(x, y) = x^{\mathsf T} A y + b^{\mathsf T} x +
 * c^{\mathsf T} y\), \(x \in \mathbb{R}^n\), \(y \in \mathbb{R}^m\): \(L_x = f\), \(L_y = -f\).
 *
 * <p>\(\xi = (Ay + b,\; -A^{\mathsf T}x - c)\) and the constant Jacobian
 * \(\hat H = \begin{pmatrix} 0 &amp; A \\ -A^{\mathsf T} &amp; 0 \end{pmatrix}\), whose eigenvalues are
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
                if (spec.has("seed") && spec.has("a")) {
                    throw new IllegalArgumentException("a and seed both given; allowed: one of them "
                            + "(seed draws A at random, a sets A = a·I)");
                }
                // A as rows, then flattened by create: two copies
                SizeGuard.require("dim = " + n, "the matrix A (" + n + "×" + n + ")",
                        SizeGuard.product(n, n), SizeGuard.product(2, n, n, Double.BYTES));
                double[][] a = new double[n][n];
                if (spec.has("seed")) {
                    SplittableRandom rng = new SplittableRandom(spec.seed("seed"));
                    for (double[] row : a) {
                        for (int j = 0; j < n; j++) {
                            row[j] = GaussianSampler.next(rng);
                        }
                    }
                } else {
                    double diagonal = spec.real("a");
                    for (int i = 0; i < n; i++) {
                        a[i][i] = diagonal;
                    }
                }
                return create(a);
            });

    private BilinearGame() {
    }

    /**
     * The game \(x^{\mathsf T}Ay\) without linear terms.
     *
     * @param a n×m matrix with finite entries, rows as arrays. Not modified.
     */
    public static Game create(double[][] a) {
        checkMatrix(a);
        return create(a, new double[a.length], new double[a[0].length]);
    }

    /**
     * The game \(x^{\mathsf T}Ay + b^{\mathsf T}x + c^{\mathsf T}y\).
     *
     * @param a n×m matrix with finite entries, rows as arrays. Not modified.
     * @param b length n, finite. Not modified.
     * @param c length m, finite. Not modified.
     */
    public static Game create(double[][] a, double[] b, double[] c) {
        checkMatrix(a);
        int n = a.length;
        int m = a[0].length;
        SizeGuard.require("A (" + n + "×" + m + ")", "its copy", SizeGuard.product(n, m),
                SizeGuard.product(n, m, Double.BYTES));
        double[] flat = new double[n * m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, flat, i * m, m);
        }
        if (b == null || c == null || b.length != n || c.length != m) {
            throw new IllegalArgumentException("b has length " + length(b) + ", c has length "
                    + length(c) + "; they must have lengths " + n + " and " + m);
        }
        checkFinite("b", b);
        checkFinite("c", c);
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

    /** A is non-empty, rectangular and finite. */
    private static void checkMatrix(double[][] a) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException("A is " + (a == null ? "null" : "empty")
                    + "; allowed: an n×m matrix with n, m ≥ 1");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != a[0].length) {
                throw new IllegalArgumentException("A row " + i + " has length " + length(a[i])
                        + "; all rows must have length " + a[0].length);
            }
            for (int j = 0; j < a[i].length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("A[" + i + "][" + j + "] = " + a[i][j]
                            + "; allowed: finite");
                }
            }
        }
    }

    private static void checkFinite(String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + v[i] + "; allowed: finite");
            }
        }
    }

    private static String length(double[] v) {
        return v == null ? "null" : String.valueOf(v.length);
    }
}
