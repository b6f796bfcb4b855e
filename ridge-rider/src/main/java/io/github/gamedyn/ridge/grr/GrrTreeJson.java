package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.json.JsonWriter;
import org.apache.commons.math3.complex.Complex;

/**
 * Writes a {@link GrrTree} as JSON with {@link JsonWriter}:
 * <pre>
 * {"game", "behaviour", "options": {...}, "search": {...},
 *  "bifurcationPoints": [{"point", "origin", "lyapunovExponent"?, "gradientNorm",
 *      "eigenvalues": [{"re", "im"}], "classification"?, "learningRateThreshold"?,
 *      "branches": [{"label", "eigenpair", "part", "sign", "eigenvalue", "growth",
 *          "direction", "end": {"point", "losses", "gradientNorm", "steps", "stop", "features",
 *          "cluster"}, "child"?}]}],
 *  "clusters": [{"index", "features", "reading", "detail", "members", "meanLosses"}]}
 * </pre>
 * Optional members ({@code ?}) are left out when absent, and so is a Lyapunov exponent that is
 * not finite (the map diverged within the horizon). Enum values ({@code origin}, {@code part},
 * {@code stop}, {@code options.search}) are lower case with hyphens, as everywhere in gamedyn's
 * JSON (docs/json.md). A branch is unstable when its growth
 * \(|1 - \alpha\lambda|\) exceeds 1.
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
        out.beginObject().name("map").value("simultaneous gradient descent")
                .name("learningRate").value(o.learningRate()).name("horizon").value(o.horizon())
                .name("restarts").value(o.restarts()).name("seed").value(Long.toString(o.seed()))
                .name("startScale").value(o.startScale()).name("bound").value(o.bound())
                .name("searchIterations").value(o.searchIterations())
                .name("jacobianFloor").value(o.jacobianFloor())
                .name("fixedPointBound").value(o.fixedPointBound())
                .name("refineRadius").value(o.refineRadius())
                .name("duplicateTolerance").value(o.duplicateTolerance())
                .name("maxBranches").value(o.maxBranches()).name("perturbation").value(o.perturbation())
                .name("followSteps").value(o.followSteps())
                .name("followTolerance").value(o.followTolerance())
                .name("clusterTolerance").value(o.clusterTolerance()).name("depth").value(o.depth())
                .name("follower").value(follower(o)).name("search").value(o.search())
                .name("rideSteps").value(o.rideSteps())
                .name("searchMap").value(searchMap(o))
                .endObject();
    }

    /** The learning map of the search, as a re-runnable spec. */
    static String searchMap(GrrOptions o) {
        return o.searchMap() == null ? "gd:alpha=" + o.learningRate() : o.searchMap().toString();
    }

    /** The optimiser that follows branches, as a re-runnable spec. */
    static String follower(GrrOptions o) {
        return o.follower() == null ? "gd:alpha=" + o.learningRate() : o.follower().toString();
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
                    .name("end").beginObject().name("point").value(e.point())
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
