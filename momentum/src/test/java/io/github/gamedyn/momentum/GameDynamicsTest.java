package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.DiracGan;
import io.github.gamedyn.zoo.MatchingPennies;
import io.github.gamedyn.zoo.TandemGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour on the Dirac GAN, matching pennies and the tandem game. */
class GameDynamicsTest {
    private static final double[] ORIGIN = {0, 0};

    private static RunResult run(String spec, Game game, double[] w0, int steps) {
        return new TrajectoryRecorder(1).run(OptimizerSpec.parse(spec).create(game, w0), steps,
                ORIGIN);
    }

    @Test
    void complexMomentumConvergesOnTheDiracGanAtTheLinearisedRate() {
        Game dirac = DiracGan.standard().game();
        String spec = "complex-momentum:alpha=0.1,beta=0.9@" + Math.PI / 8;
        RunResult r = run(spec, dirac, new double[] {1, 1}, 3000);
        assertTrue(r.completed());
        double rho = LinearisedAnalysis.at(dirac, OptimizerSpec.parse(spec), ORIGIN)
                .spectralRadius();
        double observed = Math.pow(r.trajectory().get(3000).distanceToTarget()
                / r.trajectory().get(1500).distanceToTarget(), 1.0 / 1500);
        assertTrue(rho < 1);
        assertEquals(rho, observed, 1e-3);
        assertTrue(r.last().distanceToTarget() < 1e-6);
    }

    @Test
    void positiveMomentumDivergesOnTheDiracGan() {
        Game dirac = DiracGan.standard().game();
        assertTrue(LinearisedAnalysis.at(dirac, OptimizerSpec.parse("heavy-ball:alpha=0.1,beta=0.9"),
                ORIGIN).spectralRadius() > 1);
        RunResult r = run("heavy-ball:alpha=0.1,beta=0.9", dirac, new double[] {1, 1}, 2000);
        assertTrue(r.last().distanceToTarget() > 3 * Math.sqrt(2));
    }

    @Test
    void naiveLearningSpiralsOutOfMatchingPennies() {
        RunResult r = run("gd:alpha=1", MatchingPennies.create(), new double[] {0.5, -0.3},
                500);
        assertTrue(r.last().distanceToTarget() > 2 * r.trajectory().get(0).distanceToTarget());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "extragradient:alpha=1", "optimistic:alpha=1", "consensus:alpha=1,gamma=1",
        "sga:alpha=1,lambda=1", "lookahead:alpha=1", "cgd:alpha=1", "sos:alpha=1",
        "complex-momentum:alpha=0.2,beta=0.9@0.3927",
        "lookahead:alpha=1,schedule=alternating"})
    void stabilisingMethodsReachTheNashEquilibriumOfMatchingPennies(String spec) {
        RunResult r = run(spec, MatchingPennies.create(), new double[] {0.5, -0.3}, 5000);
        assertTrue(r.completed());
        assertTrue(r.last().distanceToTarget() < 1e-3, () -> spec + " ended at "
                + r.last().distanceToTarget());
    }

    @Test
    void sosConvergesToTheLineOfTandemFixedPointsAndLolaDriftsOffIt() {
        Game tandem = TandemGame.create();
        double[] onLine = {0.3, 0.7};
        double[] offLine = {0, 0.2};
        for (double[] w0 : new double[][] {onLine, offLine}) {
            double[] sos = run("sos:alpha=0.1", tandem, w0, 500).last().parameters();
            assertEquals(1, sos[0] + sos[1], 1e-9);
            // LOLA's fixed points satisfy (1 − 4α)(x + y) = 1 − 2α, i.e. x + y = 4/3 for α = 0.1;
            // the original shaping-only form: x + y = 1/(1 − 2α) = 5/4
            double[] lola = run("lola:alpha=0.1", tandem, w0, 500).last().parameters();
            assertEquals(4.0 / 3, lola[0] + lola[1], 1e-9);
            double[] shaping = run("lola-shaping:alpha=0.1", tandem, w0, 500).last().parameters();
            assertEquals(1.25, shaping[0] + shaping[1], 1e-9);
        }
    }
}
