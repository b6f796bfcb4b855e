package io.github.gamedyn.core.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.BenettinQrEstimator;
import io.github.gamedyn.core.lyapunov.LyapunovGradient;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class GradientDescentMapTest {

    /** A three-coordinate nonlinear game: L₁ over x ∈ ℝ², L₂ over y ∈ ℝ. */
    private static final Game GAME = Game.builder("nonlinear").player("x", 2).player("y", 1)
            .losses(t -> {
                Var x0 = t.block(0).get(0);
                Var x1 = t.block(0).get(1);
                Var y = t.block(1).get(0);
                Var coupling = x0.times(y).tanh().plus(x1.times(y).sigmoid());
                Var l1 = coupling.plus(x0.square().times(0.1)).plus(x1.sin().times(0.3));
                Var l2 = coupling.negate().plus(y.square().times(0.05)).plus(x0.times(x1).times(y));
                return new Var[] {l1, l2};
            }).build();

    @Test
    void jacobianProductsAgreeWithTheDenseJacobian() {
        GradientDescentMap map = new GradientDescentMap(GAME, 0.3);
        double[] x = {0.4, -0.7, 1.1};
        DMatrixRMaj j = new DMatrixRMaj(3, 3);
        map.jacobian(x, j);
        DMatrixRMaj v = new DMatrixRMaj(new double[][] {{0.3}, {-1}, {0.5}});
        DMatrixRMaj jv = new DMatrixRMaj(3, 1);
        double[] next = new double[3];
        map.applyAndJacobianTimes(x, next, v, jv);
        double[] applied = new double[3];
        map.apply(x, applied);
        assertArrayEquals(applied, next, 1e-15);
        for (int i = 0; i < 3; i++) {
            double expect = 0;
            for (int k = 0; k < 3; k++) {
                expect += j.get(i, k) * v.get(k, 0);
            }
            assertEquals(expect, jv.get(i, 0), 1e-14);
        }
        // several columns at once (one linearisation), with F from the same evaluation
        DMatrixRMaj block = new DMatrixRMaj(new double[][] {{0.3, 1}, {-1, 0}, {0.5, 2}});
        DMatrixRMaj jblock = new DMatrixRMaj(3, 2);
        double[] next2 = new double[3];
        map.applyAndJacobianTimes(x, next2, block, jblock);
        assertArrayEquals(applied, next2, 1e-15);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 3; i++) {
                double expect = 0;
                for (int k = 0; k < 3; k++) {
                    expect += j.get(i, k) * block.get(k, c);
                }
                assertEquals(expect, jblock.get(i, c), 1e-14, "column " + c);
            }
        }
        double[] w = {1, 2, -1};
        double[] jtw = new double[3];
        map.jacobianTransposeTimes(x, w, jtw);
        for (int k = 0; k < 3; k++) {
            double expect = 0;
            for (int i = 0; i < 3; i++) {
                expect += j.get(i, k) * w[i];
            }
            assertEquals(expect, jtw[k], 1e-14);
        }
    }

    /**
     * The exact gradient of the finite-time exponent with respect to the start, through 15 steps of
     * the game map, against central differences (h = 1e-6: truncation about h²·f''' ≈ 1e-11,
     * rounding about 1e-16/h ≈ 1e-10 relative).
     */
    @Test
    void lyapunovGradientMatchesFiniteDifferences() {
        GradientDescentMap map = new GradientDescentMap(GAME, 0.5);
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(new double[] {1, 1, 1});
        double[] x0 = {0.2, 0.5, -0.3};
        int k = 15;
        LyapunovGradient g = estimator.gradient(map, x0, k);
        assertEquals(estimator.estimate(map, x0, k).value(), g.value(), 1e-13);
        double h = 1e-6;
        for (int i = 0; i < 3; i++) {
            double[] up = x0.clone();
            double[] down = x0.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (estimator.estimate(map, up, k).value()
                    - estimator.estimate(map, down, k).value()) / (2 * h);
            assertEquals(fd, g.gradient()[i], 1e-7 * (1 + Math.abs(fd)), "∂λ/∂x0[" + i + "]");
        }
    }

    /** GD on the bilinear game x·σy: exponents log √(1 + α²σ²), twice (DESIGN §4). */
    @Test
    void bilinearGameExponents() {
        double sigma = 1.5;
        double lr = 0.2;
        Game bilinear = Game.builder("bilinear").player("x", 1).player("y", 1)
                .losses(t -> {
                    Var f = t.block(0).times(t.block(1)).times(sigma);
                    return new Var[] {f, f.negate()};
                }).build();
        double[] l = new BenettinQrEstimator(2, 1).spectrum(new GradientDescentMap(bilinear, lr),
                new double[] {0.3, 0.1}, 200).exponents();
        double expect = 0.5 * Math.log(1 + lr * lr * sigma * sigma);
        assertEquals(expect, l[0], 1e-12);
        assertEquals(expect, l[1], 1e-12);
    }

    @Test
    void badLearningRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradientDescentMap(GAME, -1));
        assertEquals("learningRate = -1.0; allowed: finite and > 0", e.getMessage());
    }
}
