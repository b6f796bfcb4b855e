package io.github.gamedyn.core.game;

import io.github.gamedyn.core.ad.Linearization;
import io.github.gamedyn.core.linalg.LinearOperator;

/**
 * The game Jacobian \( \hat H(\omega) \) at a point as a {@link LinearOperator}: \( v \mapsto \hat H v \)
 * and \( v \mapsto \hat H^{\mathsf T} v \) (the row \( v^{\mathsf T}\hat H \) as a column), for matrix-free
 * spectra of games too large for the dense \( \hat H \).
 *
 * <p>This is the one place where the matrix-free spectra meet the differentiation engine: the game is
 * linearised once at ω ({@link Game#linearize}), so every product costs only the part of the traced
 * program that is linear in v. The operator is confined to one thread, like the linearisation.
 *
 * <pre>{@code
 * PartialEigendecomposition top = ArnoldiEigenSolver.builder().count(10).build()
 *         .solve(JacobianOperator.at(game, w));
 * }</pre>
 */
public final class JacobianOperator {

    private JacobianOperator() {
    }

    /**
     * @param game the game
     * @param w the point ω, length d. Not modified (copied).
     * @return \( \hat H(\omega) \) as products
     * @throws IllegalArgumentException if {@code game} is null or {@code w} has the wrong length or is not finite
     */
    public static LinearOperator at(Game game, double[] w) {
        if (game == null) {
            throw new IllegalArgumentException("game is null; allowed: a Game");
        }
        Linearization at = game.linearize(w);
        return LinearOperator.of(game.dimension(), at::jacobianVectorProduct,
                at::vectorJacobianProduct);
    }
}
