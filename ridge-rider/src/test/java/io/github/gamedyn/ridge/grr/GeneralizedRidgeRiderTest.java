package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.ad.Var;
import io.github.gamedyn.core.equilibrium.Classification;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import io.github.gamedyn.zoo.MatchingPennies;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class GeneralizedRidgeRiderTest {

    /** α K |λ| = 10 · 20 · 0.039 ≈ 8 at the saddle of the small IPD. */
    static final GrrOptions SMALL_IPD = GrrOptions.defaults().withLearningRate(10)
            .withSearch(s -> s.withHorizon(20).withRestarts(2).withIterations(20).withSeed(0))
            .withFollowing(f -> f.withTolerance(1e-4).withSteps(5000));

    @Test
    void smallIpdSaddleBranchesToDefectionAndCooperation() {
        GrrTree tree = new GeneralizedRidgeRider(SMALL_IPD).run(SmallIpd.create());
        BifurcationPoint saddle = tree.roots().get(0);
        assertEquals(BifurcationPoint.Origin.FIXED_POINT_NEAR_MAXIMUM, saddle.origin());
        assertEquals(0.4179, saddle.point()[0], 1e-4);
        assertEquals(0.4179, saddle.point()[1], 1e-4);
        assertEquals(Classification.SADDLE, saddle.classification().orElseThrow());
        assertEquals(0.03925, saddle.eigenvalues()[0].getReal(), 1e-5);
        assertEquals(-0.03925, saddle.eigenvalues()[1].getReal(), 1e-5);

        GrrBranch plus = saddle.branches().get(0);
        GrrBranch minus = saddle.branches().get(1);
        assertEquals("+v1", plus.direction().label());
        assertEquals("-v1", minus.direction().label());
        assertTrue(plus.direction().unstable() && minus.direction().unstable());
        double[] d = plus.direction().direction();
        assertEquals(Math.abs(d[0]), Math.abs(d[1]), 1e-9, "unstable direction along (1, 1)/√2");

        double[] up = plus.end().features();
        double[] down = minus.end().features();
        double[] cooperate = up[0] > down[0] ? up : down;
        double[] defect = up[0] > down[0] ? down : up;
        assertTrue(cooperate[0] > 0.99 && cooperate[1] > 0.99, "cooperation " + cooperate[0]);
        assertTrue(defect[0] < 0.01 && defect[1] < 0.01, "defection " + defect[0]);
        assertNotEquals(plus.end().cluster(), minus.end().cluster());
        assertEquals(1.0, (up[0] > down[0] ? plus : minus).end().losses()[0], 1e-3);
    }

    @Test
    void mixedGameHasAComplexFixedPointBranchedAlongReAndImV() {
        GrrOptions options = GrrOptions.defaults().withLearningRate(1)
                .withSearch(s -> s.withHorizon(100).withRestarts(2).withIterations(20))
                .withFollowing(f -> f.withSteps(300));
        GrrTree tree = new GeneralizedRidgeRider(options).run(HopfThresholdTest.MIXED);
        BifurcationPoint focus = tree.roots().stream().filter(BifurcationPoint::isFixedPoint)
                .findFirst().orElseThrow();
        assertEquals(0.1147, focus.point()[0], 1e-4);
        assertEquals(-0.2368, focus.point()[1], 1e-4);
        Complex lambda = focus.eigenvalues()[0];
        assertEquals(0.00218, lambda.getReal(), 1e-5);
        assertEquals(0.06086, lambda.getImaginary(), 1e-5);
        assertEquals(1.1755, focus.learningRateThreshold().orElseThrow(), 1e-3);
        assertEquals(List.of("+Re v0", "-Re v0", "+Im v0", "-Im v0"), labels(focus));
        double[] re = focus.branches().get(0).direction().direction();
        double[] im = focus.branches().get(2).direction().direction();
        assertEquals(0, re[0] * im[0] + re[1] * im[1], 1e-12, "canonical phase: Re v ⟂ Im v");
    }

    @Test
    void matchingPenniesBranchesAtTheNashEquilibriumAlongComplexDirections() {
        GrrOptions options = GrrOptions.defaults().withLearningRate(4)
                .withSearch(s -> s.withHorizon(10).withRestarts(4))
                .withFollowing(f -> f.withSteps(200));
        GrrTree tree = new GeneralizedRidgeRider(options).run(MatchingPennies.create());
        BifurcationPoint nash = tree.roots().get(0);
        assertEquals(0, GeneralizedRidgeRider.maxAbs(nash.point()), 1e-10);
        assertEquals(Classification.ROTATIONAL, nash.classification().orElseThrow());
        assertEquals(0.25, nash.eigenvalues()[0].getImaginary(), 1e-12);
        assertEquals(List.of("+Re v0", "-Re v0", "+Im v0", "-Im v0"), labels(nash));
        for (GrrBranch b : nash.branches()) {
            assertEquals(Math.sqrt(2), b.direction().growth(), 1e-12);
            assertTrue(b.direction().unstable());
        }
        assertEquals(0.5 * Math.log(2), nash.lyapunovExponent(), 1e-9);
    }

    /**
     * \(L = (x^2 - 1)^2 + 2(y^2 - 1)^2\): from the maximum at 0 the branches along ±y keep x = 0
     * exactly and stop at the saddles (0, ±1); depth 2 branches there along ±x to the minima.
     */
    @Test
    void recursionBranchesAgainAtUnstableFixedPointsAtBranchEnds() {
        Game wells = Game.builder("wells").player("theta", 2).losses(t -> {
            Var x = t.block(0).get(0);
            Var y = t.block(0).get(1);
            return new Var[] {x.square().minus(1).square().plus(y.square().minus(1).square().times(2))};
        }).build();
        GrrOptions options = GrrOptions.defaults().withLearningRate(0.02)
                .withSearch(s -> s.withHorizon(30).withRestarts(2).withBound(0.9))
                .withFollowing(f -> f.withTolerance(1e-10)).withDepth(2);
        GrrTree tree = new GeneralizedRidgeRider(options).run(wells);
        BifurcationPoint top = tree.roots().get(0);
        assertEquals(0, GeneralizedRidgeRider.maxAbs(top.point()), 1e-9);
        GrrBranch alongY = top.branches().get(0);
        assertEquals(-8, alongY.direction().eigenvalue().getReal(), 1e-9);
        BifurcationPoint saddle = alongY.child().orElseThrow();
        assertEquals(BifurcationPoint.Origin.END_OF_BRANCH, saddle.origin());
        assertEquals(1, Math.abs(saddle.point()[1]), 1e-9);
        assertEquals(Classification.SADDLE, saddle.classification().orElseThrow());
        for (GrrBranch b : saddle.branches().subList(0, 2)) {
            double[] end = b.end().point();
            assertEquals(1, Math.abs(end[0]), 1e-6);
            assertEquals(1, Math.abs(end[1]), 1e-6);
        }
        Set<String> minima = new TreeSet<>();
        for (GrrBranch b : top.branches()) {
            b.child().ifPresent(c -> c.branches().forEach(g -> {
                double[] end = g.end().point();
                if (Math.abs(Math.abs(end[0]) - 1) < 1e-6 && Math.abs(Math.abs(end[1]) - 1) < 1e-6) {
                    minima.add(Math.signum(end[0]) + "," + Math.signum(end[1]));
                }
            }));
        }
        assertEquals(4, minima.size(), "the four minima below the two saddles: " + minima);
    }

    /**
     * Branches can be followed by any optimiser: heavy ball with β = 0 is gradient descent, and
     * the general optimiser path reproduces gradient descent's fast path bit for bit; heavy-ball
     * momentum also separates the saddle's unstable branches into cooperation and defection.
     */
    @Test
    void branchesFollowedByAnyOptimiser() {
        GrrTree builtIn = new GeneralizedRidgeRider(SMALL_IPD).run(SmallIpd.create());
        GrrTree asSpec = new GeneralizedRidgeRider(SMALL_IPD.withFollowing(f -> f.withOptimizer(
                OptimizerSpec.parse("heavy-ball:alpha=10,beta=0")))).run(SmallIpd.create());
        assertEquals(builtIn.endPoints().size(), asSpec.endPoints().size());
        for (int i = 0; i < builtIn.endPoints().size(); i++) {
            assertArrayEquals(builtIn.endPoints().get(i).point(), asSpec.endPoints().get(i).point(),
                    0.0);
        }
        GrrTree momentum = new GeneralizedRidgeRider(SMALL_IPD.withFollowing(f -> f.withOptimizer(
                OptimizerSpec.parse("heavy-ball:alpha=5,beta=0.5")))).run(SmallIpd.create());
        BifurcationPoint saddle = momentum.roots().get(0);
        double[] up = saddle.branches().get(0).end().features();
        double[] down = saddle.branches().get(1).end().features();
        assertTrue(Math.max(up[0], down[0]) > 0.99 && Math.min(up[0], down[0]) < 0.01,
                "heavy ball ends at " + up[0] + " and " + down[0]);
        assertTrue(GrrTreeText.format(momentum).contains("heavy-ball"));
    }

    /** The derivative-free search finds the same saddle of the small IPD. */
    @Test
    void nelderMeadSearchFindsTheSmallIpdSaddle() {
        GrrTree tree = new GeneralizedRidgeRider(SMALL_IPD.withSearch(s -> s.withMethod(
                GrrOptions.Search.Method.NELDER_MEAD))).run(SmallIpd.create());
        boolean saddle = tree.roots().stream().anyMatch(b -> b.classification().isPresent()
                && b.classification().get() == Classification.SADDLE
                && Math.abs(b.point()[0] - 0.4179) < 1e-4 && Math.abs(b.point()[1] - 0.4179) < 1e-4);
        assertTrue(saddle, GrrTreeText.format(tree));
    }

    @Test
    void sameSeedSameTree() {
        GeneralizedRidgeRider grr = new GeneralizedRidgeRider(SMALL_IPD);
        String first = GrrTreeJson.toJson(grr.run(SmallIpd.create()));
        String second = GrrTreeJson.toJson(grr.run(SmallIpd.create()));
        assertEquals(first, second);
        GrrOptions otherSeed = SMALL_IPD.withSearch(s -> s.withSeed(1));
        String third = GrrTreeJson.toJson(new GeneralizedRidgeRider(otherSeed).run(SmallIpd.create()));
        assertNotEquals(first, third);
    }

    /** Restarts and branches run as cells on several threads: the same tree, bit for bit. */
    @Test
    void sameTreeWhateverTheThreadCount() {
        GrrOptions ipd = GrrOptions.defaults().withLearningRate(10)
                .withSearch(s -> s.withRestarts(3).withIterations(5).withSeed(4))
                .withBranching(b -> b.withMaxBranches(4).withPerturbation(1).withRideSteps(2))
                .withFollowing(f -> f.withSteps(300));
        Game game = IteratedPrisonersDilemma.create(0.96, true);
        String one = GrrTreeJson.toJson(new GeneralizedRidgeRider(ipd, 1).run(game));
        assertEquals(one, GrrTreeJson.toJson(new GeneralizedRidgeRider(ipd, 3).run(game)));
        assertTrue(one.contains("\"cluster\":1"), "more than one cluster");
    }

    @Test
    void progressCountsRestartsThenBranches() {
        List<String> events = new ArrayList<>();
        GrrTree tree = new GeneralizedRidgeRider(SMALL_IPD).run(SmallIpd.create(), (stage, done, total) -> events.add(stage + " " + done + "/" + total));
        int branches = tree.roots().stream().mapToInt(p -> p.branches().size()).sum();
        List<String> expected = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            expected.add("SEARCH " + r + "/2");
        }
        for (int b = 1; b <= branches; b++) {
            expected.add("BRANCHES " + b + "/" + branches);
        }
        assertEquals(expected, events);
    }

    static List<String> labels(BifurcationPoint p) {
        return p.branches().stream().map(b -> b.direction().label()).collect(Collectors.toList());
    }
}
