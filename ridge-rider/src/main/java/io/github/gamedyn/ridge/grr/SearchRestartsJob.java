package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.momentum.OptimizerSpec;
import java.io.Serializable;
import java.util.Objects;

/**
 * The restarts of GRR's bifurcation search (step 2) as a job of cells: restart {@code r}
 * maximises the finite-time Lyapunov exponent from {@code starts[r]}, with the transported vector
 * {@code u0}. The driver draws {@code u0} and the starts from the seed in the order a run on one
 * machine does, and keeps everything after the search (sorting the maxima, merging duplicates,
 * branching, following, clustering), so the tree is the same on every engine.
 *
 * @param game the game, built again where the restarts run
 * @param map the optimiser whose update is the learning map, as its spec text
 * @param method how the exponent is maximised
 * @param horizon K
 * @param iterations the iteration cap
 * @param jacobianFloor the \(\|\hat H\|_F\) below which a maximum is saturated
 * @param bound the box \(|\omega_i| \le b\)
 * @param u0 the transported vector
 * @param starts one start per restart, clipped to the box
 */
record SearchRestartsJob(GameRecipe game, String map, GrrOptions.Search.Method method, int horizon,
        int iterations, double jacobianFloor, double bound, double[] u0, double[][] starts)
        implements CellJob<BifurcationSearch.Maximum>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the arrays. */
    SearchRestartsJob {
        Objects.requireNonNull(game, "game");
        u0 = u0.clone();
        starts = starts.clone();
        for (int r = 0; r < starts.length; r++) {
            starts[r] = starts[r].clone();
        }
    }

    /** The job of {@code search}, whose seed drew {@code u0} and {@code starts}. */
    static SearchRestartsJob of(GameRecipe game, GrrOptions.Search search, double[] u0,
            double[][] starts) {
        return new SearchRestartsJob(game, search.map().toString(), search.method(),
                search.horizon(), search.iterations(), search.jacobianFloor(), search.bound(), u0,
                starts);
    }

    @Override
    public int cells() {
        return starts.length;
    }

    @Override
    public CellKernel<BifurcationSearch.Maximum> kernel() {
        Game g = game.create();
        GrrOptions.Search search = GrrOptions.Search.DEFAULT.withMap(OptimizerSpec.parse(map), method)
                .withHorizon(horizon).withIterations(iterations).withJacobianFloor(jacobianFloor)
                .withBound(bound);
        BifurcationSearch s = new BifurcationSearch(new LearningMap(g, search, n -> u0.clone()),
                search);
        return r -> s.maximise(starts[r]);
    }

    @Override
    public String failure(int cell, String cause) {
        return "GRR search restart " + (cell + 1) + " failed: " + cause;
    }
}
