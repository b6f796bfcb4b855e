package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.Game;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The games of the zoo by name, for the command line: {@code create("bilinear:dim=3,seed=7")}.
 * Names are lower-case with hyphens.
 */
public final class GameRegistry {

    /**
     * A registered game.
     *
     * @param name the name used on the command line
     * @param description one line: what the game is and where it comes from
     * @param parameters the {@code key=value} parameters it accepts
     * @param factory builds the game from a parsed specification
     */
    public record Entry(String name, String description, List<GameParameter> parameters,
                        Function<GameSpec, Game> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            BilinearGame.ENTRY,
            QuadraticGame.ENTRY,
            MatchingPennies.ENTRY,
            RockPaperScissors.ENTRY,
            TandemGame.ENTRY,
            DiracGan.ENTRY);

    private GameRegistry() {
    }

    /** Every registered game, in a fixed order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry called {@code name}. */
    public static Entry entry(String name) {
        Objects.requireNonNull(name, "name");
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown game '" + name
                        + "'; known games: " + ENTRIES.stream().map(Entry::name)
                        .collect(Collectors.joining(", "))));
    }

    /** Builds the game described by {@code NAME[:key=value,...]}. */
    public static Game create(String spec) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf(':');
        Entry e = entry(colon < 0 ? spec : spec.substring(0, colon));
        return e.factory().apply(GameSpec.parse(spec, e));
    }
}
