package io.github.gamedyn.core.game;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a solution does, as a point in a feature space where distance means different behaviour:
 * GRR clusters the end points of its branches by these features, not by raw parameters (many
 * parameter vectors play the same policy; a saturated logit can drift forever without changing
 * anything).
 *
 * <p>A game supplies its own ({@link Game.Builder#behaviour}): the zoo's memory-one IPD describes
 * what the two policies play, its small GANs the modes the generator covers. A game without one
 * is described by its strategies ({@link #strategies}) when it has a {@link StrategyMap}, else by
 * its parameters ({@link #parameters}); {@link Game#behaviour()} makes that choice.
 */
public interface BehaviourDescriptor {

    /** A short name for printouts and JSON, e.g. {@code "P(C) per player"}. */
    String name();

    /**
     * The features of the solution \(\omega\).
     *
     * @param w the parameters. Not modified.
     * @return a new array; its length is the same for every {@code w} of a game
     */
    double[] describe(double[] w);

    /**
     * A one-line reading of features returned by {@link #describe}. The default prints them with
     * three decimals.
     *
     * @param features the features. Not modified.
     */
    default String format(double[] features) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < features.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", features[i]));
        }
        return s.append(')').toString();
    }

    /**
     * A fuller reading of the solution \(\omega\) itself for printouts, e.g. the policies; empty by
     * default.
     *
     * @param w the parameters. Not modified.
     */
    default String detail(double[] w) {
        return "";
    }

    /**
     * The players' strategies: for each player, the probabilities of all its actions but the last
     * (which the others determine). For games with one logit per player (small IPD, matching
     * pennies and their mixture) this is the probability \(\sigma(\theta_i)\) that each player
     * cooperates / plays the first action.
     *
     * @param map the game's strategy map
     * @param players the number of players
     */
    static BehaviourDescriptor strategies(StrategyMap map, int players) {
        return new BehaviourDescriptor() {
            @Override
            public String name() {
                return "P(" + String.join(", ", map.actions(0).subList(0, map.actions(0).size() - 1))
                        + ") per player";
            }

            @Override
            public double[] describe(double[] w) {
                double[] f = new double[0];
                for (int i = 0; i < players; i++) {
                    double[] s = map.strategy(w, i);
                    int n = f.length;
                    f = Arrays.copyOf(f, n + s.length - 1);
                    System.arraycopy(s, 0, f, n, s.length - 1);
                }
                return f;
            }
        };
    }

    /** The parameters ω themselves: for games that say nothing about what their parameters mean. */
    static BehaviourDescriptor parameters() {
        return new BehaviourDescriptor() {
            @Override
            public String name() {
                return "parameters ω";
            }

            @Override
            public double[] describe(double[] w) {
                return w.clone();
            }
        };
    }
}
