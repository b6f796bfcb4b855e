package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.momentum.GradientDescent;
import io.github.gamedyn.momentum.OptimizerSpec;
import io.github.gamedyn.momentum.Schedule;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The settings of one {@link GeneralizedRidgeRider} run: an immutable value that, together with
 * the game and the behaviour descriptor, determines the tree bit for bit. Four records hold the
 * four stages (search, refinement, branching, following); each has its defaults as
 * {@code DEFAULT} and a wither per setting, and each stage is replaced whole or edited in place:
 *
 * <pre>{@code
 * GrrOptions options = GrrOptions.defaults().withLearningRate(1.3)
 *         .withSearch(s -> s.withHorizon(100).withRestarts(4).withSeed(1))
 *         .withFollowing(f -> f.withOptimizer(OptimizerSpec.parse("sos:alpha=1")).withSteps(3000));
 * }</pre>
 *
 * <p>The learning map of the search is simultaneous gradient descent
 * \(F(\omega) = \omega - \alpha\xi(\omega)\), or the update of any rule of the momentum module's
 * catalogue or a user's, searched by exact gradient ascent when its update reaches the game through
 * ξ only, else with Nelder–Mead; the same map judges which branches are unstable. Choose the
 * horizon so that \(\alpha K |\lambda_{\text{unstable}}| \approx 5\)–10: shorter horizons reward
 * mere transients and produce spurious maxima on the boundary of the search box.
 *
 * @param search how bifurcation candidates are searched for
 * @param refinement how candidates become fixed points and duplicates are dropped
 * @param branching which directions are branched along at a point, and how far
 * @param following how a branch is followed to its end
 * @param clusterTolerance end points whose descriptors differ by at most this (max-norm) share a
 *        cluster
 * @param depth levels of branching: 1 branches at the bifurcation points only, more branches again
 *        at end points that are unstable fixed points
 */
