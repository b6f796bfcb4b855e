package io.github.gamedyn.zoo;

/**
 * The named strategies of the two players at an IPD solution ({@link IpdBehaviour#strategies}).
 *
 * @param player1 player 1's match
 * @param player2 player 2's match
 */
public record IpdStrategyPair(IpdStrategyMatch player1, IpdStrategyMatch player2) {

    /**
     * The pair's label regardless of which player is which (the game is symmetric), names in the
     * order of {@link IpdStrategy} with "other" last: e.g. {@code TFT–GRIM} for (GRIM, TFT) as well
     * as (TFT, GRIM), {@code ALLD–other}.
     */
    public String label() {
        boolean swap = rank(player2) < rank(player1);
        return (swap ? player2 : player1).label() + "–" + (swap ? player1 : player2).label();
    }

    private static int rank(IpdStrategyMatch m) {
        return m.named() ? m.nearest().ordinal() : IpdStrategy.values().length;
    }

    /** E.g. {@code player 1 TFT (0.003), player 2 other (nearest GRIM, 0.270)}. */
    @Override
    public String toString() {
        return "player 1 " + player1 + ", player 2 " + player2;
    }
}
