package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The baseline GRR is compared with: naive simultaneous gradient descent from random starts
 * \(\omega_0 \sim N(0, s^2 I)\) (seeded), each run to convergence and the end points clustered by
 * behaviour exactly as GRR's branch ends are. Uses the learning rate, start scale, seed, step
 * cap, convergence tolerance and cluster tolerance of the {@link GrrOptions}.
 */
public final class NaiveLearning {

    private NaiveLearning() {
    }

    /**
     * Runs gradient descent from {@code starts} random points.
     *
     * @param starts the number of starts, ≥ 1
     * @return the clusters of the end points; members are named {@code "start k"}, k from 0
     */
    public static List<Cluster> run(Game game, BehaviourDescriptor behaviour, GrrOptions options,
                                    int starts) {
        if (starts < 1) {
            throw new IllegalArgumentException("starts = " + starts + "; allowed: ≥ 1");
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        BranchFollower follower = new BranchFollower(game, options);
        BehaviourClustering clustering = new BehaviourClustering(options.clusterTolerance());
        List<double[]> leaders = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        for (int k = 0; k < starts; k++) {
            double[] w = new double[game.dimension()];
            for (int i = 0; i < w.length; i++) {
                w[i] = options.startScale() * random.nextGaussian();
            }
            double[] end = follower.follow(w).point();
            double[] features = behaviour.describe(end);
            double[] losses = game.losses(end);
            int c = clustering.assign(features);
            if (c == leaders.size()) {
                leaders.add(features);
                details.add(behaviour.detail(end));
                members.add(new ArrayList<>());
                sums.add(new double[losses.length]);
            }
            members.get(c).add("start " + k);
            for (int i = 0; i < losses.length; i++) {
                sums.get(c)[i] += losses[i];
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < leaders.size(); c++) {
            double[] mean = sums.get(c);
            for (int i = 0; i < mean.length; i++) {
                mean[i] /= members.get(c).size();
            }
            clusters.add(new Cluster(c, leaders.get(c), behaviour.format(leaders.get(c)), details.get(c),
                    members.get(c), mean));
        }
        return clusters;
    }
}
