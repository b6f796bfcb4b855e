package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.Player;
import io.github.gamedyn.core.spec.PlainNumbers;
import java.util.stream.Collectors;

/**
 * Reads a point ω from the command line: comma-separated finite {@linkplain PlainNumbers plain
 * decimal numbers}, one per coordinate of the game. Failures are {@link IllegalArgumentException}s saying which coordinate is wrong.
 */
final class PointParser {

    private PointParser() {
    }

    /**
     * Parses {@code text} as a point of {@code game}.
     *
     * @param text e.g. {@code "0.5,-1,2e-3"}
     * @param spec the game as the user wrote it, for messages
     */
    static double[] parse(String text, Game game, String spec) {
        String[] parts = text.split(",", -1);
        if (parts.length != game.dimension()) {
            throw new IllegalArgumentException("--at has " + parts.length + " coordinate"
                    + (parts.length == 1 ? "" : "s") + " ('" + text + "'); game " + spec
                    + " has dimension " + game.dimension() + " (" + game.players().stream()
                    .map(p -> p.name() + ": " + p.size()).collect(Collectors.joining(", ")) + ")");
        }
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = coordinate(parts[i].strip(), i + 1, text);
        }
        return w;
    }

    private static double coordinate(String s, int position, String text) {
        if (!PlainNumbers.isDecimal(s)) {
            throw new IllegalArgumentException("--at coordinate " + position + " of '" + text
                    + "' is '" + s + "', not a number");
        }
        try {
            return PlainNumbers.real(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--at coordinate " + position + " of '" + text
                    + "' is '" + s + "', which is not finite", e);
        }
    }
}
