package io.github.gamedyn.ridge;

import io.github.gamedyn.core.game.Game;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Ridge Rider (Parker-Holder, Metz, Resnick, Hu, Lerer, Letcher, Peysakhovich, Pacchiano,
 * Foerster; NeurIPS 2020) for a single loss \(L(\theta)\), given as a one-player {@link Game}.
 *
 * <p>From a saddle or maximum \(\theta_0\), every eigenvector \(e\) of the Hessian with a negative
 * eigenvalue is a "ridge": branch both ways, \(d = \pm e\). A ride steps \(\theta \leftarrow \theta +
 * \alpha d\), then replaces \(d\) by the eigenvector of the new Hessian with the largest signed
 * overlap \(\langle e, d\rangle\); within a repeated eigenvalue it takes the normalised projection
 * of \(d\) onto the eigenspace, so sign flips and arbitrary bases of degenerate eigenspaces do not
 * derail it. A ride ends when the curvature along \(d\) becomes non-negative, a step does not
 * decrease the loss, or at a step cap. There, if negative curvature remains and the depth allows,
 * it branches again; otherwise the point is polished by gradient descent into a leaf, a
 * {@link Solution} with its fingerprint (the branch path). The tree is searched depth- or
 * breadth-first within a budget of rides. Deterministic.
 */
public final class RidgeRider {

    /** Which branch to ride next. */
    public enum Order { DEPTH_FIRST, BREADTH_FIRST }

