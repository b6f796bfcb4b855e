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
            assertEquals("SEARCH " + options.restarts() + "/" + options.restarts(),
                    reports.get(0));
        }
    }

    @Test
    void gradientAscentRestartsGiveTheSameTree() {
        GrrOptions options = GrrOptions.builder().learningRate(10).horizon(20).restarts(4)
                .searchIterations(20).seed(3).followTolerance(1e-4).followSteps(2000).build();
        sameTree("small-ipd", options);
        GrrTree tree = new GeneralizedRidgeRider(options).run(GameRegistry.create("small-ipd"));
        assertTrue(tree.search().restarts() == 4 && !tree.roots().isEmpty(), "a tree to compare");
    }

    @Test
    void nelderMeadRestartsOfAnotherMapGiveTheSameTree() {
        GrrOptions options = GrrOptions.builder().learningRate(1).horizon(30).restarts(3)
                .searchIterations(10).seed(1).followSteps(300)
                .searchMap(OptimizerSpec.parse("heavy-ball:alpha=0.5,beta=0.3"))
                .search(GrrOptions.Search.NELDER_MEAD).build();
        sameTree("mixed-ipd-pennies", options);
    }
}
