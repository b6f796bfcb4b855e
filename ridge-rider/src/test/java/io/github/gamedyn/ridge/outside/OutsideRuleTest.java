package io.github.gamedyn.ridge.outside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.dynamics.SecondOrderMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.core.lyapunov.LyapunovGradient;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.BaseRule;
import io.github.gamedyn.momentum.Coordinates;
import io.github.gamedyn.momentum.Dual;
import io.github.gamedyn.momentum.Extragradient;
import io.github.gamedyn.momentum.Hyperparameter;
import io.github.gamedyn.momentum.LinearisedAnalysis;
import io.github.gamedyn.momentum.LinearisedRate;
import io.github.gamedyn.momentum.OptimizerMethod;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.RunResult;
import io.github.gamedyn.momentum.TrajectoryRecorder;
import io.github.gamedyn.ridge.grr.BifurcationPoint;
import io.github.gamedyn.ridge.grr.BranchDirection;
import io.github.gamedyn.ridge.grr.GeneralizedRidgeRider;
import io.github.gamedyn.ridge.grr.GrrOptions;
import io.github.gamedyn.ridge.grr.GrrTree;
import io.github.gamedyn.ridge.grr.GrrTreeJson;
import io.github.gamedyn.zoo.GameRegistry;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * A learning rule defined outside the project, in this test's package (public API only), in
 * under 30 lines: optimistic complex momentum, complex momentum on the optimistic direction
 * \(2g_t - g_{t-1}\). With no other code it runs, has a linearised rate that matches finite
 * differences of its update and predicts its runs (ρ per gradient evaluation too, under
 * extragradient), a Lyapunov exponent whose exact gradient matches finite differences, and a GRR
 * run searched by that gradient.
 */
class OutsideRuleTest {

    // the rule: μ ← βμ − (2g − p), ω ← ω + α Re μ, p ← g (buffers Re μ, Im μ, p)
    static final OptimizerMethod OPTIMISTIC_COMPLEX_MOMENTUM = OptimizerMethod.baseRule(
            "optimistic-complex-momentum", "complex momentum on the direction 2 g_t - g_{t-1}",
            List.of(Hyperparameter.stepSize(0.1), new Hyperparameter("beta", new Complex(0.6, 0.3),
                    Hyperparameter.Domain.OPEN_UNIT_DISC, "complex momentum")),
            spec -> new BaseRule() {
                final double alpha = spec.real("alpha");
                final Complex beta = spec.value("beta");

                @Override
                public int buffers() {
                    return 3;
                }

                @Override
                public Coordinates update(Coordinates c, Dual g, Dual shared) {
                    Dual push = g.times(2).minus(c.buffer(2));
                    Dual re = Dual.scaledSum(beta.getReal(), c.buffer(0), -beta.getImaginary(),
                            c.buffer(1)).minus(push);
                    Dual im = Dual.scaledSum(beta.getImaginary(), c.buffer(0), beta.getReal(),
                            c.buffer(1));
                    return Coordinates.of(c.parameters().plus(re.times(alpha)), re, im, g);
                }
            });

    private static final OptimizerSpec SPEC = OptimizerSpec.builder(OPTIMISTIC_COMPLEX_MOMENTUM)
            .set("alpha", 0.3).set("beta", new Complex(0.5, 0.4)).build();

