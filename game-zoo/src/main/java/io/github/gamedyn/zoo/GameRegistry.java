package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.spec.KeyValueSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Games by name, for the command line: {@code create("bilinear:dim=3,seed=7")}. Names are
 * lower-case with hyphens. One lookup path: the zoo's games ({@link #entries()}) followed by
 * every {@link GameProvider} that {@link ServiceLoader} finds through a class loader, e.g. one
 * over a user's plugin jar:
 * <pre>{@code
 * ClassLoader plugins = new URLClassLoader(new URL[] {jar.toUri().toURL()},
 *         GameRegistry.class.getClassLoader());
 * Game g = GameRegistry.create("stag-hunt:stag=5", plugins);
 * }</pre>
 */
public final class GameRegistry {

    /**
     * A game of the zoo.
     *
     * @param name the name used on the command line
     * @param description one line: what the game is and where it comes from
     * @param parameters the {@code key=value} parameters it accepts
     * @param factory builds the game from a parsed specification
     */
    public record Entry(String name, String description, List<GameParameter> parameters,
                        Function<GameSpec, Game> factory) implements GameProvider {
        @Override
        public Game create(GameSpec spec) {
            return factory.apply(spec);
        }
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

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private GameRegistry() {
    }

    /** The games of the zoo, in a fixed order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The zoo's games, then the providers {@link ServiceLoader} finds through {@code loader}, in
     * its order.
     *
     * @throws IllegalArgumentException if a provider cannot be loaded, has an invalid name or
     *     the name of another
     */
    public static List<GameProvider> providers(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<GameProvider> all = new ArrayList<>(ENTRIES);
        Iterator<GameProvider> found = ServiceLoader.load(GameProvider.class, loader).iterator();
        while (true) {
            GameProvider p;
            try {
                if (!found.hasNext()) {
                    break;
                }
                p = found.next();
            } catch (ServiceConfigurationError e) {
                throw new IllegalArgumentException("cannot load a game provider: " + reason(e), e);
            }
            String name = p.name();
            if (name == null || !name.matches(NAME)) {
                throw new IllegalArgumentException("game provider " + p.getClass().getName()
                        + " has the name '" + name + "'; allowed: letters, digits, '.', '_' and "
                        + "'-', starting with a letter or digit");
            }
            if (p.description() == null || p.parameters() == null) {
                throw new IllegalArgumentException("game provider " + p.getClass().getName()
                        + " of '" + name + "' gives no " + (p.description() == null
                        ? "description" : "parameters") + "; allowed: a description and a "
                        + "list of parameters (empty when there are none)");
            }
            if (all.stream().anyMatch(q -> q.name().equals(name))) {
                throw new IllegalArgumentException("game '" + name + "' is provided twice, by "
                        + origin(all.stream().filter(q -> q.name().equals(name)).findFirst()
                        .orElseThrow()) + " and by " + origin(p) + "; allowed: unique names");
            }
            all.add(p);
        }
        return List.copyOf(all);
    }

    private static String origin(GameProvider p) {
        return p instanceof Entry ? "the zoo" : p.getClass().getName();
    }

    /** The message of a failed provider load without the service's name, with its cause's. */
    private static String reason(ServiceConfigurationError e) {
        String message = String.valueOf(e.getMessage())
                .replaceFirst("^" + GameProvider.class.getName().replace(".", "\\.") + ": ", "");
        Throwable cause = e.getCause();
        return cause == null ? message : message + " (" + (cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage()) + ")";
    }

    /**
     * The provider called {@code name} among {@link #providers(ClassLoader) providers(loader)}.
     *
     * @throws IllegalArgumentException naming the known games if there is none
     */
    public static GameProvider provider(String name, ClassLoader loader) {
        List<GameProvider> all = providers(loader);
        String known = all.stream().map(GameProvider::name).collect(Collectors.joining(", "));
        if (name == null) {
            throw new IllegalArgumentException("name = null; allowed: one of " + known);
        }
        return all.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown game '" + name
                        + "'; known games: " + known));
    }

    /**
     * Builds the game described by {@code NAME[:key=value,...]}, read strictly (see
     * {@link KeyValueSpec}), from the zoo or a provider on the class path of this class.
     *
     * @throws IllegalArgumentException naming the game, the key, its value and what is allowed
     */
    public static Game create(String spec) {
        return create(spec, GameRegistry.class.getClassLoader());
    }

    /**
     * Builds the game described by {@code NAME[:key=value,...]} among
     * {@link #providers(ClassLoader) providers(loader)}, read strictly (see {@link KeyValueSpec}).
     *
     * @throws IllegalArgumentException for an unknown game, or naming the game, the key, its value
     *     and what is allowed
     * @throws IllegalStateException if the provider returns no game
     */
    public static Game create(String spec, ClassLoader loader) {
        KeyValueSpec parsed;
        try {
            parsed = KeyValueSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("game " + (spec == null ? "spec" : "'" + spec + "'")
                    + ": " + e.getMessage(), e);
        }
        GameProvider p = provider(parsed.name(), loader);
        GameSpec values = GameSpec.of(parsed, p);
        Game game;
        try {
            game = p.create(values);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("game " + p.name() + ": " + ex.getMessage(), ex);
        }
        if (game == null) {
            throw new IllegalStateException("game provider " + p.getClass().getName()
                    + " returned no game for '" + spec + "'");
        }
        return game;
    }
}
