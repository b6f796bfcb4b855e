package io.github.gamedyn.core.game;

import java.util.List;

/** The strategy maps of {@link StrategyMap}'s factories. */
final class Strategies {

    private Strategies() {
    }

    /** \(\sigma(t) = 1/(1 + e^{-t})\), without overflow for either sign. */
    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** Checks that {@code p} is player {@code i}'s distribution over {@code k} actions. */
    static void requireDistribution(double[][] strategies, int i, int k) {
        double[] p = strategies[i];
        if (p == null || p.length != k) {
            throw new IllegalArgumentException("strategy of player " + i + " has length "
                    + (p == null ? "null" : String.valueOf(p.length)) + "; allowed: " + k
                    + " (one probability per action)");
        }
        double sum = 0;
        for (int a = 0; a < k; a++) {
            if (!(p[a] > 0 && p[a] < 1)) {
                throw new IllegalArgumentException("strategy of player " + i + ", action " + a
                        + " = " + p[a] + "; allowed: 0 < p < 1");
            }
            sum += p[a];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("strategy of player " + i + " sums to " + sum
                    + "; allowed: 1 (within 1e-9)");
        }
    }

    /** One logit per player. */
    record Sigmoid(List<String> labels) implements StrategyMap {
        @Override
        public List<String> actions(int player) {
            return labels;
        }

        @Override
        public double[] strategy(double[] w, int player) {
            return new double[] {sigmoid(w[player]), sigmoid(-w[player])};
        }

        @Override
        public double[] point(double[][] strategies) {
            double[] w = new double[strategies.length];
            for (int i = 0; i < w.length; i++) {
                requireDistribution(strategies, i, 2);
                w[i] = Math.log(strategies[i][0] / strategies[i][1]);
            }
            return w;
        }
    }

    /** A block of k logits per player. */
    record Softmax(List<String> labels) implements StrategyMap {
        @Override
        public List<String> actions(int player) {
            return labels;
        }

        @Override
        public double[] strategy(double[] w, int player) {
            int k = labels.size();
            double max = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < k; a++) {
                max = Math.max(max, w[player * k + a]);
            }
            double[] x = new double[k];
            double sum = 0;
            for (int a = 0; a < k; a++) {
                x[a] = Math.exp(w[player * k + a] - max);
                sum += x[a];
            }
            for (int a = 0; a < k; a++) {
                x[a] /= sum;
            }
            return x;
        }

        @Override
        public double[] point(double[][] strategies) {
            int k = labels.size();
            double[] w = new double[strategies.length * k];
            for (int i = 0; i < strategies.length; i++) {
                requireDistribution(strategies, i, k);
                for (int a = 0; a < k; a++) {
                    w[i * k + a] = Math.log(strategies[i][a]);
                }
            }
            return w;
        }
    }
}
