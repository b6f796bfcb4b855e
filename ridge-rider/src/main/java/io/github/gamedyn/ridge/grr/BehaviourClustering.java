package io.github.gamedyn.ridge.grr;

import java.util.ArrayList;
import java.util.List;

/**
 * Step (5) of GRR: leader clustering of behaviour features. Points are visited in order; a point
 * joins the first cluster whose leader (first member) is within the tolerance in the max-norm,
 * else it leads a new cluster. Deterministic for a given order; every member is within the
 * tolerance of its leader. Also counts the outcomes of multi-start experiments by behaviour
 * ({@code gamedyn experiment}).
 */
public final class BehaviourClustering {
    private final double tolerance;
    private final List<double[]> leaders = new ArrayList<>();

    /**
     * @param tolerance the largest max-norm distance of a member to its leader, ≥ 0
     */
    public BehaviourClustering(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + "; allowed: finite and "
                    + ">= 0");
        }
        this.tolerance = tolerance;
    }

    /** The cluster index of {@code features} (not modified), a new one if no leader is close. */
    public int assign(double[] features) {
        for (int c = 0; c < leaders.size(); c++) {
            if (distance(leaders.get(c), features) <= tolerance) {
                return c;
            }
        }
        leaders.add(features.clone());
        return leaders.size() - 1;
    }

    /** The leader (first member) of cluster {@code c}, a copy. */
    public double[] leader(int c) {
        return leaders.get(c).clone();
    }

    static double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("features have lengths " + a.length + " and " + b.length
                    + "; a behaviour descriptor must return one length for every point");
        }
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
