package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.json.JsonWriter;
import org.apache.commons.math3.complex.Complex;

/**
 * Writes a {@link GrrTree} as JSON with {@link JsonWriter}:
 * <pre>
 * {"game", "behaviour",
 *  "options": {"search": {"map", "method", "horizon", "restarts", "seed", "startScale", "bound",
 *      "iterations", "jacobianFloor"}, "refinement": {"fixedPointBound", "radius",
 *      "duplicateTolerance"}, "branching": {"maxBranches", "perturbation", "rideSteps"},
 *      "following": {"optimizer", "steps", "tolerance"}, "clusterTolerance", "depth"},
 *  "search": {...},
 *  "bifurcationPoints": [{"point", "origin", "lyapunovExponent"?, "gradientNorm",
 *      "eigenvalues": [{"re", "im"}], "classification"?, "learningRateThreshold"?,
 *      "branches": [{"label", "eigenpair", "part", "sign", "eigenvalue", "growth",
 *          "direction", "path": [[...]], "end": {"point", "losses", "gradientNorm", "steps",
 *          "stop", "features", "cluster"}, "child"?}]}],
 *  "clusters": [{"index", "features", "reading", "detail", "members", "meanLosses"}]}
 * </pre>
 * Optional members ({@code ?}) are left out when absent, and so is a Lyapunov exponent that is
 * not finite (the map diverged within the horizon). Enum values ({@code origin}, {@code part},
 * {@code stop}, {@code options.search.method}) are lower case with hyphens, as everywhere in
 * gamedyn's JSON (docs/json.md); optimisers are re-runnable specs ({@code OptimizerSpec.parse}
 * reads them back). A branch is unstable when its growth under the learning map of the search
 * ({@code options.search.map}; \(|1 - \alpha\lambda|\) for gradient descent) exceeds 1.
 */
public final class GrrTreeJson {

    private GrrTreeJson() {
    }

    /** The tree as one JSON document. */
    public static String toJson(GrrTree tree) {
        return write(tree, new JsonWriter()).toString();
    }

    /**
     * Writes the tree as one JSON object value into {@code out} (modified), so that it can be
     * embedded in a larger document.
     *
     * @return {@code out}
     */
    public static JsonWriter write(GrrTree tree, JsonWriter out) {
        out.beginObject().name("game").value(tree.game()).name("behaviour").value(tree.behaviour());
        options(tree.options(), out.name("options"));
        GrrTree.Search s = tree.search();
        out.name("search").beginObject().name("restarts").value(s.restarts())
                .name("atBound").value(s.atBound()).name("saturated").value(s.saturated())
                .name("diverged").value(s.diverged()).name("duplicates").value(s.duplicates())
                .endObject();
        out.name("bifurcationPoints").beginArray();
        for (BifurcationPoint p : tree.roots()) {
            point(p, out);
        }
        out.endArray().name("clusters").beginArray();
        for (Cluster c : tree.clusters()) {
            out.beginObject().name("index").value(c.index()).name("features").value(c.features())
                    .name("reading").value(c.reading()).name("detail").value(c.detail())
                    .name("members").beginArray();
            for (String m : c.members()) {
                out.value(m);
            }
            out.endArray().name("meanLosses").value(c.meanLosses()).endObject();
        }
        return out.endArray().endObject();
    }

    private static void options(GrrOptions o, JsonWriter out) {
        GrrOptions.Search s = o.search();
        GrrOptions.Refinement r = o.refinement();
        GrrOptions.Branching b = o.branching();
        GrrOptions.Following f = o.following();
        out.beginObject().name("search").beginObject().name("map").value(s.map().toString())
                .name("method").value(s.method()).name("horizon").value(s.horizon())
                .name("restarts").value(s.restarts()).name("seed").value(Long.toString(s.seed()))
                .name("startScale").value(s.startScale()).name("bound").value(s.bound())
                .name("iterations").value(s.iterations())
                .name("jacobianFloor").value(s.jacobianFloor()).endObject()
                .name("refinement").beginObject().name("fixedPointBound").value(r.fixedPointBound())
                .name("radius").value(r.radius())
                .name("duplicateTolerance").value(r.duplicateTolerance()).endObject()
                .name("branching").beginObject().name("maxBranches").value(b.maxBranches())
                .name("perturbation").value(b.perturbation()).name("rideSteps").value(b.rideSteps())
                .endObject()
                .name("following").beginObject().name("optimizer").value(f.optimizer().toString())
                .name("steps").value(f.steps()).name("tolerance").value(f.tolerance()).endObject()
                .name("clusterTolerance").value(o.clusterTolerance()).name("depth").value(o.depth())
                .endObject();
    }

    private static void point(BifurcationPoint p, JsonWriter out) {
        out.beginObject().name("point").value(p.point()).name("origin").value(p.origin());
        if (Double.isFinite(p.lyapunovExponent())) {
            out.name("lyapunovExponent").value(p.lyapunovExponent());
        }
        out.name("gradientNorm").value(p.gradientNorm()).name("eigenvalues").beginArray();
        for (Complex l : p.eigenvalues()) {
            complex(l, out);
        }
        out.endArray();
        p.classification().ifPresent(c -> out.name("classification").value(c.label()));
        p.learningRateThreshold().ifPresent(a -> out.name("learningRateThreshold").value(a));
        out.name("branches").beginArray();
        for (GrrBranch b : p.branches()) {
            BranchDirection d = b.direction();
            EndPoint e = b.end();
            out.beginObject().name("label").value(d.label()).name("eigenpair").value(d.eigenpair())
                    .name("part").value(d.part()).name("sign").value(d.sign())
                    .name("eigenvalue");
            complex(d.eigenvalue(), out);
            out.name("growth").value(d.growth())
                    .name("direction").value(d.direction())
                    .name("path").beginArray();
            for (double[] w : b.path()) {
                out.value(w);
            }
            out.endArray().name("end").beginObject().name("point").value(e.point())
                    .name("losses").value(e.losses()).name("gradientNorm").value(e.gradientNorm())
                    .name("steps").value(e.steps()).name("stop").value(e.stop())
                    .name("features").value(e.features()).name("cluster").value(e.cluster())
                    .endObject();
            b.child().ifPresent(c -> {
                out.name("child");
                point(c, out);
            });
            out.endObject();
        }
        out.endArray().endObject();
    }

    private static void complex(Complex z, JsonWriter out) {
        out.beginObject().name("re").value(z.getReal()).name("im").value(z.getImaginary()).endObject();
    }
}