    @Test
    void itsLinearisedRateMatchesFiniteDifferencesAndPredictsItsRun() {
        Game dirac = GameRegistry.create("dirac-gan");
        double[] origin = new double[2];
        LinearisedRate rate = LinearisedAnalysis.at(dirac, SPEC, origin);
        SecondOrderMap map = SPEC.rule().map(dirac);
        double[] x = SPEC.rule().fixedState(dirac, origin);
        assertEquals(8, x.length);
        DMatrixRMaj fd = centralDifferences(map, x);
        DMatrixRMaj exact = rate.jacobian();
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x.length; c++) {
                assertEquals(fd.get(r, c), exact.get(r, c), 1e-8, "J[" + r + "][" + c + "]");
            }
        }
        double rho = rate.spectralRadius();
        assertEquals(Spectra.spectralRadius(fd), rho, 1e-6);
        assertEquals(1, rate.gradientEvaluationsPerStep());
        assertEquals(rho, rate.radiusPerEvaluation(), 0.0);
        assertTrue(rho < 1, "rho " + rho);
        RunResult run = new TrajectoryRecorder(1).run(SPEC.create(dirac, new double[] {1, 1}),
                2000, origin);
        double observed = Math.pow(run.trajectory().get(2000).distanceToTarget()
                / run.trajectory().get(1000).distanceToTarget(), 1.0 / 1000);
        assertEquals(rho, observed, 2e-3);
    }

    @Test
    void extragradientOverItCountsTwoEvaluationsPerStep() {
        Game dirac = GameRegistry.create("dirac-gan");
        double[] origin = new double[2];
        OptimizerSpec eg = OptimizerSpec.builder(Extragradient.METHOD)
                .base(OPTIMISTIC_COMPLEX_MOMENTUM).set("alpha", 0.3)
                .set("beta", new Complex(0.5, 0.4)).set("extrapolation", 0.2).build();
        LinearisedRate rate = LinearisedAnalysis.at(dirac, eg, origin);
        SecondOrderMap map = eg.rule().map(dirac);
        double[] x = eg.rule().fixedState(dirac, origin);
        DMatrixRMaj fd = centralDifferences(map, x);
        assertEquals(Spectra.spectralRadius(fd), rate.spectralRadius(), 1e-6);
        assertEquals(2, rate.gradientEvaluationsPerStep());
        assertEquals(Math.sqrt(Spectra.spectralRadius(fd)), rate.radiusPerEvaluation(), 1e-6);
        assertTrue(Math.abs(rate.spectralRadius() - LinearisedAnalysis.at(dirac, SPEC, origin)
                .spectralRadius()) > 1e-3, "extrapolation changes the rate");
    }

    /** The Jacobian of the map at x by central differences with step 1e-5. */
    private static DMatrixRMaj centralDifferences(SecondOrderMap map, double[] x) {
        int n = x.length;
        DMatrixRMaj fd = new DMatrixRMaj(n, n);
        double h = 1e-5;
        for (int c = 0; c < n; c++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[c] += h;
            minus[c] -= h;
            double[] fp = new double[n];
            double[] fm = new double[n];
            map.apply(plus, fp);
            map.apply(minus, fm);
            for (int r = 0; r < n; r++) {
                fd.set(r, c, (fp[r] - fm[r]) / (2 * h));
            }
        }
        return fd;
    }

    @Test
    void grrSearchesItsMapByTheExactGradientAndJudgesBranchesByIt() {
        GrrOptions options = GrrOptions.defaults()
                .withSearch(s -> s.withMap(SPEC).withRestarts(3).withIterations(20).withSeed(2))
                .withFollowing(f -> f.withSteps(2000).withTolerance(1e-4));
        assertEquals(GrrOptions.Search.Method.GRADIENT_ASCENT, options.search().method());
        GrrTree tree = new GeneralizedRidgeRider(options).run(GameRegistry.create("small-ipd"));
        assertFalse(tree.roots().isEmpty(), "a bifurcation point");
        String json = GrrTreeJson.toJson(tree);
        assertTrue(json.contains("\"map\":\"optimistic-complex-momentum:"), json);
        // the saddle's unstable mode is judged by this map: its growth is not gradient descent's
        BifurcationPoint p = tree.roots().get(0);
        BranchDirection top = p.branches().get(0).direction();
        double gd = Complex.ONE.subtract(top.eigenvalue().multiply(SPEC.real("alpha"))).abs();
        assertTrue(Math.abs(top.growth() - gd) > 1e-3, top.growth() + " vs " + gd);
    }

    @Test
    void itsLyapunovExponentHasAnExactGradient() {
        Game ipd = GameRegistry.create("small-ipd");
        SecondOrderMap map = SPEC.rule().map(ipd);
        double[] x0 = SPEC.rule().init(ipd, new double[] {0.3, -0.2});
        TransportedVectorEstimator estimator = new TransportedVectorEstimator(
                new double[] {1, 0.5, -0.3, 0.2, 0.7, -0.1, 0.4, 0.9});
        int horizon = 15;
        LyapunovGradient exact = estimator.gradient(map, x0, horizon);
        assertEquals(estimator.estimate(map, x0, horizon).value(), exact.value(), 1e-12);
        for (int k = 0; k < x0.length; k++) {
            double h = 1e-6;
            double[] plus = x0.clone();
            double[] minus = x0.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (estimator.estimate(map, plus, horizon).value()
                    - estimator.estimate(map, minus, horizon).value()) / (2 * h);
            assertEquals(fd, exact.gradient()[k], 1e-6 * Math.max(1, Math.abs(fd)), "entry " + k);
        }
    }
}
