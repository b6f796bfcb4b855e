package io.github.gamedyn.zoo;

import io.github.gamedyn.core.game.Game;
import java.util.List;

/**
 * A game that {@link GameRegistry} and the command line find by name. Every game of the zoo is
 * one ({@link GameRegistry#entries()}); a game of your own becomes one by implementing this
 * interface in a public class with a public no-argument constructor, listed in the file
 * {@code META-INF/services/io.github.gamedyn.zoo.GameProvider} of its jar, which
 * {@link java.util.ServiceLoader} reads:
 * <pre>{@code
 * public final class StagHuntProvider implements GameProvider {
 *     public String name() { return "stag-hunt"; }
 *     public String description() { return "stag hunt, one logit per hunter"; }
 *     public List<GameParameter> parameters() {
 *         return List.of(new GameParameter("stag", "4", "payoff of hunting the stag together"));
 *     }
 *     public Game create(GameSpec spec) { return StagHunt.create(spec.real("stag")); }
 * }
 * }</pre>
 * What the game knows about itself (its strategy map, behaviour descriptor and default point)
 * it supplies through {@link Game.Builder}; the provider only names it and builds it.
 */
public interface GameProvider {

    /**
     * The name used on the command line: letters, digits, '.', '_' and '-', starting with a letter
     * or digit (by convention lower-case with hyphens), unique among all providers.
     */
    String name();

    /** One line: what the game is and where it comes from. */
    String description();

    /** The {@code key=value} parameters {@link #create} accepts; none by default. */
    default List<GameParameter> parameters() {
        return List.of();
    }

    /**
     * Builds the game.
     *
     * @param spec the parsed {@code NAME:key=value,...}, whose lookups validate against
     *     {@link #parameters()}
     * @throws IllegalArgumentException naming the parameter, its value and what is allowed when
     *     a value is not ({@link GameRegistry} puts the game's name in front)
     */
    Game create(GameSpec spec);
}
