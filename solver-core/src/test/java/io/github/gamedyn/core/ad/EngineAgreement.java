package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks that every derivative of a game, computed by the traced engine at one point, linearised
 * and over a batch, equals the reference engine ({@link TaylorReference}) to a relative tolerance:
 * \(\|a - b\|_\infty \le \mathrm{tol}\cdot\max(\|b\|_\infty, \mathrm{floor})\). The floor keeps
 * quantities that vanish (ξ at a fixed point) from demanding digits below rounding.
 */
public final class EngineAgreement {
    /** Points of a batch also checked one by one (the batch checks cover them all). */
    private static final int SINGLE_POINTS = 8;

    private final Game game;
    private final TaylorReference reference;
    private final double tolerance;
    private final double floor;

    /**
     * @param game the game, with every derivative derived from its losses
     * @param tolerance the relative tolerance
     * @param floor the smallest scale a difference is measured against
     */
    public EngineAgreement(Game game, double tolerance, double floor) {
        this.game = game;
        this.reference = new TaylorReference(game);
        this.tolerance = tolerance;
        this.floor = floor;
    }

    /**
     * Compares everything at {@code count} points (one by one at the first few, batched at all)
     * drawn as {@code centre + scale·U(−1, 1)} (the
     * game's default point when {@code centre} is null), with seeded directions.
     *
     * @param thirdOrder whether to compare the third-order products (costly for big games)
     */
    public void check(double[] centre, double scale, int count, long seed, boolean thirdOrder) {
        int d = game.dimension();
        SplittableRandom rng = new SplittableRandom(seed);
        double[] base = centre == null ? game.defaultPoint() : centre;
        double[] points = new double[count * d];
        double[] directions = new double[count * d];
        for (int b = 0; b < count; b++) {
            double[] w = draw(rng, base, scale);
            double[] u = draw(rng, new double[d], 1);
            double[] v = draw(rng, new double[d], 1);
            System.arraycopy(w, 0, points, b * d, d);
            System.arraycopy(v, 0, directions, b * d, d);
            if (b >= SINGLE_POINTS) {
                continue;
            }
            String at = " at point " + b + " of game " + game.name();
            close("losses" + at, reference.losses(w), game.losses(w));
            double[] xi = reference.simultaneousGradient(w);
            close("ξ" + at, xi, game.simultaneousGradient(w));
            double[] hv = reference.jacobianVectorProduct(w, v);
            double[] gradient = new double[d];
            close("Ĥv" + at, hv, game.jacobianVectorProduct(w, v, gradient));
            close("ξ beside Ĥv" + at, xi, gradient);
            double[] vh = reference.vectorJacobianProduct(w, v);
            close("vᵀĤ" + at, vh, game.vectorJacobianProduct(w, v));
            DMatrixRMaj h = reference.jacobian(w);
            close("Ĥ" + at, h.data, game.jacobian(w).data);
            Linearization lin = game.linearize(w);
            close("linearised ξ" + at, xi, lin.simultaneousGradient());
            close("linearised Ĥv" + at, hv, lin.jacobianVectorProduct(v));
            close("linearised Ĥu" + at, reference.jacobianVectorProduct(w, u),
                    lin.jacobianVectorProduct(u));
            close("linearised vᵀĤ" + at, vh, lin.vectorJacobianProduct(v));
            close("linearised Ĥ" + at, h.data, lin.jacobian().data);
            double[] both = new double[2 * d];
            System.arraycopy(u, 0, both, 0, d);
            System.arraycopy(v, 0, both, d, d);
            double[] twoProducts = new double[2 * d];
            lin.jacobianVectorProducts(2, both, twoProducts);
            double[] expectTwo = new double[2 * d];
            System.arraycopy(reference.jacobianVectorProduct(w, u), 0, expectTwo, 0, d);
            System.arraycopy(hv, 0, expectTwo, d, d);
            close("linearised [Ĥu, Ĥv]" + at, expectTwo, twoProducts);
            double[] atPoint = new double[2 * d];
            double[] xiAtPoint = new double[d];
            game.jacobianVectorProducts(w, 2, both, atPoint, xiAtPoint);
            close("[Ĥu, Ĥv] at one point" + at, expectTwo, atPoint);
            close("ξ beside [Ĥu, Ĥv]" + at, xi, xiAtPoint);
            for (int k = 0; k < game.players().size(); k++) {
                close("∇L" + k + at, reference.lossGradient(w, k), game.lossGradient(w, k));
                double[] hk = reference.lossHessianVectorProduct(w, k, v);
                close("∇²L" + k + " v" + at, hk, game.lossHessianVectorProduct(w, k, v));
                close("linearised ∇²L" + k + " v" + at, hk, lin.lossHessianVectorProduct(k, v));
                for (int i = 0; i < game.players().size(); i++) {
                    Player pi = game.player(i);
                    Player pj = game.player((i + k) % game.players().size());
                    double[] vj = new double[pj.size()];
                    System.arraycopy(v, pj.offset(), vj, 0, vj.length);
                    double[] embedded = new double[d];
                    System.arraycopy(vj, 0, embedded, pj.offset(), vj.length);
                    double[] full = reference.lossHessianVectorProduct(w, k, embedded);
                    double[] expect = java.util.Arrays.copyOfRange(full, pi.offset(),
                            pi.offset() + pi.size());
                    close("mixed product" + at, expect,
                            lin.mixedProduct(i, (i + k) % game.players().size(), k, vj));
                }
            }
            if (thirdOrder) {
                close("(d/du Ĥ)v" + at, reference.jacobianDirectionalDerivative(w, u, v),
                        game.jacobianDirectionalDerivative(w, u, v));
                close("∇(uᵀĤv)" + at, reference.jacobianBilinearGradient(w, u, v),
                        game.jacobianBilinearGradient(w, u, v));
            }
        }
        double[] gradients = new double[count * d];
        game.simultaneousGradients(count, points, gradients);
        double[] products = new double[count * d];
        double[] beside = new double[count * d];
        game.jacobianVectorProducts(count, points, directions, products, beside);
        double[] jacobians = new double[count * d * d];
        game.jacobians(count, points, jacobians);
        for (int b = 0; b < count; b++) {
            double[] w = java.util.Arrays.copyOfRange(points, b * d, (b + 1) * d);
            double[] v = java.util.Arrays.copyOfRange(directions, b * d, (b + 1) * d);
            String at = " in a batch, point " + b + " of game " + game.name();
            close("batched Ĥ" + at, reference.jacobian(w).data,
                    java.util.Arrays.copyOfRange(jacobians, b * d * d, (b + 1) * d * d));
            double[] xi = reference.simultaneousGradient(w);
            close("batched ξ" + at, xi, java.util.Arrays.copyOfRange(gradients, b * d, (b + 1) * d));
            close("batched ξ beside Ĥv" + at, xi,
                    java.util.Arrays.copyOfRange(beside, b * d, (b + 1) * d));
            close("batched Ĥv" + at, reference.jacobianVectorProduct(w, v),
                    java.util.Arrays.copyOfRange(products, b * d, (b + 1) * d));
        }
    }

    private static double[] draw(SplittableRandom rng, double[] centre, double scale) {
        double[] x = centre.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += scale * rng.nextDouble(-1, 1);
        }
        return x;
    }

    private void close(String what, double[] expected, double[] actual) {
        double size = floor;
        double error = 0;
        for (int i = 0; i < expected.length; i++) {
            size = Math.max(size, Math.abs(expected[i]));
            error = Math.max(error, Math.abs(expected[i] - actual[i]));
        }
        boolean finite = true;
        for (double a : actual) {
            finite &= Double.isFinite(a);
        }
        double e = error;
        double s = size;
        assertTrue(finite && expected.length == actual.length && e <= tolerance * s,
                () -> what + ": max difference " + e + " against scale " + s + " (tolerance "
                        + tolerance + ")");
    }
}
