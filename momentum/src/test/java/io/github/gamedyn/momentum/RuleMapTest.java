package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map of a rule: its products agree with its dense Jacobian and with each other, and its
 * second-derivative contraction \(\nabla_x(w^{\mathsf T}J(x)u)\) matches central differences of
 * \(w^{\mathsf T}J(x)u\) (for rules that reach the game through ξ) and gradient descent's own.
 */
class RuleMapTest {
    private static final Game GAME = TestGames.generalSum();

    private static double[] state(OptimizerSpec spec) {
        Optimizer opt = spec.create(GAME, new double[] {0.4, -0.3, 0.6});
        opt.step();
        opt.step();
        return opt.state();
    }

    private static double[] vector(int n, double phase) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(1.7 * i + phase);
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(strings = {"complex-adam:alpha=0.05,beta1=0.8@1.1,beta2=0.9,epsilon=0.01",
        "sos:alpha=0.3,schedule=alternating", "cgd:alpha=0.3"})
    void productsAgreeWithTheDenseJacobian(String text) {
        OptimizerSpec spec = OptimizerSpec.parse(text);
        SecondOrderMap map = spec.rule().map(GAME);
        double[] x = state(spec);
        int n = x.length;
        DMatrixRMaj j = new DMatrixRMaj(1, 1);
        map.jacobian(x, j);
        DMatrixRMaj v = new DMatrixRMaj(n, 2, true, vector(2 * n, 0.3));
        DMatrixRMaj jv = new DMatrixRMaj(1, 1);
        double[] next = new double[n];
        map.applyAndJacobianTimes(x, next, v, jv);
        DMatrixRMaj expected = new DMatrixRMaj(n, 2);
        CommonOps_DDRM.mult(j, v, expected);
        assertArrayEquals(expected.data, jv.data, 1e-13);
        double[] applied = new double[n];
        map.apply(x, applied);
        assertArrayEquals(applied, next, 0.0);
        double[] w = vector(n, 1.1);
        double[] jtw = new double[n];
        map.jacobianTransposeTimes(x, w, jtw);
        DMatrixRMaj expectedT = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.multTransA(j, DMatrixRMaj.wrap(n, 1, w), expectedT);
        assertArrayEquals(expectedT.data, jtw, 1e-14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd:alpha=0.3", "complex-momentum:alpha=0.2-0.1i,beta=0.9@0.4",
        "adam:alpha=0.05,beta1=0.8,beta2=0.9,epsilon=0.01",
        "complex-adam:alpha=0.05,beta1=0.8@1.1,beta2=0.9,epsilon=0.01",
        "extragradient+heavy-ball:alpha=0.2,extrapolation=0.5,beta=0.4,schedule=alternating",
        "optimistic:alpha=0.2,optimism=0.7,schedule=alternating"})
    void secondDerivativeContractionMatchesCentralDifferences(String text) {
        OptimizerSpec spec = OptimizerSpec.parse(text);
        SecondOrderMap map = spec.rule().map(GAME);
        double[] x = state(spec);
        int n = x.length;
        double[] u = vector(n, 0.2);
        double[] w = vector(n, 2.0);
        double[] exact = new double[n];
        map.jacobianDirectionalDerivative(x, u, w, exact);
        for (int k = 0; k < n; k++) {
            double h = 1e-5 * Math.max(1e-2, Math.abs(x[k]));
            double fd = (bilinear(map, x, k, h, u, w) - bilinear(map, x, k, -h, u, w)) / (2 * h);
            assertEquals(fd, exact[k], 1e-7 * Math.max(1, Math.abs(fd)), spec + " entry " + k);
        }
    }

    /** \(w^{\mathsf T}J(x + h e_k)u\). */
    private static double bilinear(SecondOrderMap map, double[] x, int k, double h, double[] u,
            double[] w) {
        double[] xs = x.clone();
        xs[k] += h;
        DMatrixRMaj ju = new DMatrixRMaj(1, 1);
        map.jacobianTimes(xs, DMatrixRMaj.wrap(u.length, 1, u), ju);
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += w[i] * ju.data[i];
        }
        return s;
    }

    /**
     * Core's {@link GradientDescentMap} (what GRR searches when its map is gradient descent) and
     * the map derived from the gd rule are the same map: step, products and contraction.
     */
    @Test
    void gradientDescentsMapIsTheGradientDescentMap() {
        double[] x = {0.4, -0.3, 0.6};
        double[] u = vector(3, 0.5);
        double[] w = vector(3, 1.5);
        SecondOrderMap derived = OptimizerSpec.parse("gd:alpha=0.3").rule().map(GAME);
        GradientDescentMap direct = new GradientDescentMap(GAME, 0.3);
        double[] fDerived = new double[3];
        double[] fDirect = new double[3];
        derived.apply(x, fDerived);
        direct.apply(x, fDirect);
        assertArrayEquals(fDirect, fDerived, 0.0);
        DMatrixRMaj v = new DMatrixRMaj(3, 2, true, vector(6, 0.7));
        DMatrixRMaj jvDerived = new DMatrixRMaj(1, 1);
        DMatrixRMaj jvDirect = new DMatrixRMaj(1, 1);
        derived.jacobianTimes(x, v, jvDerived);
        direct.jacobianTimes(x, v, jvDirect);
        assertArrayEquals(jvDirect.data, jvDerived.data, 1e-15);
        double[] cDerived = new double[3];
        double[] cDirect = new double[3];
        derived.jacobianDirectionalDerivative(x, u, w, cDerived);
        direct.jacobianDirectionalDerivative(x, u, w, cDirect);
        assertArrayEquals(cDirect, cDerived, 1e-14);
    }

    @Test
    void rulesBeyondTheGradientHaveNoSecondDerivativeContraction() {
        SecondOrderMap map = OptimizerSpec.parse("lola:alpha=0.3").rule().map(GAME);
        double[] x = {0.4, -0.3, 0.6};
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> map.jacobianDirectionalDerivative(x, vector(3, 0), vector(3, 1),
                        new double[3]));
        assertTrue(e.getMessage().contains("fourth derivatives of the losses"), e.getMessage());
    }
}
