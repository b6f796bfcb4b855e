package io.github.gamedyn.zoo;

import static io.github.gamedyn.zoo.DerivativeChecks.assertClose;
import static io.github.gamedyn.zoo.DerivativeChecks.assertMatchesFiniteDifferences;
import static io.github.gamedyn.zoo.DerivativeChecks.randomPoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The games of the zoo with closed-form equilibria: ξ = 0 and the analytic Ĥ there. */
class SmallGamesTest {

    /** Entries are computed from a handful of exactly representable operations. */
    private static final double EXACT = 1e-15;

    @Test
    void quadraticJacobianHasTheAdjustableSpectrum() {
        double[] a = {1, 2.5, 0.5};
        double[] gamma = {0, 0.3, 1};
        Game g = QuadraticGame.create(a, gamma);
        double[] zero = new double[6];
        assertArrayEquals(zero, g.simultaneousGradient(zero), 0);
        DMatrixRMaj h = g.jacobian(zero);
        DMatrixRMaj expected = new DMatrixRMaj(6, 6);
        for (int k = 0; k < 3; k++) {
            double c = (1 - gamma[k]) * a[k];
            double b = gamma[k] * a[k];
            expected.set(k, k, c);
            expected.set(k, 3 + k, b);
            expected.set(3 + k, k, -b);
            expected.set(3 + k, 3 + k, c);
        }
        assertClose(expected.data, h.data, EXACT, "quadratic Ĥ");
        double[][] eig = sortedEigenvalues(h);
        // a_k((1−γ_k) ± iγ_k): 1 (γ = 0, double), 1.75 ± 0.75i, ±0.5i
        double[][] spectrum = {{1.75, -0.75}, {0, -0.5}, {1, 0}, {1, 0}, {0, 0.5}, {1.75, 0.75}};
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(spectrum[i], eig[i], 1e-12);
        }
    }

    /** ξ = Ĥω with the constant Ĥ of the closed form, at random points. */
    @Test
    void quadraticDerivativesMatchTheClosedForm() {
        double[] a = {1, 2, 3};
        double[] gamma = {0.2, 0.9, 0.5};
        Game g = GameRegistry.create("quadratic:dim=3,a=1;2;3,gamma=0.2;0.9;0.5");
        DMatrixRMaj h = new DMatrixRMaj(6, 6);
        for (int k = 0; k < 3; k++) {
            h.set(k, k, (1 - gamma[k]) * a[k]);
            h.set(k, 3 + k, gamma[k] * a[k]);
            h.set(3 + k, k, -gamma[k] * a[k]);
            h.set(3 + k, 3 + k, (1 - gamma[k]) * a[k]);
        }
        SplittableRandom rng = new SplittableRandom(17);
        for (int t = 0; t < 5; t++) {
            double[] w = randomPoint(rng, 6, 2);
            double[] xi = new double[6];
            for (int r = 0; r < 6; r++) {
                for (int c = 0; c < 6; c++) {
                    xi[r] += h.get(r, c) * w[c];
                }
            }
            assertClose(xi, g.simultaneousGradient(w), 1e-14, "quadratic ξ");
            assertClose(h.data, g.jacobian(w).data, 1e-15, "quadratic Ĥ");
            assertMatchesFiniteDifferences(g, w, 1e-8);
        }
    }

    @Test
    void quadraticRejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuadraticGame.create(new double[] {1, -2}, 0.5));
        assertEquals("a[1] = -2.0; allowed: finite and > 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("quadratic:gamma=1.5"));
        assertEquals("game quadratic: gamma[0] = 1.5; allowed: 0 ≤ γ ≤ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("quadratic:dim=3,a=1;2"));
        assertEquals("game quadratic: a has 2 values; allowed: 1 or dim = 3", e.getMessage());
    }

    @Test
    void spectrumOfGamesHasTheProtocolsScalesAdversarialnessAndEigenvalues() {
        assertArrayEquals(new double[] {0.25, 0.875, 1.5, 2.125, 2.75, 3.375, 4},
                SpectrumOfGames.scales(), 0.0);
        // u from the issue text, 8 digits (the bits are checked against numpy in plots)
        double[] u = {0.5488135, 0.71518937, 0.60276338, 0.54488318, 0.4236548, 0.64589411,
            0.43758721};
        double[] gamma = SpectrumOfGames.adversarialness(0.5);
        assertEquals(0, gamma[0], 0.0);
        assertEquals(0.5, gamma[6], 0.0);
        for (int k = 1; k < 6; k++) {
            assertEquals(0.5 * u[k], gamma[k], 1e-8);
        }
        for (double gammaMax : new double[] {0, 0.5, 1}) {
            double[] a = SpectrumOfGames.scales();
            double[] g = SpectrumOfGames.adversarialness(gammaMax);
            double[][] expected = new double[14][];
            for (int k = 0; k < 7; k++) {
                expected[2 * k] = new double[] {a[k] * (1 - g[k]), a[k] * g[k]};
                expected[2 * k + 1] = new double[] {a[k] * (1 - g[k]), -a[k] * g[k]};
            }
            Arrays.sort(expected, (p, q) -> Math.abs(p[1] - q[1]) > 1e-9
                    ? Double.compare(p[1], q[1]) : Double.compare(p[0], q[0]));
            double[][] eig = sortedEigenvalues(SpectrumOfGames.game(gammaMax)
                    .jacobian(new double[14]));
            for (int i = 0; i < 14; i++) {
                assertArrayEquals(expected[i], eig[i], 1e-12, "γ_max = " + gammaMax);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectrumOfGames.game(1.5));
        assertEquals("gammaMax = 1.5; allowed: 0 ≤ γ_max ≤ 1", e.getMessage());
    }

    @Test
    void bilinearSpectrumIsPlusMinusISingularValues() {
        // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], σ² = 45 and 5
        Game g = BilinearGame.create(new double[][] {{3, 0}, {4, 5}});
        double[] zero = new double[4];
        assertArrayEquals(zero, g.simultaneousGradient(zero), 0);
        double[][] eig = sortedEigenvalues(g.jacobian(zero));
        double s1 = Math.sqrt(45);
        double s2 = Math.sqrt(5);
        double[][] expected = {{0, -s1}, {0, -s2}, {0, s2}, {0, s1}};
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], eig[i], 1e-12);
        }
    }

    @Test
    void matchingPenniesSpectrumIsPlusMinusIQuarter() {
        double[][] eig = sortedEigenvalues(MatchingPennies.create().jacobian(new double[2]));
        assertArrayEquals(new double[] {0, -0.25}, eig[0], 1e-15);
        assertArrayEquals(new double[] {0, 0.25}, eig[1], 1e-15);
    }

    @Test
    void rockPaperScissorsAtUniform() {
        Game g = GameRegistry.create("rock-paper-scissors");
        double[] w = new double[6];
        assertArrayEquals(new double[] {0, 0}, g.losses(w), EXACT);
        assertArrayEquals(new double[6], g.simultaneousGradient(w), EXACT);
        double[][] a = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
        DMatrixRMaj expected = new DMatrixRMaj(6, 6);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected.set(i, 3 + j, -a[i][j] / 9);
                expected.set(3 + i, j, -a[i][j] / 9);
            }
        }
        assertClose(expected.data, g.jacobian(w).data, EXACT, "RPS Ĥ");
        // equal shifts of the logits change nothing: still the uniform equilibrium
        assertArrayEquals(new double[6],
                g.simultaneousGradient(new double[] {2, 2, 2, -1, -1, -1}), EXACT);
        double[][] eig = sortedEigenvalues(g.jacobian(w));
        double r = Math.sqrt(3) / 9;
        double[][] spectrum = {{0, -r}, {0, -r}, {0, 0}, {0, 0}, {0, r}, {0, r}};
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(spectrum[i], eig[i], 1e-12);
        }
    }

    @Test
    void tandemFixedPointsFormTheLine() {
        Game g = GameRegistry.create("tandem");
        assertArrayEquals(new double[] {0.5, 0.5}, g.defaultPoint(), 0);
        for (double x : new double[] {-3, 0, 0.5, 0.25, 7}) {
            double[] w = {x, 1 - x};
            assertArrayEquals(new double[2], g.simultaneousGradient(w), 1e-14);
            assertClose(new double[] {2, 2, 2, 2}, g.jacobian(w).data, EXACT, "tandem Ĥ");
        }
        // off the line ξ = 2(x + y − 1)(1, 1)
        assertArrayEquals(new double[] {3, 3}, g.simultaneousGradient(new double[] {1, 1.5}),
                1e-14);
    }

    @Test
    void diracGanJacobiansAtTheEquilibrium() {
        double[] zero = new double[2];
        for (String v : new String[] {"standard", "non-saturating"}) {
            Game g = GameRegistry.create("dirac-gan:variant=" + v);
            assertArrayEquals(new double[2], g.simultaneousGradient(zero), 0);
            assertClose(new double[] {0, 0.5, -0.5, 0}, g.jacobian(zero).data, EXACT, v);
            double[][] eig = sortedEigenvalues(g.jacobian(zero));
            assertArrayEquals(new double[] {0, -0.5}, eig[0], EXACT);
            assertArrayEquals(new double[] {0, 0.5}, eig[1], EXACT);
        }
        Game wgan = GameRegistry.create("dirac-gan:variant=wgan");
        assertClose(new double[] {0, 1, -1, 0}, wgan.jacobian(zero).data, EXACT, "wgan");
        Game gp = GameRegistry.create("dirac-gan:variant=gradient-penalty,penalty=0.6");
        assertArrayEquals(new double[2], gp.simultaneousGradient(zero), 0);
        assertClose(new double[] {0, 0.5, -0.5, 0.6}, gp.jacobian(zero).data, EXACT, "gp");
        // ½(λ ± i√(1 − λ²)) = 0.3 ± 0.4i
        double[][] eig = sortedEigenvalues(gp.jacobian(zero));
        assertArrayEquals(new double[] {0.3, -0.4}, eig[0], 1e-15);
        assertArrayEquals(new double[] {0.3, 0.4}, eig[1], 1e-15);
    }

    @Test
    void diracGanValuesAwayFromEquilibrium() {
        double[] w = {0.7, -1.3};
        double t = w[0] * w[1];
        double v = -Math.log1p(Math.exp(-t)) - Math.log(2);
        assertArrayEquals(new double[] {v, -v}, DiracGan.standard().game().losses(w), 1e-15);
        assertArrayEquals(new double[] {Math.log1p(Math.exp(t)), -v},
                DiracGan.nonSaturating().game().losses(w), 1e-15);
        assertArrayEquals(new double[] {t, -t}, DiracGan.wgan(1).game().losses(w), 1e-15);
        assertArrayEquals(new double[] {v, -v + 0.25 * w[1] * w[1]},
                DiracGan.gradientPenalty(0.5).game().losses(w), 1e-15);
    }

    @Test
    void wganClippingIsAProjection() {
        DiracGan wgan = DiracGan.wgan(0.25);
        assertEquals(0.25, wgan.clipBound());
        assertArrayEquals(new double[] {3, 0.25}, wgan.project(new double[] {3, 2}), 0);
        assertArrayEquals(new double[] {3, -0.25}, wgan.project(new double[] {3, -2}), 0);
        assertArrayEquals(new double[] {3, 0.1}, wgan.project(new double[] {3, 0.1}), 0);
        assertArrayEquals(new double[] {3, 2}, DiracGan.standard().project(new double[] {3, 2}), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("dirac-gan:variant=standard,clip=0.1"));
        assertEquals("game dirac-gan: clip applies to variant=wgan only, not variant=standard",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("dirac-gan:variant=hinge"));
        assertEquals("game dirac-gan: variant = 'hinge'; allowed: standard, non-saturating, wgan, "
                + "gradient-penalty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DiracGan.wgan(0));
        assertEquals("clip = 0.0; allowed: > 0", e.getMessage());
    }

    @Test
    void smallGamesAgainstFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(29);
        String[] specs = {"bilinear:dim=3,seed=11", "quadratic:dim=2,gamma=0.3",
            "matching-pennies", "rock-paper-scissors", "tandem", "dirac-gan",
            "dirac-gan:variant=non-saturating", "dirac-gan:variant=wgan",
            "dirac-gan:variant=gradient-penalty"};
        for (String spec : specs) {
            Game g = GameRegistry.create(spec);
            for (int t = 0; t < 4; t++) {
                double[] w = randomPoint(rng, g.dimension(), 2);
                // unit-scale smooth losses: central differences are good to about 1e−10
                assertMatchesFiniteDifferences(g, w, 1e-8);
            }
        }
    }

    /** Eigenvalues as (re, im) pairs sorted by imaginary then real part, rounded noise kept. */
    static double[][] sortedEigenvalues(DMatrixRMaj h) {
        EigenDecomposition_F64<DMatrixRMaj> eig =
                DecompositionFactory_DDRM.eig(h.numRows, false, false);
        if (!eig.decompose(h.copy())) {
            throw new AssertionError("eigen-decomposition failed");
        }
        double[][] out = new double[h.numRows][];
        for (int i = 0; i < out.length; i++) {
            Complex_F64 z = eig.getEigenvalue(i);
            out[i] = new double[] {z.real, z.imaginary};
        }
        Arrays.sort(out, (p, q) -> Math.abs(p[1] - q[1]) > 1e-9 ? Double.compare(p[1], q[1])
                : Double.compare(p[0], q[0]));
        return out;
    }
}
