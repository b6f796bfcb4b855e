package io.github.gamedyn.core.game;

import org.ejml.data.DMatrixRMaj;

/**
 * Central finite differences of a game's derivatives: a test oracle for the exact engine and for
 * analytic overrides, never used to compute results. With step {@code h} the truncation error is
 * \(O(h^2)\) (\(\tfrac{h^2}{6}\) times the next derivative) and the rounding error about
 * \(\epsilon\,|f|/h\); {@code h ≈ 1e-5} balances them to about 1e-10 relative for smooth losses
 * of unit scale. Arrays are not modified.
 */
public final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /** \(\xi_r \approx (L_{i(r)}(\omega + h e_r) - L_{i(r)}(\omega - h e_r)) / 2h\). */
    public static double[] simultaneousGradient(Game game, double[] w, double h) {
        double[] xi = new double[w.length];
        for (Player p : game.players()) {
            int k = game.players().indexOf(p);
            for (int r = p.offset(); r < p.offset() + p.size(); r++) {
                xi[r] = (game.losses(shift(w, r, h))[k] - game.losses(shift(w, r, -h))[k])
                        / (2 * h);
            }
        }
        return xi;
    }

    /** Column {@code c} of \(\hat H\) \(\approx (\xi(\omega + h e_c) - \xi(\omega - h e_c)) / 2h\). */
    public static DMatrixRMaj jacobian(Game game, double[] w, double h) {
        int d = w.length;
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int c = 0; c < d; c++) {
            double[] plus = game.simultaneousGradient(shift(w, c, h));
            double[] minus = game.simultaneousGradient(shift(w, c, -h));
            for (int r = 0; r < d; r++) {
                out.set(r, c, (plus[r] - minus[r]) / (2 * h));
            }
        }
        return out;
    }

    /** \(\frac{d}{d\varepsilon}\hat H(\omega+\varepsilon u)v \approx (\hat H(\omega+hu)v - \hat H(\omega-hu)v)/2h\). */
    public static double[] jacobianDirectionalDerivative(Game game, double[] w, double[] u,
                                                         double[] v, double h) {
        double[] plus = game.jacobianVectorProduct(axpy(w, h, u), v);
        double[] minus = game.jacobianVectorProduct(axpy(w, -h, u), v);
        double[] out = new double[w.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = (plus[r] - minus[r]) / (2 * h);
        }
        return out;
    }

    private static double[] shift(double[] w, int r, double h) {
        double[] x = w.clone();
        x[r] += h;
        return x;
    }

    private static double[] axpy(double[] w, double h, double[] u) {
        double[] x = w.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += h * u[i];
        }
        return x;
    }
}
