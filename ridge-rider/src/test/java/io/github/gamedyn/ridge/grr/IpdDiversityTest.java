package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.IpdBehaviour;
import io.github.gamedyn.zoo.IteratedPrisonersDilemma;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline result of the GRR paper on the memory-one IPD (γ = 0.96, per-step losses, GD with
 * α = 10, i.e. α = 0.4 on the unscaled losses): branching at Lyapunov maxima finds mutual
 * cooperation as well as mutual defection, while naive learning from 50 random starts
 * θ ~ N(0, 1) (same seed) finds mutual defection only.
 */
class IpdDiversityTest {
    private static final Game IPD = IteratedPrisonersDilemma.create(0.96, true);
    private static final IpdBehaviour BEHAVIOUR = new IpdBehaviour(0.96);
    private static final GrrOptions OPTIONS = GrrOptions.builder().learningRate(10).horizon(20)
            .restarts(4).searchIterations(20).perturbation(1).maxBranches(4).followSteps(3000)
            .followTolerance(1e-4).clusterTolerance(0.1).seed(2).build();

    @Test
    void grrFindsCooperationAndDefectionWhereNaiveLearningFindsDefectionOnly() {
        GrrTree tree = new GeneralizedRidgeRider(OPTIONS).run(IPD, BEHAVIOUR);
        List<Cluster> clusters = tree.clusters();
        assertEquals(2, clusters.size());
        double[] cooperation = {1, 1, 1, 0, 0, 0};
        double[] defection = {2, 2, 0, 0, 0, 1};
        boolean cooperationFirst = clusters.get(0).features()[0] < 1.5;
        assertArrayEquals(cooperation, clusters.get(cooperationFirst ? 0 : 1).features(), 2e-3);
        assertArrayEquals(defection, clusters.get(cooperationFirst ? 1 : 0).features(), 2e-3);

        List<Cluster> naive = NaiveLearning.run(IPD, BEHAVIOUR, OPTIONS, 50);
        assertEquals(1, naive.size());
        assertEquals(50, naive.get(0).size());
        assertArrayEquals(defection, naive.get(0).features(), 2e-3);
    }
}
