package io.github.gamedyn.momentum;

import java.util.Arrays;

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

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Divergence other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {step, player, playerName, reason, lastFiniteState};
    }
}
