package io.github.gamedyn.momentum;

/**
 * Why and where a run stopped: the step that failed, the player whose coordinates (or buffers)
 * blew up, and the last finite augmented state.
 *
 * @param step the step that produced a non-finite or exploding state (1-based)
 * @param player the player's index, or −1 when a shared scalar failed
 * @param playerName the player's name, or {@code shared}
 * @param reason what happened: {@code non-finite state}, {@code non-finite direction},
 *     {@code non-finite loss}, {@code non-finite simultaneous gradient} or
 *     {@code |parameter| > 1.0E12}
 * @param lastFiniteState the augmented state before the failing step
 */
public record Divergence(int step, int player, String playerName, String reason,
        double[] lastFiniteState) {

    /** Copies the state. */
    public Divergence {
        lastFiniteState = lastFiniteState.clone();
    }

    /** A copy of the last finite augmented state. */
    @Override
    public double[] lastFiniteState() {
        return lastFiniteState.clone();
    }

    @Override
    public String toString() {
        return reason + " at step " + step + " (player " + playerName + ")";
    }
}
