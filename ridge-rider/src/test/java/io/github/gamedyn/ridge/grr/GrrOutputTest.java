package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.zoo.MatchingPennies;
import io.github.gamedyn.zoo.SmallIpd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrrOutputTest {
    private static final GrrTree PENNIES = new GeneralizedRidgeRider(GrrOptions.defaults()
            .withLearningRate(4).withSearch(s -> s.withHorizon(10).withRestarts(2).withIterations(20))
            .withFollowing(f -> f.withSteps(50))).run(MatchingPennies.create());

    @Test
    void textNamesTheSettingsThePointsTheBranchesAndTheClusters() {
        String text = GrrTreeText.format(PENNIES);
        assertTrue(text.startsWith("GRR on matching-pennies: learning map gd:alpha=4.0,schedule=simultaneous (gradient ascent),"
                + " horizon K = 10"), text);
        assertTrue(text.contains("bifurcation point 1 (fixed point near a Lyapunov maximum)"), text);
        assertTrue(text.contains("rotational"), text);
        assertTrue(text.contains("+Re v0 (λ = 0.000+0.2500i, |1-αλ| = 1.414, unstable) -> cluster 0"), text);
        assertTrue(text.contains("clusters by P(heads) per player, tolerance 0.05000"), text);
    }

    @Test
    void jsonHasTheTreeAndEmbeds() {
        String json = GrrTreeJson.toJson(PENNIES);
        assertTrue(json.startsWith("{\"game\":\"matching-pennies\",\"behaviour\":"), json);
        assertTrue(json.contains("\"classification\":\"rotational\""), json);
        assertTrue(json.contains("\"label\":\"+Re v0\",\"eigenpair\":0,\"part\":\"real-part\",\"sign\":1"), json);
        assertTrue(json.contains("\"clusters\":[{\"index\":0,"), json);
        String embedded = GrrTreeJson.write(PENNIES, new JsonWriter().beginObject().name("grr")).endObject()
                .toString();
        assertEquals("{\"grr\":" + json + "}", embedded);
    }

    @Test
    void badOptionsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrrOptions.defaults().withLearningRate(-1));
        assertEquals("alpha = -1.0; allowed: finite and > 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GrrOptions.defaults().withDepth(0));
        assertEquals("depth = 0; allowed: ≥ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GrrOptions.defaults().withBranching(b -> b.withPerturbation(Double.NaN)));
        assertEquals("perturbation = NaN; allowed: finite and > 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GrrOptions.Search.DEFAULT.withMethod(null));
        assertEquals("method = null; allowed: GRADIENT_ASCENT, NELDER_MEAD", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GeneralizedRidgeRider(GrrOptions.defaults(), 0));
        assertEquals("threads = 0; allowed: ≥ 1", e.getMessage());
    }

    /** The options print as nested objects with re-runnable optimiser specs, and paths are kept. */
    @Test
    void jsonHasNestedOptionsAndPaths() {
        String json = GrrTreeJson.toJson(PENNIES);
        assertTrue(json.contains("\"options\":{\"search\":{\"map\":\"" + GrrOptions.descent(4)
                + "\",\"method\":\"gradient-ascent\",\"horizon\":10,\"restarts\":2"), json);
        assertTrue(json.contains("\"following\":{\"optimizer\":\"" + GrrOptions.descent(4)
                + "\",\"steps\":50,"), json);
    }

    /**
     * The kept path of a branch is the point, ε along the direction, then gradient descent's
     * iterates to within 2·10⁻⁴ of the path's extent: re-simulated here (the small IPD's saddle,
     * thousands of steps to cooperation or defection), every iterate lies that close to the kept
     * polyline, which has far fewer points.
     */
    @Test
    void branchPathsAreTheFollowedIteratesSimplified() {
        Game ipd = SmallIpd.create();
        BifurcationPoint saddle = new GeneralizedRidgeRider(GeneralizedRidgeRiderTest.SMALL_IPD)
                .run(ipd).roots().get(0);
        GrrBranch b = saddle.branches().get(0);
        double[][] path = b.path();
        double[] p = saddle.point();
        assertArrayEquals(p, path[0], 0);
        double[] d = b.direction().direction();
        double[] w = {p[0] + 0.05 * d[0], p[1] + 0.05 * d[1]};
        assertArrayEquals(w, path[1], 0);
        assertArrayEquals(b.end().point(), path[path.length - 1], 0);
        List<double[]> iterates = new ArrayList<>();
        iterates.add(w.clone());
        for (int t = 0; t < b.end().steps(); t++) {
            double[] xi = ipd.simultaneousGradient(w);
            w = new double[] {w[0] - 10 * xi[0], w[1] - 10 * xi[1]};
            iterates.add(w);
        }
        assertArrayEquals(b.end().point(), w, 0);
        assertTrue(iterates.size() > 1000 && path.length < 100, path.length + " of " + iterates.size());
        assertWithinTolerance(iterates, Arrays.asList(path).subList(1, path.length), BranchFollower.PATH_TOLERANCE);
    }

    /** Every dropped point lies within the tolerance times the extent of the kept polyline. */
    private static void assertWithinTolerance(List<double[]> points, List<double[]> kept, double relative) {
        double extent = 0;
        for (int i = 0; i < points.get(0).length; i++) {
            final int c = i;
            extent = Math.max(extent, points.stream().mapToDouble(x -> x[c]).max().orElseThrow()
                    - points.stream().mapToDouble(x -> x[c]).min().orElseThrow());
        }
        for (double[] x : points) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int k = 0; k + 1 < kept.size(); k++) {
                nearest = Math.min(nearest, PathSimplification.toSegment(x, kept.get(k), kept.get(k + 1)));
            }
            assertTrue(nearest <= relative * extent * (1 + 1e-12), nearest + " > " + relative * extent);
        }
    }

    /** Points on a straight run are dropped, a corner is kept; a random walk stays within the tolerance. */
    @Test
    void simplificationKeepsCornersAndDropsStraightRuns() {
        List<double[]> path = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            path.add(new double[] {k, 0});
        }
        for (int k = 1; k <= 10; k++) {
            path.add(new double[] {10, k});
        }
        List<double[]> kept = PathSimplification.simplify(path, 0.01);
        assertEquals(3, kept.size());
        assertArrayEquals(new double[] {10, 0}, kept.get(1), 0);
        assertEquals(Math.sqrt(2), PathSimplification.toSegment(new double[] {3, 1},
                new double[] {0, 0}, new double[] {2, 0}), 1e-15);
        SplittableRandom rng = new SplittableRandom(3);
        List<double[]> walk = new ArrayList<>();
        double[] x = new double[3];
        for (int k = 0; k < 2000; k++) {
            x = new double[] {x[0] + rng.nextGaussian(), x[1] + rng.nextGaussian(), x[2] + 1};
            walk.add(x);
        }
        double extent = 1999;  // the third coordinate runs from 1 to 2000
        List<double[]> simple = PathSimplification.simplify(walk, 0.01 * extent);
        assertTrue(simple.size() < 1000, simple.size() + " kept");
        assertWithinTolerance(walk, simple, 0.01);
    }
}
