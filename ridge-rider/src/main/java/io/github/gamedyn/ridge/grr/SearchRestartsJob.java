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
 * @param learningRate α of the gradient-descent learning map
 * @param horizon K
 * @param searchMap the optimiser whose update is the learning map, as text, or {@code null} for
 *     gradient descent
 * @param search how the exponent is maximised
 * @param searchIterations the iteration cap
 * @param jacobianFloor the \(\|\hat H\|_F\) below which a maximum is saturated
 * @param bound the box \(|\omega_i| \le b\)
 * @param u0 the transported vector
 * @param starts one start per restart, clipped to the box
 */
record SearchRestartsJob(GameRecipe game, double learningRate, int horizon, String searchMap,
        GrrOptions.Search search, int searchIterations, double jacobianFloor, double bound,
        double[] u0, double[][] starts) implements CellJob<BifurcationSearch.Maximum>,
        Serializable {
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

    /** The job of the search of {@code options}. */
    static SearchRestartsJob of(GameRecipe game, GrrOptions options, double[] u0,
            double[][] starts) {
        return new SearchRestartsJob(game, options.learningRate(), options.horizon(),
                options.searchMap() == null ? null : options.searchMap().toString(),
                options.search(), options.searchIterations(), options.jacobianFloor(),
                options.bound(), u0, starts);
    }

    @Override
    public int cells() {
        return starts.length;
    }

    @Override
    public CellKernel<BifurcationSearch.Maximum> kernel() {
        Game g = game.create();
        GrrOptions options = GrrOptions.builder().learningRate(learningRate).horizon(horizon)
                .searchMap(searchMap == null ? null : OptimizerSpec.parse(searchMap))
                .search(search).searchIterations(searchIterations).jacobianFloor(jacobianFloor)
                .bound(bound).build();
        BifurcationSearch s = new BifurcationSearch(new LearningMap(g, options, n -> u0.clone()),
                options);
        return r -> s.maximise(starts[r]);
    }

    @Override
    public String failure(int cell, String cause) {
        return "GRR search restart " + (cell + 1) + " failed: " + cause;
    }
}
