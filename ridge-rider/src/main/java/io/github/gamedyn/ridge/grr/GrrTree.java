package io.github.gamedyn.ridge.grr;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@link GeneralizedRidgeRider#run}: bifurcation points, their branches and end
 * points, and the clusters of end points by behaviour. Immutable; written by {@link GrrTreeJson}
 * and {@link GrrTreeText}.
 *
 * @param game the game's name
 * @param behaviour the behaviour descriptor's name
 * @param options the settings of the run
 * @param search what the bifurcation search found and rejected
 * @param roots the bifurcation points of the search, largest Lyapunov exponent first
 * @param clusters the clusters, in order of first appearance in a depth-first walk of the tree
 */
public record GrrTree(String game, String behaviour, GrrOptions options, Search search,
                      List<BifurcationPoint> roots, List<Cluster> clusters) {

    /**
     * The outcome of the restarts of the bifurcation search.
     *
     * @param restarts restarts run
     * @param atBound maxima rejected because a coordinate sat on the search box
     * @param saturated maxima rejected because \(\|\hat H\|_F\) was below the floor
     * @param diverged restarts whose learning map blew up within the horizon
     * @param duplicates maxima that led to a bifurcation point found before
     */
    public record Search(int restarts, int atBound, int saturated, int diverged, int duplicates) {
    }

    /** Copies. */
    public GrrTree {
        roots = List.copyOf(roots);
        clusters = List.copyOf(clusters);
    }

    /** Every end point, depth first. */
    public List<EndPoint> endPoints() {
        List<EndPoint> out = new ArrayList<>();
        for (BifurcationPoint p : roots) {
            collect(p, out);
        }
        return out;
    }

    private static void collect(BifurcationPoint p, List<EndPoint> out) {
        for (GrrBranch b : p.branches()) {
            out.add(b.end());
            b.child().ifPresent(c -> collect(c, out));
        }
    }
}
