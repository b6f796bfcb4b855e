package io.github.gamedyn.core.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks every derivative the engine produces against commons-math3 forward mode
 * ({@link DerivativeStructure}, all partial derivatives to order 3 of the same losses written a
 * second time in scalar arithmetic). The game exercises every operation of {@link Var}: matrix
 * products, dense layers, transposes, slices, concatenation, broadcasting, a linear solve (by Cramer's rule on
 * the forward-mode side, an independent method) and every elementwise function.
 *
 * <p>Both sides are exact to rounding, so the tolerance is a small multiple of machine epsilon
 * times the size of the quantity.
 */
class DerivativeStructureCrossCheckTest {
    private static final int D = 5;
    private static final double[] M = {0.7, -1.2, 0.4, 0.3, 0.9, -0.5};
    private static final double TOL = 1e-12;

    /** Losses over the tape: x = ω[0..2), y = ω[2..5). */
    static Var[] tapeLosses(Tape t) {
        Var x = t.block(0);
        Var y = t.block(1);
        Var s = x.transpose().matmul(t.constant(2, 3, M)).matmul(y);
        Var a = Var.concatRows(
                Var.concatColumns(x.get(0).square().plus(2), y.get(0)),
                Var.concatColumns(x.get(1), y.get(1).square().plus(3)));
        Var z = a.solve(Var.concatRows(t.constant(1), y.get(2)));
        Var soft = y.softmax().times(t.vector(1, -2, 0.5)).sum();
        Var l1 = s.tanh()
                .plus(x.get(0).minus(y.get(2)).softplus())
                .plus(x.get(1).square().div(y.get(0).square().plus(1)))
                .plus(x.get(0).sin().times(y.get(1).cos()))
                .plus(z.get(0).times(z.get(1)))
                .plus(soft)
                .plus(x.transpose().dense(t.constant(2, 3, M), y.transpose()).square().sum()
                        .times(0.1));
        Var row = y.transpose().minus(x.get(0));
        Var l2 = s.logSigmoid().negate()
                .plus(y.get(0).times(x.get(1)).times(0.3).exp())
                .plus(row.square().mean())
                .plus(y.get(1).sigmoid().plus(2).log().times(x.get(0)))
                .plus(t.constant(1, 3, 1, 2, 3).plus(y.transpose()).times(x.get(1)).sum()
                        .div(4));
        return new Var[] {l1, l2};
    }

    /** The same losses in forward mode: ω as 5 free parameters, derivatives to order 3. */
    static DerivativeStructure[] forwardLosses(double[] w) {
        DerivativeStructure[] v = new DerivativeStructure[D];
        for (int i = 0; i < D; i++) {
            v[i] = new DerivativeStructure(D, 3, i, w[i]);
        }
        DerivativeStructure x0 = v[0];
        DerivativeStructure x1 = v[1];
        DerivativeStructure y0 = v[2];
        DerivativeStructure y1 = v[3];
        DerivativeStructure y2 = v[4];
        DerivativeStructure[] y = {y0, y1, y2};
        DerivativeStructure s = x0.multiply(0).add(0);
        for (int j = 0; j < 3; j++) {
            s = s.add(x0.multiply(M[j]).add(x1.multiply(M[3 + j])).multiply(y[j]));
        }
        DerivativeStructure a00 = x0.multiply(x0).add(2);
        DerivativeStructure a11 = y1.multiply(y1).add(3);
        DerivativeStructure det = a00.multiply(a11).subtract(y0.multiply(x1));
        DerivativeStructure z0 = a11.subtract(y0.multiply(y2)).divide(det);
        DerivativeStructure z1 = a00.multiply(y2).subtract(x1).divide(det);
        DerivativeStructure e0 = y0.exp();
        DerivativeStructure e1 = y1.exp();
        DerivativeStructure e2 = y2.exp();
        DerivativeStructure soft = e0.subtract(e1.multiply(2)).add(e2.multiply(0.5))
                .divide(e0.add(e1).add(e2));
        DerivativeStructure softplus = x0.subtract(y2).exp().add(1).log();
        DerivativeStructure l1 = s.tanh().add(softplus)
                .add(x1.multiply(x1).divide(y0.multiply(y0).add(1)))
                .add(x0.sin().multiply(y1.cos()))
                .add(z0.multiply(z1))
                .add(soft);
        for (int j = 0; j < 3; j++) {
            DerivativeStructure layer = x0.multiply(M[j]).add(x1.multiply(M[3 + j])).add(y[j]);
            l1 = l1.add(layer.multiply(layer).multiply(0.1));
        }
        DerivativeStructure logSigmoid = s.negate().exp().add(1).log().negate();
        DerivativeStructure mean = y0.subtract(x0).pow(2).add(y1.subtract(x0).pow(2))
                .add(y2.subtract(x0).pow(2)).divide(3);
        DerivativeStructure sig = y1.negate().exp().add(1).reciprocal();
        DerivativeStructure lin = y0.add(1).add(y1.add(2)).add(y2.add(3)).multiply(x1).divide(4);
        DerivativeStructure l2 = logSigmoid.negate()
                .add(y0.multiply(x1).multiply(0.3).exp())
                .add(mean)
                .add(sig.add(2).log().multiply(x0))
                .add(lin);
        return new DerivativeStructure[] {l1, l2};
    }

