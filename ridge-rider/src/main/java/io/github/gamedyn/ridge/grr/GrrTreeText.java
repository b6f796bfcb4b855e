package io.github.gamedyn.ridge.grr;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;

/**
 * A readable printout of a {@link GrrTree}: the settings, the search outcome, each bifurcation
 * point with its spectrum and branches (indented below their parent), and the clusters.
 */
public final class GrrTreeText {

    private GrrTreeText() {
    }

    /** The printout, lines separated by {@code \n}. */
    public static String format(GrrTree tree) {
        GrrOptions o = tree.options();
        GrrOptions.Search search = o.search();
        StringBuilder s = new StringBuilder();
        s.append("GRR on ").append(tree.game()).append(": learning map ")
                .append(search.map()).append(" (").append(search.method().name()
                        .toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("), horizon K = ").append(search.horizon())
                .append(", ").append(search.restarts()).append(" restarts, seed ").append(search.seed())
                .append(", ε = ").append(num(o.branching().perturbation())).append(", depth ")
                .append(o.depth()).append(", branches followed with ")
                .append(o.following().optimizer()).append('\n');
        GrrTree.Search r = tree.search();
        s.append("search: ").append(r.restarts()).append(" restarts; rejected ").append(r.atBound())
                .append(" at the bound |ω_i| = ").append(num(search.bound())).append(", ")
                .append(r.saturated()).append(" saturated, ").append(r.diverged())
                .append(" diverged; ").append(r.duplicates()).append(" duplicates; ")
                .append(tree.roots().size()).append(" bifurcation point")
                .append(tree.roots().size() == 1 ? "" : "s").append('\n');
        for (int k = 0; k < tree.roots().size(); k++) {
            node(s, tree.roots().get(k), Integer.toString(k + 1), "");
        }
        s.append("clusters by ").append(tree.behaviour()).append(", tolerance ")
                .append(num(o.clusterTolerance())).append(" (max-norm):\n");
        for (Cluster c : tree.clusters()) {
            s.append("  cluster ").append(c.index()).append(": ").append(c.size())
                    .append(c.size() == 1 ? " end point, " : " end points, ")
                    .append(c.reading()).append("; mean losses ")
                    .append(vector(c.meanLosses())).append('\n');
            if (!c.detail().isEmpty()) {
                s.append("    ").append(c.detail()).append('\n');
            }
            s.append("    branches ").append(String.join(", ", c.members())).append('\n');
        }
        return s.toString();
    }

    private static void node(StringBuilder s, BifurcationPoint p, String path, String indent) {
        s.append(indent).append("bifurcation point ").append(path).append(" (")
                .append(origin(p.origin())).append("): ω = ").append(vector(p.point()))
                .append(", ‖ξ‖ = ").append(sci(p.gradientNorm())).append(", FTLE ")
                .append(num(p.lyapunovExponent())).append("/step");
        p.classification().ifPresent(c -> s.append(", ").append(c.label()));
        p.learningRateThreshold().ifPresent(a -> s.append(", α* = ").append(num(a)));
        s.append('\n').append(indent).append("  eigenvalues of Ĥ:");
        for (Complex l : p.eigenvalues()) {
            s.append(' ').append(complex(l));
        }
        s.append('\n');
        for (GrrBranch b : p.branches()) {
            BranchDirection d = b.direction();
            EndPoint e = b.end();
            s.append(indent).append("  ").append(d.label()).append(" (λ = ").append(complex(d.eigenvalue()))
                    .append(", |1-αλ| = ").append(num(d.growth()))
                    .append(d.unstable() ? ", unstable" : "").append(") -> cluster ").append(e.cluster())
                    .append(" after ").append(e.steps()).append(" steps (")
                    .append(e.stop().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(", ‖ξ‖ = ").append(sci(e.gradientNorm())).append("): losses ")
                    .append(vector(e.losses())).append('\n');
            Optional<BifurcationPoint> child = b.child();
            child.ifPresent(c -> node(s, c, path + "/" + d.label(), indent + "    "));
        }
    }

    private static String origin(BifurcationPoint.Origin o) {
        return switch (o) {
            case FIXED_POINT_NEAR_MAXIMUM -> "fixed point near a Lyapunov maximum";
            case LYAPUNOV_MAXIMUM -> "Lyapunov maximum, no fixed point nearby";
            case END_OF_BRANCH -> "unstable fixed point at a branch end";
        };
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(num(v[i]));
        }
        return s.append(')').toString();
    }

    private static String complex(Complex z) {
        if (z.getImaginary() == 0) {
            return num(z.getReal());
        }
        return num(z.getReal()) + (z.getImaginary() < 0 ? "-" : "+") + num(Math.abs(z.getImaginary())) + "i";
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }

    private static String sci(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }
}