    /**
     * Settings.
     *
     * @param stepSize α of a ride step (&gt; 0)
     * @param maxRideSteps step cap of one ride (≥ 1)
     * @param maxDepth branch points on a path from the root (≥ 1)
     * @param maxRides the budget of rides (≥ 1)
     * @param order depth- or breadth-first
     * @param polishStepSize gradient-descent step for polishing leaves (&gt; 0)
     * @param polishSteps step cap of polishing (≥ 0)
     */
    public record Options(double stepSize, int maxRideSteps, int maxDepth, int maxRides, Order order,
                          double polishStepSize, int polishSteps) {
        /** Validates. */
        public Options {
            positive("stepSize", stepSize);
            positive("polishStepSize", polishStepSize);
            atLeast("maxRideSteps", maxRideSteps, 1);
            atLeast("maxDepth", maxDepth, 1);
            atLeast("maxRides", maxRides, 1);
            atLeast("polishSteps", polishSteps, 0);
            if (order == null) {
                throw new IllegalArgumentException("order = null; allowed: DEPTH_FIRST, BREADTH_FIRST");
            }
        }

        /** α = 0.01, 1000 steps a ride, depth 3, 64 rides, depth-first, polishing 5000 steps of 0.01. */
        public static Options defaults() {
            return new Options(0.01, 1000, 3, 64, Order.DEPTH_FIRST, 0.01, 5000);
        }

        private static void positive(String name, double v) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " = " + v + "; allowed: finite and > 0");
            }
        }

        private static void atLeast(String name, int v, int min) {
            if (v < min) {
                throw new IllegalArgumentException(name + " = " + v + "; allowed: ≥ " + min);
            }
        }
    }

    /**
     * The rides taken and the leaves found.
     *
     * @param rides every ride, in the order taken
     * @param solutions the leaves, in the order found
     */
    public record Result(List<Ride> rides, List<Solution> solutions) {
        /** Copies. */
        public Result {
            rides = List.copyOf(rides);
            solutions = List.copyOf(solutions);
        }
    }

    private final Options options;

    /** Ridge Rider with these settings. */
    public RidgeRider(Options options) {
        this.options = options;
    }

    private record Pending(double[] start, List<Branch> fingerprint, double[] direction) {
    }

    /**
     * Runs Ridge Rider from {@code start}, which should be a saddle or maximum of the loss.
     *
     * @param loss a one-player game whose loss is L
     * @param start θ₀. Not modified.
     */
    public Result run(Game loss, double[] start) {
        if (loss.players().size() != 1) {
            throw new IllegalArgumentException("Ridge Rider needs a single loss: game " + loss.name()
                    + " has " + loss.players().size() + " players; use Generalized Ridge Rider for games");
        }
        Deque<Pending> pending = new ArrayDeque<>();
        List<Ride> rides = new ArrayList<>();
        List<Solution> solutions = new ArrayList<>();
        if (!branch(loss, start.clone(), List.of(), pending)) {
            solutions.add(polish(loss, start.clone(), List.of()));
        }
        while (!pending.isEmpty() && rides.size() < options.maxRides()) {
            Pending p = options.order() == Order.DEPTH_FIRST ? pending.pollLast() : pending.pollFirst();
            Ride ride = ride(loss, p);
            rides.add(ride);
            double[] end = ride.endPoint();
            if (ride.fingerprint().size() >= options.maxDepth()
                    || !branch(loss, end, ride.fingerprint(), pending)) {
                solutions.add(polish(loss, end, ride.fingerprint()));
            }
        }
        return new Result(rides, solutions);
    }

    /** Queues ±e for every negative eigenvalue, most negative first; false if there is none. */
    private boolean branch(Game loss, double[] at, List<Branch> fingerprint, Deque<Pending> pending) {
        SymmetricEigenbasis basis = SymmetricEigenbasis.of(loss.jacobian(at));
        List<Pending> children = new ArrayList<>();
        for (int k = 0; k < basis.values().length && basis.values()[k] < 0; k++) {
            for (int sign : new int[] {1, -1}) {
                List<Branch> f = new ArrayList<>(fingerprint);
                f.add(new Branch(k, sign, basis.values()[k]));
                double[] d = basis.vectors()[k].clone();
                for (int i = 0; i < d.length; i++) {
                    d[i] *= sign;
                }
                children.add(new Pending(at, f, d));
            }
        }
        if (options.order() == Order.DEPTH_FIRST) {
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addLast(children.get(i));
            }
        } else {
            pending.addAll(children);
        }
        return !children.isEmpty();
    }

    private Ride ride(Game loss, Pending p) {
        double[] theta = p.start().clone();
        double[] d = p.direction().clone();
        double value = loss.losses(theta)[0];
        List<double[]> path = new ArrayList<>();
        path.add(theta.clone());
        for (int step = 0; step < options.maxRideSteps(); step++) {
            double[] next = theta.clone();
            for (int i = 0; i < next.length; i++) {
                next[i] += options.stepSize() * d[i];
            }
            double nextValue = loss.losses(next)[0];
            if (!(nextValue < value)) {
                return new Ride(p.fingerprint(), path, Ride.End.LOSS_STOPPED_FALLING);
            }
            theta = next;
            value = nextValue;
            path.add(theta.clone());
            double curvature = track(SymmetricEigenbasis.of(loss.jacobian(theta)), d);
            if (curvature >= 0) {
                return new Ride(p.fingerprint(), path, Ride.End.CURVATURE);
            }
        }
        return new Ride(p.fingerprint(), path, Ride.End.STEP_CAP);
    }

    /**
     * Replaces {@code d} (modified) by the unit vector of the eigenspace with the largest projection
     * of {@code d}, and returns that eigenspace's eigenvalue. Eigenvalues within
     * \(10^{-8}\max(1, \max|\lambda|)\) form one eigenspace.
     */
    static double track(SymmetricEigenbasis basis, double[] d) {
        double[] values = basis.values();
        double scale = Math.max(1, Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1])));
        double tolerance = 1e-8 * scale;
        double bestNorm = -1;
        double bestValue = 0;
        double[] best = null;
        int k = 0;
        while (k < values.length) {
            int end = k;
            while (end + 1 < values.length && values[end + 1] - values[k] <= tolerance) {
                end++;
            }
            double[] proj = new double[d.length];
            double mean = 0;
            for (int j = k; j <= end; j++) {
                double c = dot(basis.vectors()[j], d);
                for (int i = 0; i < d.length; i++) {
                    proj[i] += c * basis.vectors()[j][i];
                }
                mean += values[j];
            }
            double norm = Math.sqrt(dot(proj, proj));
            if (norm > bestNorm) {
                bestNorm = norm;
                best = proj;
                bestValue = mean / (end - k + 1);
            }
            k = end + 1;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = best[i] / bestNorm;
        }
        return bestValue;
    }

    private Solution polish(Game loss, double[] start, List<Branch> fingerprint) {
        double[] theta = start.clone();
        double[] g = loss.simultaneousGradient(theta);
        for (int step = 0; step < options.polishSteps() && norm(g) > 1e-10; step++) {
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= options.polishStepSize() * g[i];
            }
            g = loss.simultaneousGradient(theta);
        }
        return new Solution(theta, loss.losses(theta)[0], norm(g), fingerprint);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
