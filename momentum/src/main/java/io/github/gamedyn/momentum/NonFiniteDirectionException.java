package io.github.gamedyn.momentum;

/**
 * A field's direction had a non-finite entry in the block about to move: a divergence even where
 * the base rule would turn it into finite numbers. Thrown by a composed rule's update; the map
 * turns it into non-finite values, the runner into a {@link Divergence} naming the player.
 */
final class NonFiniteDirectionException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The coordinate of ω whose direction entry is not finite. */
    final int coordinate;

    NonFiniteDirectionException(int coordinate, double value) {
        super("direction entry " + coordinate + " = " + value);
        this.coordinate = coordinate;
    }
}
