package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.size.SizeGuard;

/**
 * The size guard of the commands that need dense n×n Jacobians (Ĥ, or the Jacobian of an
 * optimiser's augmented update): the work is refused before it starts when the matrices cannot
 * fit, naming the game as the user wrote it and its dimension.
 */
final class JacobianBudget {
    /**
     * n×n matrices alive at once in one analysis: the Jacobian and a copy, the Hessenberg and
     * Schur forms with their orthogonal factor, the real and imaginary parts of the eigenvectors,
     * and one for the caller. An upper estimate, from the eigen solver's working set.
     */
    static final int MATRICES = 8;

    private JacobianBudget() {
    }

    /**
     * @param spec the game as the user wrote it
     * @param n the size of the matrices (d for Ĥ, the augmented dimension for an update)
     * @param copies analyses alive at once (one per worker thread)
     * @param purpose what needs them, e.g. {@code analyze}
     * @throws IllegalArgumentException naming the game, n and the limit
     */
    static void require(Game game, String spec, int n, int copies, String purpose) {
        SizeGuard.require("game " + spec + " (dimension " + game.dimension() + ")", purpose
                        + " (" + MATRICES * copies + " matrices of " + n + "×" + n + ")",
                SizeGuard.product(n, n), SizeGuard.product(MATRICES, copies, n, n, Double.BYTES));
    }
}
