package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.dynamics.DifferentiableMap;
import io.github.gamedyn.core.dynamics.GradientDescentMap;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.lyapunov.TransportedVectorEstimator;
import io.github.gamedyn.momentum.OptimizerSpec;
import java.util.function.IntFunction;

/**
 * Step (1) of GRR: the learning map F whose finite-time Lyapunov exponent the bifurcation search
 * maximises, \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0 u_0\|\). Simultaneous
 * gradient descent \(\omega - \alpha\xi(\omega)\), with an exact gradient in \(\omega_0\); or the
 * update of any other optimiser of the momentum module on its augmented state (parameters and
 * buffers, the buffers starting as a fresh optimiser's), searched without derivatives. Stateless
 * after construction and thread-safe.
 */
final class LearningMap {
    private final Game game;
    private final OptimizerSpec optimizer;
    private final DifferentiableMap map;
    private final GradientDescentMap descent;
    private final TransportedVectorEstimator estimator;
    private final int horizon;

    /**
     * @param transported draws the transported vector \(u_0\) for a given state dimension
     */
    LearningMap(Game game, GrrOptions.Search search, IntFunction<double[]> transported) {
        this.game = game;
        this.optimizer = search.map();
        this.descent = GrrOptions.isDescent(optimizer)
                ? new GradientDescentMap(game, optimizer.real("alpha")) : null;
        this.map = descent != null ? descent : optimizer.create(game, game.defaultPoint()).updateMap();
        this.estimator = new TransportedVectorEstimator(transported.apply(map.dimension()));
        this.horizon = search.horizon();
    }

    Game game() {
        return game;
    }

    /** \(\hat\lambda_K\) from ω₀ (not modified). */
    double exponent(double[] w0) {
        return estimator.estimate(map, lift(w0), horizon).value();
    }

    /**
     * The forward sweep of \(\hat\lambda_K\) from ω₀ (not modified), whose adjoint gives the exact
     * gradient (gradient descent only).
     */
    TransportedVectorEstimator.ForwardSweep sweep(double[] w0) {
        if (descent == null) {
            throw new IllegalStateException("the exponent of " + optimizer + " has no exact "
                    + "gradient here; search it with NELDER_MEAD");
        }
        return estimator.sweep(descent, w0, horizon);
    }

    private double[] lift(double[] w0) {
        return descent != null ? w0 : optimizer.create(game, w0).state();
    }
}
