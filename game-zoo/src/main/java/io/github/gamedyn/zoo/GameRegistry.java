package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.spec.KeyValueSpec;
import java.util.List;
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
            DiracGan.ENTRY,
            IteratedPrisonersDilemma.ENTRY,
            SmallIpd.ENTRY,
            MixedIpdPennies.ENTRY,
            IpdSlice.ENTRY,
            SmallGan.ENTRY);

    private GameRegistry() {
    }

    /** Every registered game, in a fixed order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry called {@code name}. */
    public static Entry entry(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name = null; allowed: one of " + ENTRIES.stream()
                    .map(Entry::name).collect(Collectors.joining(", ")));
        }
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown game '" + name
                        + "'; known games: " + ENTRIES.stream().map(Entry::name)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * Builds the game described by {@code NAME[:key=value,...]}, read strictly (see
     * {@link KeyValueSpec}).
     *
     * @throws IllegalArgumentException naming the game, the key, its value and what is allowed
     */
    public static Game create(String spec) {
        KeyValueSpec parsed;
        try {
            parsed = KeyValueSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("game " + (spec == null ? "spec" : "'" + spec + "'")
                    + ": " + e.getMessage(), e);
        }
        Entry e = entry(parsed.name());
        GameSpec values = GameSpec.of(parsed, e);
        try {
            return e.factory().apply(values);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("game " + e.name() + ": " + ex.getMessage(), ex);
        }
    }
}
