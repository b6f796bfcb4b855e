package io.github.gamedyn.core.game;

import java.util.List;

/**
 * What a game's parameters mean as mixed strategies: for each player, a probability distribution
 * over its actions. A game supplies its strategy map ({@link Game.Builder#strategyMap}) so that
 * tools can work in the space players actually play in: probability-plane landscapes and phase
 * portraits (two players with two actions each), simplex portraits (three actions), behaviour
 * clustering ({@link BehaviourDescriptor#strategies}) and saturation checks.
 *
 * <p>Two maps cover the zoo and most user games:
 * <ul>
 *   <li>{@link #sigmoid}: one logit per player, \(P(\text{first action}) = \sigma(\theta_i)\);</li>
 *   <li>{@link #softmax}: a block of k logits per player, \(x_i = \operatorname{softmax}(\theta_i)\).</li>
 * </ul>
 * Implementations are immutable and thread-safe.
 */
public interface StrategyMap {

    /**
     * The names of player {@code player}'s actions, e.g. {@code [C, D]} or {@code [R, P, S]};
     * the strategy is a distribution over them, in this order.
     */
    List<String> actions(int player);

    /**
     * Player {@code player}'s mixed strategy at ω.
     *
     * @param w the joint parameters. Not modified.
     * @return a new probability vector over {@link #actions(int)}
     */
    double[] strategy(double[] w, int player);

    /**
     * A point ω whose strategies are the given ones: one preimage, e.g. the logits
     * \(\theta_i = \log(p_i / (1 - p_i))\) of {@link #sigmoid}.
     *
     * @param strategies one probability vector per player, every entry in (0, 1). Not modified.
     * @return a new parameter vector
     * @throws IllegalArgumentException naming the player and entry if a strategy is not a
     *     distribution with entries in (0, 1)
     */
    double[] point(double[][] strategies);

    /**
     * One logit per player: \(P_i(\text{actions}[0]) = \sigma(\theta_i)\),
     * \(P_i(\text{actions}[1]) = \sigma(-\theta_i)\) (evaluated without cancellation).
     *
     * @param first the name of the first action (e.g. "C"), whose probability the logit sets
     * @param second the name of the other action (e.g. "D")
     */
    static StrategyMap sigmoid(String first, String second) {
        return new Strategies.Sigmoid(List.of(first, second));
    }

    /**
     * A block of {@code actions.length} logits per player, \(x_i = \operatorname{softmax}(\theta_i)\).
     * {@link #point} returns the logits \(\log x_i\) (softmax is invariant to shifts).
     *
     * @param actions the names of every player's actions
     */
    static StrategyMap softmax(String... actions) {
        if (actions.length < 2) {
            throw new IllegalArgumentException("actions has length " + actions.length
                    + "; allowed: at least 2");
        }
        return new Strategies.Softmax(List.of(actions));
    }

    /**
     * A map of its own for each player: player i's strategy is {@code maps[i]} applied to player
     * i's block alone (one logit for a sigmoid map, k for a softmax map over k actions). For a
     * three-player stag hunt whose second player chooses among three actions:
     * <pre>{@code
     * StrategyMap.perPlayer(StrategyMap.sigmoid("S", "H"),
     *         StrategyMap.softmax("S", "H", "R"), StrategyMap.sigmoid("S", "H"))
     * }</pre>
     *
     * @param maps one {@link #sigmoid} or {@link #softmax} map per player, in player order
     * @throws IllegalArgumentException naming the first map of another kind
     */
    static StrategyMap perPlayer(StrategyMap... maps) {
        if (maps.length < 1) {
            throw new IllegalArgumentException("maps has length 0; allowed: one map per player");
        }
        return new Strategies.PerPlayer(List.of(maps));
    }
}
