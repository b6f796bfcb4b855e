package io.github.gamedyn.ridge.grr;

import java.util.Arrays;
import java.util.List;

/**
 * End points with the same behaviour: descriptor features within the cluster tolerance (max-norm)
 * of the cluster's first member, its leader.
 *
 * @param index the cluster's index, in order of first appearance
 * @param features the leader's features
 * @param reading the behaviour descriptor's reading of those features
 * @param detail the behaviour descriptor's detail of the leader's parameters
 * @param members paths of the member branches, e.g. {@code "1/+v0"} (bifurcation point 1, branch
 *        +v0) or {@code "1/+v0/-Re v1"} below a recursion
 * @param meanLosses the players' losses averaged over the members
 */
public record Cluster(int index, double[] features, String reading, String detail, List<String> members,
                      double[] meanLosses) {

    /** Copies. */
    public Cluster {
        features = features.clone();
        members = List.copyOf(members);
        meanLosses = meanLosses.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    @Override
    public double[] meanLosses() {
        return meanLosses.clone();
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /** Equal when every component is equal, arrays by their contents. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cluster other
                && Arrays.deepEquals(componentValues(), other.componentValues());
    }

    /** A hash code of the components, arrays by their contents. */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(componentValues());
    }

    /** The components, arrays with their contents. */
    @Override
    public String toString() {
        return "Cluster[index=" + index + ", features=" + Arrays.toString(features) + ", reading="
                + reading + ", detail=" + detail + ", members=" + members + ", meanLosses="
                + Arrays.toString(meanLosses) + "]";
    }

    private Object[] componentValues() {
        return new Object[] {index, features, reading, detail, members, meanLosses};
    }
}
