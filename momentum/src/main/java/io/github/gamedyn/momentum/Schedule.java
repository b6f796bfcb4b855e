package io.github.gamedyn.momentum;

/**
 * The order in which players move within one step: all at once from the same \(\omega\)
 * (simultaneous), or one after the other in player order, each seeing the others' newest
 * parameters (alternating).
 */
public enum Schedule {
    /** Every player updates from the same ω. */
    SIMULTANEOUS,
    /**
     * Players update in order; player i sees the newest parameters of players before it. Each
     * player keeps its own buffers (the buffer entries of its own coordinates).
     */
    ALTERNATING;

    /** The name used in specifications, e.g. {@code alternating}. */
    public String specName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Schedule parse(String text) {
        for (Schedule s : values()) {
            if (s.specName().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("schedule = " + text
                + "; allowed: simultaneous, alternating");
    }
}