public record GrrOptions(Search search, Refinement refinement, Branching branching,
                         Following following, double clusterTolerance, int depth) {

    private static final OptimizerSpec DEFAULT_DESCENT = descent(10);

    /** Validates. */
    public GrrOptions {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(refinement, "refinement");
        Objects.requireNonNull(branching, "branching");
        Objects.requireNonNull(following, "following");
        positive("clusterTolerance", clusterTolerance);
        atLeast("depth", depth, 1);
    }

    /**
     * The defaults, tuned on the 2-D games of the GRR paper: the records' {@code DEFAULT}s,
     * cluster tolerance 0.05, depth 1.
     */
    public static GrrOptions defaults() {
        return new GrrOptions(Search.DEFAULT, Refinement.DEFAULT, Branching.DEFAULT,
                Following.DEFAULT, 0.05, 1);
    }

    /** Simultaneous gradient descent with step α, as an optimiser spec. */
    public static OptimizerSpec descent(double alpha) {
        positive("alpha", alpha);
        return OptimizerSpec.builder(GradientDescent.METHOD).set("alpha", alpha).build();
    }

    /** Whether a spec is simultaneous gradient descent with a real step: the map \(\omega - \alpha\xi\). */
    static boolean isDescent(OptimizerSpec spec) {
        return spec.method() == GradientDescent.METHOD
                && spec.schedule() == Schedule.SIMULTANEOUS && spec.value("alpha").getImaginary() == 0;
    }

    /**
     * α of the search's learning map (the real part of its step size); under gradient descent
     * \(|1 - \alpha\lambda|\) is the growth per step of an eigendirection (under another map,
     * branches are judged by that map's own linearisation).
     */
    public double learningRate() {
        return search.map().real("alpha");
    }

    /** These settings with gradient descent of step α as the search map and as the follower. */
    public GrrOptions withLearningRate(double alpha) {
        OptimizerSpec d = descent(alpha);
        return withSearch(search.withMap(d)).withFollowing(following.withOptimizer(d));
    }

    /** These settings with the search edited by {@code edit}, e.g. {@code o.withSearch(x -> x.with...(..))}. */
    public GrrOptions withSearch(UnaryOperator<Search> edit) {
        return withSearch(edit.apply(search));
    }

    /** These settings with another search. */
    public GrrOptions withSearch(Search s) {
        return new GrrOptions(s, refinement, branching, following, clusterTolerance, depth);
    }

    /** These settings with the refinement edited by {@code edit}, e.g. {@code o.withRefinement(x -> x.with...(..))}. */
    public GrrOptions withRefinement(UnaryOperator<Refinement> edit) {
        return withRefinement(edit.apply(refinement));
    }

    /** These settings with another refinement. */
    public GrrOptions withRefinement(Refinement r) {
        return new GrrOptions(search, r, branching, following, clusterTolerance, depth);
    }

    /** These settings with the branching edited by {@code edit}, e.g. {@code o.withBranching(x -> x.with...(..))}. */
    public GrrOptions withBranching(UnaryOperator<Branching> edit) {
        return withBranching(edit.apply(branching));
    }

    /** These settings with another branching. */
    public GrrOptions withBranching(Branching b) {
        return new GrrOptions(search, refinement, b, following, clusterTolerance, depth);
    }

    /** These settings with the following edited by {@code edit}, e.g. {@code o.withFollowing(x -> x.with...(..))}. */
    public GrrOptions withFollowing(UnaryOperator<Following> edit) {
        return withFollowing(edit.apply(following));
    }

    /** These settings with another following. */
    public GrrOptions withFollowing(Following f) {
        return new GrrOptions(search, refinement, branching, f, clusterTolerance, depth);
    }

    /** These settings with another cluster tolerance. */
    public GrrOptions withClusterTolerance(double tolerance) {
        return new GrrOptions(search, refinement, branching, following, tolerance, depth);
    }

    /** These settings with another depth. */
    public GrrOptions withDepth(int levels) {
        return new GrrOptions(search, refinement, branching, following, clusterTolerance, levels);
    }

    /**
     * Step (2): the bifurcation search maximises the finite-time Lyapunov exponent of the learning
     * map over seeded starting points.
     *
     * @param map the optimiser whose update is the learning map (default gradient descent, α = 10)
     * @param method how the exponent is maximised; gradient ascent needs a map whose update reaches
     *        the game through ξ only (checked when a run starts)
     * @param horizon K, steps of the finite-time Lyapunov exponent
     * @param restarts starting points of the search
     * @param seed seed of the restarts and of the transported vector \(u_0\)
     * @param startScale standard deviation s of the restarts, \(\omega_0 \sim N(0, s^2 I)\) clipped
     *        to the box
     * @param bound the search box \(|\omega_i| \le\) bound (keeps logits out of saturation)
     * @param iterations ascent steps per restart (Nelder–Mead: iterations·(d + 1) evaluations)
     * @param jacobianFloor \(\|\hat H\|_F\) below this marks a maximum or a fixed point as saturated
     */
    public record Search(OptimizerSpec map, Method method, int horizon, int restarts, long seed,
                         double startScale, double bound, int iterations, double jacobianFloor) {

        /** Gradient descent α = 10, gradient ascent, K = 20, 8 restarts, seed 0, s = 1, box 6, 100 steps, floor 1e-6. */
        public static final Search DEFAULT = new Search(DEFAULT_DESCENT, Method.GRADIENT_ASCENT, 20, 8,
                0, 1, 6, 100, 1e-6);

        /** How the search maximises the finite-time Lyapunov exponent. */
        public enum Method {
            /**
             * Projected gradient ascent with the exact gradient (maps whose update reaches the game
             * through ξ only: their second derivatives need third derivatives of the losses).
             */
            GRADIENT_ASCENT,
            /** The derivative-free Nelder–Mead simplex (commons-math3), any learning map. */
            NELDER_MEAD
        }

        /** Validates. */
        public Search {
            Objects.requireNonNull(map, "map");
            if (method == null) {
                throw new IllegalArgumentException("method = null; allowed: GRADIENT_ASCENT, NELDER_MEAD");
            }
            atLeast("horizon", horizon, 1);
            atLeast("restarts", restarts, 1);
            positive("startScale", startScale);
            positive("bound", bound);
            atLeast("iterations", iterations, 0);
            positive("jacobianFloor", jacobianFloor);
        }

        /** With another learning map (searched by the same method). */
        public Search withMap(OptimizerSpec m) {
            return withMap(m, method);
        }

        /** With another learning map and method, e.g. an optimiser's update with Nelder–Mead. */
        public Search withMap(OptimizerSpec m, Method how) {
            return new Search(m, how, horizon, restarts, seed, startScale, bound, iterations, jacobianFloor);
        }

        /** With another method. */
        public Search withMethod(Method m) {
            return new Search(map, m, horizon, restarts, seed, startScale, bound, iterations, jacobianFloor);
        }

        /** With another horizon K. */
        public Search withHorizon(int k) {
            return new Search(map, method, k, restarts, seed, startScale, bound, iterations, jacobianFloor);
        }

        /** With another number of restarts. */
        public Search withRestarts(int n) {
            return new Search(map, method, horizon, n, seed, startScale, bound, iterations, jacobianFloor);
        }

        /** With another seed. */
        public Search withSeed(long s) {
            return new Search(map, method, horizon, restarts, s, startScale, bound, iterations, jacobianFloor);
        }

        /** With another start scale. */
        public Search withStartScale(double s) {
            return new Search(map, method, horizon, restarts, seed, s, bound, iterations, jacobianFloor);
        }

        /** With another search box. */
        public Search withBound(double b) {
            return new Search(map, method, horizon, restarts, seed, startScale, b, iterations, jacobianFloor);
        }

        /** With another iteration cap. */
        public Search withIterations(int n) {
            return new Search(map, method, horizon, restarts, seed, startScale, bound, n, jacobianFloor);
        }

        /** With another saturation floor. */
        public Search withJacobianFloor(double f) {
            return new Search(map, method, horizon, restarts, seed, startScale, bound, iterations, f);
        }
    }

    /**
     * Step (2, continued): Newton's method on ξ from each maximum; an accepted fixed point replaces
     * it.
     *
     * @param fixedPointBound a refined fixed point needs \(\max_i|\omega_i| \le\) this
     * @param radius a refined fixed point must lie within this distance of its candidate
     * @param duplicateTolerance bifurcation points closer than this are one
     */
    public record Refinement(double fixedPointBound, double radius, double duplicateTolerance) {

        /** Fixed points within |ω_i| ≤ 8 and distance 2; duplicates within 1e-3. */
        public static final Refinement DEFAULT = new Refinement(8, 2, 1e-3);

        /** Validates. */
        public Refinement {
            positive("fixedPointBound", fixedPointBound);
            positive("radius", radius);
            positive("duplicateTolerance", duplicateTolerance);
        }

        /** With another fixed-point bound. */
        public Refinement withFixedPointBound(double b) {
            return new Refinement(b, radius, duplicateTolerance);
        }

        /** With another refine radius. */
        public Refinement withRadius(double r) {
            return new Refinement(fixedPointBound, r, duplicateTolerance);
        }

        /** With another duplicate tolerance. */
        public Refinement withDuplicateTolerance(double t) {
            return new Refinement(fixedPointBound, radius, t);
        }
    }

    /**
     * Step (3): the branches at a point, most unstable first.
     *
     * @param maxBranches branches per bifurcation point
     * @param perturbation ε, the distance from the bifurcation point to a branch's start
     * @param rideSteps further steps of size ε that ride the tracked eigenvector after the first
     *        one (0: branches start ε along the direction, as in the GRR paper)
     */
    public record Branching(int maxBranches, double perturbation, int rideSteps) {

        /** 8 branches, ε = 0.05, no ride. */
        public static final Branching DEFAULT = new Branching(8, 0.05, 0);

        /** Validates. */
        public Branching {
            atLeast("maxBranches", maxBranches, 1);
            positive("perturbation", perturbation);
            atLeast("rideSteps", rideSteps, 0);
        }

        /** With another branch budget. */
        public Branching withMaxBranches(int n) {
            return new Branching(n, perturbation, rideSteps);
        }

        /** With another ε. */
        public Branching withPerturbation(double e) {
            return new Branching(maxBranches, e, rideSteps);
        }

        /** With another number of ride steps. */
        public Branching withRideSteps(int n) {
            return new Branching(maxBranches, perturbation, n);
        }
    }

    /**
     * Step (4): a branch is followed from its start by an optimiser (fresh buffers) until
     * \(\|\xi\| \le\) tolerance, the step cap, or a non-finite iterate.
     *
     * @param optimizer the optimiser that follows branches (default gradient descent, α = 10)
     * @param steps the step cap
     * @param tolerance a branch has converged when \(\|\xi\| \le\) this
     */
    public record Following(OptimizerSpec optimizer, int steps, double tolerance) {

        /** Gradient descent α = 10, 20000 steps, \(\|\xi\| \le 10^{-5}\). */
        public static final Following DEFAULT = new Following(DEFAULT_DESCENT, 20000, 1e-5);

        /** Validates. */
        public Following {
            Objects.requireNonNull(optimizer, "optimizer");
            atLeast("steps", steps, 1);
            positive("tolerance", tolerance);
        }

        /** With another optimiser. */
        public Following withOptimizer(OptimizerSpec o) {
            return new Following(o, steps, tolerance);
        }

        /** With another step cap. */
        public Following withSteps(int n) {
            return new Following(optimizer, n, tolerance);
        }

        /** With another tolerance. */
        public Following withTolerance(double t) {
            return new Following(optimizer, steps, t);
        }
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
