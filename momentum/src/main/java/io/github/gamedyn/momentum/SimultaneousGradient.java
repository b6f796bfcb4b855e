package io.github.gamedyn.momentum;

import io.github.gamedyn.core.game.Game;
import org.ejml.data.DMatrixRMaj;

/** The simultaneous gradient ξ(ω) itself, with Jacobian Ĥ. */
final class SimultaneousGradient implements GradientField {
    private final Game game;

    SimultaneousGradient(Game game) {
        this.game = game;
    }

    @Override
    public double[] value(double[] w) {
        return game.simultaneousGradient(w);
    }

    @Override
    public DMatrixRMaj jacobian(double[] w) {
        return game.jacobian(w);
    }
}
