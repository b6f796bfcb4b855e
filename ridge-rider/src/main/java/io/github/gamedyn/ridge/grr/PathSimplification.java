package io.github.gamedyn.ridge.grr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The Ramer–Douglas–Peucker simplification of a path in \(\mathbb{R}^d\) (Ramer 1972; Douglas and
 * Peucker 1973): keeps the first and last points, then recursively the point farthest from the
 * chord between two kept points while it is farther than the tolerance. Every dropped point lies
 * within the tolerance (Euclidean) of the segment between the kept points around it, so a plot of
 * the kept points is the path to within the tolerance, however many steps it took. Deterministic:
 * ties go to the earliest point.
 */
final class PathSimplification {

    private PathSimplification() {
    }

    /**
     * The kept points, in order.
     *
     * @param path the points, at least one. Not modified; the kept arrays are the same objects.
     * @param tolerance the largest distance of a dropped point from the simplified path, ≥ 0
     */
    static List<double[]> simplify(List<double[]> path, double tolerance) {
        int n = path.size();
        if (n <= 2) {
            return new ArrayList<>(path);
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        Deque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[] {0, n - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = -1;
            double distance = tolerance;
            for (int k = span[0] + 1; k < span[1]; k++) {
                double d = toSegment(path.get(k), path.get(span[0]), path.get(span[1]));
                if (d > distance) {
                    distance = d;
                    farthest = k;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.push(new int[] {farthest, span[1]});
                spans.push(new int[] {span[0], farthest});
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (keep[k]) {
                out.add(path.get(k));
            }
        }
        return out;
    }

    /** The Euclidean distance from p to the segment [a, b]. */
    static double toSegment(double[] p, double[] a, double[] b) {
        double ab = 0;
        double ap = 0;
        for (int i = 0; i < p.length; i++) {
            ab += (b[i] - a[i]) * (b[i] - a[i]);
            ap += (p[i] - a[i]) * (b[i] - a[i]);
        }
        double t = ab == 0 ? 0 : Math.max(0, Math.min(1, ap / ab));
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double e = p[i] - a[i] - t * (b[i] - a[i]);
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
