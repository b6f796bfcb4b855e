package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.engine.LocalEngine;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.zoo.GameRegistry;
import io.github.gamedyn.zoo.RegisteredGame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GRR with its restarts as cells on an engine gives the tree of the run on one machine, bit for
 * bit (compared through the tree's JSON, which prints every double exactly).
 */
class SearchRestartsJobTest {

    private static void sameTree(String spec, GrrOptions options) {
        String direct = GrrTreeJson.toJson(new GeneralizedRidgeRider(options)
                .run(GameRegistry.create(spec)));
        for (int threads : new int[] {1, 2}) {
            List<String> reports = new ArrayList<>();
            GrrTree tree = new GeneralizedRidgeRider(options).run(new RegisteredGame(spec),
                    (stage, done, total) -> reports.add(stage + " " + done + "/" + total),
                    new LocalEngine(threads));
            assertEquals(direct, GrrTreeJson.toJson(tree), spec + ", " + threads + " threads");
            int restarts = options.search().restarts();
            assertEquals("SEARCH " + restarts + "/" + restarts, reports.get(0));
        }
    }

    @Test
    void gradientAscentRestartsGiveTheSameTree() {
        GrrOptions options = GrrOptions.defaults().withLearningRate(10)
                .withSearch(s -> s.withHorizon(20).withRestarts(4).withIterations(20).withSeed(3))
                .withFollowing(f -> f.withTolerance(1e-4).withSteps(2000));
        sameTree("small-ipd", options);
        GrrTree tree = new GeneralizedRidgeRider(options).run(GameRegistry.create("small-ipd"));
        assertTrue(tree.search().restarts() == 4 && !tree.roots().isEmpty(), "a tree to compare");
    }

    @Test
    void nelderMeadRestartsOfAnotherMapGiveTheSameTree() {
        GrrOptions options = GrrOptions.defaults().withLearningRate(1)
                .withSearch(s -> s.withMap(OptimizerSpec.parse("heavy-ball:alpha=0.5,beta=0.3"),
                                GrrOptions.Search.Method.NELDER_MEAD)
                        .withHorizon(30).withRestarts(3).withIterations(10).withSeed(1))
                .withFollowing(f -> f.withSteps(300));
        sameTree("mixed-ipd-pennies", options);
    }
}
