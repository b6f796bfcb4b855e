package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.equilibrium.NewtonFixedPointSolver;
import io.github.gamedyn.core.game.Game;

/**
 * The reference fixed point of a game for the commands that need one: Newton's method on ξ from
 * the game's default point, with the solver's defaults (converged when ‖ξ‖ ≤ 1e-12, within 100
 * steps).
 */
final class FixedPoints {

    private FixedPoints() {
    }

    /** Newton's method from the default point; a fixed point when it {@code converged()}. */
    static FixedPointResult fromDefaultPoint(Game game) {
        return new NewtonFixedPointSolver().solve(game, game.defaultPoint());
    }
}
