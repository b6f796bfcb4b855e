package io.github.gamedyn.core.game;

import java.util.Arrays;
import java.util.List;

/** The strategy maps of {@link StrategyMap}'s factories. */
final class Strategies {

    private Strategies() {
    }

    /**
     * \(\sigma(t) = 1/(1 + e^{-t})\): a quotient without cancellation, so full relative accuracy
     * for either sign (below \(t \approx -709\), where \(\sigma \lt 10^{-308}\), it gives 0). The
     * formula of the zoo's closed-form derivatives and of the figures, so that probabilities read
     * through a strategy map are the same bits as theirs.
     */
    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /**
     * The number of parameters player {@code player} has under {@code map}: 1 for a sigmoid map,
     * k for a softmax map over k actions, the sub-map's for a per-player map, {@code unknown} for
     * a map written elsewhere (it owns whatever block the player has).
     */
    static int blockSize(StrategyMap map, int player, int unknown) {
        if (map instanceof Sigmoid) {
            return 1;
        }
        if (map instanceof Softmax s) {
            return s.labels().size();
        }
        if (map instanceof PerPlayer p) {
            return blockSize(p.maps().get(player), 0, unknown);
        }
        return unknown;
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

    /** A map of its own for each player, applied to the player's block of ω. */
    record PerPlayer(List<StrategyMap> maps) implements StrategyMap {
        PerPlayer {
            for (int i = 0; i < maps.size(); i++) {
                StrategyMap m = maps.get(i);
                if (!(m instanceof Sigmoid || m instanceof Softmax)) {
                    throw new IllegalArgumentException("maps[" + i + "] = " + m + "; allowed: "
                            + "StrategyMap.sigmoid or StrategyMap.softmax maps");
                }
            }
            maps = List.copyOf(maps);
        }

        @Override
        public List<String> actions(int player) {
            return maps.get(player).actions(0);
        }

        @Override
        public double[] strategy(double[] w, int player) {
            int offset = offset(player);
            return maps.get(player).strategy(Arrays.copyOfRange(w, offset,
                    offset + blockSize(maps.get(player), 0, 0)), 0);
        }

        @Override
        public double[] point(double[][] strategies) {
            if (strategies.length != maps.size()) {
                throw new IllegalArgumentException("strategies has " + strategies.length
                        + " players; allowed: " + maps.size() + " (one strategy per player)");
            }
            double[] w = new double[offset(maps.size())];
            for (int i = 0; i < maps.size(); i++) {
                requireDistribution(strategies, i, maps.get(i).actions(0).size());
                double[] block = maps.get(i).point(new double[][] {strategies[i]});
                System.arraycopy(block, 0, w, offset(i), block.length);
            }
            return w;
        }

        /** The index of player {@code player}'s first parameter. */
        private int offset(int player) {
            int offset = 0;
            for (int i = 0; i < player; i++) {
                offset += blockSize(maps.get(i), 0, 0);
            }
            return offset;
        }
    }
}