    private static final Differentiator ENGINE = new Differentiator("cross-check", new int[] {2, 3},
            DerivativeStructureCrossCheckTest::tapeLosses, new double[D]);

    private static int owner(int r) {
        return r < 2 ? 0 : 1;
    }

    private static double partial(DerivativeStructure f, int... wrt) {
        int[] orders = new int[D];
        for (int i : wrt) {
            orders[i]++;
        }
        return f.getPartialDerivative(orders);
    }

    private static double[] randomVector(SplittableRandom rng) {
        double[] v = new double[D];
        for (int i = 0; i < D; i++) {
            v[i] = rng.nextDouble(-1, 1);
        }
        return v;
    }

    @Test
    void everyDerivativeMatchesForwardMode() {
        SplittableRandom rng = new SplittableRandom(20261123);
        for (int trial = 0; trial < 5; trial++) {
            double[] w = randomVector(rng);
            double[] u = randomVector(rng);
            double[] v = randomVector(rng);
            DerivativeStructure[] ref = forwardLosses(w);

            double[] losses = ENGINE.losses(w);
            double[] xi = ENGINE.simultaneousGradient(w);
            DMatrixRMaj h = ENGINE.jacobian(w);
            double[] jvp = ENGINE.jacobianVectorProduct(w, v);
            double[] vjp = ENGINE.vectorJacobianProduct(w, v);
            double[] third = ENGINE.jacobianDirectionalDerivative(w, u, v);
            double[] bilinear = ENGINE.jacobianBilinearGradient(w, u, v);
            for (int k = 0; k < 2; k++) {
                assertEquals(ref[k].getValue(), losses[k], TOL, "loss " + k);
                double[] g = ENGINE.lossGradient(w, k);
                double[] hv = ENGINE.lossHessianVectorProduct(w, k, v);
                for (int r = 0; r < D; r++) {
                    assertEquals(partial(ref[k], r), g[r], TOL, "∇L" + k + "[" + r + "]");
                    double expect = 0;
                    for (int c = 0; c < D; c++) {
                        expect += partial(ref[k], r, c) * v[c];
                    }
                    assertEquals(expect, hv[r], TOL, "∇²L" + k + " v [" + r + "]");
                }
            }
            for (int r = 0; r < D; r++) {
                DerivativeStructure lr = ref[owner(r)];
                assertEquals(partial(lr, r), xi[r], TOL, "ξ[" + r + "]");
                double jv = 0;
                double dh = 0;
                for (int c = 0; c < D; c++) {
                    assertEquals(partial(lr, r, c), h.get(r, c), TOL, "Ĥ[" + r + "," + c + "]");
                    jv += partial(lr, r, c) * v[c];
                    for (int b = 0; b < D; b++) {
                        dh += partial(lr, r, c, b) * u[b] * v[c];
                    }
                }
                assertEquals(jv, jvp[r], TOL, "Ĥv[" + r + "]");
                assertEquals(dh, third[r], TOL, "(d/du Ĥ) v [" + r + "]");
                double vh = 0;
                double grad = 0;
                for (int q = 0; q < D; q++) {
                    DerivativeStructure lq = ref[owner(q)];
                    vh += v[q] * partial(lq, q, r);
                    for (int b = 0; b < D; b++) {
                        grad += u[q] * v[b] * partial(lq, q, b, r);
                    }
                }
                assertEquals(vh, vjp[r], TOL, "vᵀĤ[" + r + "]");
                assertEquals(grad, bilinear[r], TOL, "∇(uᵀĤv)[" + r + "]");
            }
        }
    }
}
