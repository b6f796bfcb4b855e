package io.github.gamedyn.core.lyapunov;

import io.github.gamedyn.core.game.Game;

/**
 * Start points of a two-player game with one logit per player, on an equally spaced grid of the
 * players' probabilities (of cooperating, or of the first action): column {@code i} has
 * \(P_1 = p_{\min} + i\,(p_{\max}-p_{\min})/(\mathrm{columns}-1)\), row {@code j} likewise \(P_2\),
 * and the start point is \(\omega_0 = (\mathrm{logit}\,P_1, \mathrm{logit}\,P_2)\). The plane of the
 * GRR paper's landscapes of the small IPD, matching pennies and their mixture.
 */
public final class ProbabilityGrid implements StartPointGrid {
    private final double pMin;
    private final double pMax;
    private final int cells;

    /**
     * @param pMin smallest probability, in (0, 1)
     * @param pMax largest probability, in (pMin, 1)
     * @param cells grid points per axis, ≥ 2
     */
    public ProbabilityGrid(double pMin, double pMax, int cells) {
        if (!(pMin > 0 && pMin < pMax && pMax < 1)) {
            throw new IllegalArgumentException("probability range [" + pMin + ", " + pMax
                    + "]; allowed: 0 < pMin < pMax < 1");
        }
        if (cells < 2) {
            throw new IllegalArgumentException("cells = " + cells + "; allowed: ≥ 2");
        }
        this.pMin = pMin;
        this.pMax = pMax;
        this.cells = cells;
    }

    @Override
    public int columns() {
        return cells;
    }

    @Override
    public int rows() {
        return cells;
    }

    /** The probability of grid index {@code i} (a column's \(P_1\) or a row's \(P_2\)). */
    public double probability(int i) {
        return pMin + i * (pMax - pMin) / (cells - 1);
    }

    @Override
    public double[] point(int column, int row) {
        return new double[] {logit(probability(column)), logit(probability(row))};
    }

    /** \(\log(p/(1-p))\). */
    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The numbers of a {@link ProbabilityGrid}, for a {@link LandscapeJob}, checked. */
    public record Recipe(double pMin, double pMax, int cells) implements GridRecipe {
        private static final long serialVersionUID = 1L;

        /** Checks the arguments as the {@linkplain ProbabilityGrid#ProbabilityGrid constructor}. */
        public Recipe {
            new ProbabilityGrid(pMin, pMax, cells);
        }

        @Override
        public int columns() {
            return cells;
        }

        @Override
        public int rows() {
            return cells;
        }

        /**
         * The grid.
         *
         * @throws IllegalArgumentException if the game does not have two parameters
         */
        @Override
        public ProbabilityGrid grid(Game game) {
            if (game.dimension() != 2) {
                throw new IllegalArgumentException("a probability grid has dimension 2; allowed: "
                        + "a game of dimension 2, not " + game.name() + " of dimension "
                        + game.dimension());
            }
            return new ProbabilityGrid(pMin, pMax, cells);
        }
    }
}
