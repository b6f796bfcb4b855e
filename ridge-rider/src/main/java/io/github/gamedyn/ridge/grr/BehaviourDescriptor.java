package io.github.gamedyn.ridge.grr;

import java.util.Locale;

/**
 * What a solution does, as a point in a feature space where distance means different behaviour:
 * GRR clusters the end points of its branches by these features, not by raw parameters (many
 * parameter vectors play the same policy; a saturated logit can drift forever without changing
 * anything).
 *
 * <p>Implementations: {@link #probabilities()} for games with one logit per player,
 * {@link IpdBehaviour} for the memory-one IPD, {@link ModeCoverage} for small GANs.
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
     * The probabilities \(\sigma(\omega_i)\) of every coordinate: for games with one logit per
     * player (small IPD, matching pennies and their mixture) the probability that each player
     * cooperates / plays the first action.
     */
    static BehaviourDescriptor probabilities() {
        return new BehaviourDescriptor() {
            @Override
            public String name() {
                return "P(first action) per player";
            }

            @Override
            public double[] describe(double[] w) {
                double[] p = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    p[i] = 1 / (1 + Math.exp(-w[i]));
                }
                return p;
            }
        };
    }
}
