package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step (3) of GRR: the branch directions at a point from the eigenpairs of \(\hat H\): \(\pm v\)
 * for a real eigenvalue, \(\pm\mathrm{Re}\,v\) and \(\pm\mathrm{Im}\,v\) for a complex pair, each
 * normalised. Eigenpairs are taken in order of decreasing growth under the learning map's own
 * linearisation ({@link LearningMap#growthAt}; \(|1 - \alpha\lambda|\) for gradient descent):
 * unstable first, ties keeping the decomposition's order, and within a budget.
 */
final class BranchDirections {

    private BranchDirections() {
    }

    static List<BranchDirection> directions(Eigendecomposition eig, LearningMap.Growth growthOf,
            int budget) {
        List<Eigenpair> pairs = eig.eigenpairs();
        List<Integer> order = new ArrayList<>();
        double[] growth = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            order.add(k);
            Eigenpair p = pairs.get(k);
            growth[k] = growthOf.of(p.value(), p.re(), p.im());
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -growth[k]));
        List<BranchDirection> out = new ArrayList<>();
        for (int k : order) {
            Eigenpair p = pairs.get(k);
            List<BranchDirection.Part> parts = p.isReal() ? List.of(BranchDirection.Part.EIGENVECTOR)
                    : List.of(BranchDirection.Part.REAL_PART, BranchDirection.Part.IMAGINARY_PART);
            for (BranchDirection.Part part : parts) {
                double[] v = part == BranchDirection.Part.IMAGINARY_PART ? p.im() : p.re();
                double norm = BifurcationSearch.norm(v);
                for (int sign : new int[] {1, -1}) {
                    if (out.size() == budget) {
                        return out;
                    }
                    double[] d = new double[v.length];
                    for (int i = 0; i < v.length; i++) {
                        d[i] = sign * v[i] / norm;
                    }
                    out.add(new BranchDirection(k, part, sign, p.value(), growth[k], d));
                }
            }
        }
        return out;
    }
}
