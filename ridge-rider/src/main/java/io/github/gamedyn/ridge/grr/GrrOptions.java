package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.momentum.OptimizerSpec;

/**
 * The settings of one {@link GeneralizedRidgeRider} run: an immutable value, built with
 * {@link #builder()}, that together with the game and the behaviour descriptor determines the
 * tree bit for bit.
 *
 * <p>The learning map of the search is simultaneous gradient descent
 * \(F(\omega) = \omega - \alpha\xi(\omega)\), or the update of any optimiser of the momentum
 * module ({@link Builder#searchMap}, searched with Nelder–Mead). Branches are followed with
 * gradient descent, or with any optimiser ({@link Builder#follower}). The bifurcation search maximises
 * the finite-time Lyapunov exponent of F over {@code horizon} steps;
 * choose the horizon so that \(\alpha K |\lambda_{\text{unstable}}| \approx 5\)–10: shorter horizons
 * reward mere transients and produce spurious maxima on the boundary of the search box.
 *
 * <pre>{@code
 * GrrOptions options = GrrOptions.builder().learningRate(10).horizon(20).restarts(8).seed(1).build();
 * }</pre>
 *
 * @param learningRate α of gradient descent, for the search and for following branches
 * @param horizon K, steps of the finite-time Lyapunov exponent
 * @param restarts starting points of the bifurcation search
 * @param seed seed of the restarts and of the transported vector \(u_0\)
 * @param startScale standard deviation s of the restarts, \(\omega_0 \sim N(0, s^2 I)\) clipped to the box
 * @param bound the search box \(|\omega_i| \le\) bound (keeps logits out of saturation)
 * @param searchIterations ascent steps per restart
 * @param jacobianFloor \(\|\hat H\|_F\) below this marks a point as saturated
 * @param fixedPointBound a refined fixed point needs \(\max_i|\omega_i| \le\) this
 * @param refineRadius a refined fixed point must lie within this distance of its candidate
 * @param duplicateTolerance bifurcation points closer than this are one
 * @param maxBranches branches per bifurcation point, most unstable first
 * @param perturbation ε, the distance from the bifurcation point to a branch's start
 * @param followSteps step cap when following a branch
 * @param followTolerance a branch has converged when \(\|\xi\| \le\) this
 * @param clusterTolerance end points whose descriptors differ by at most this (max-norm) share a cluster
 * @param depth levels of branching: 1 branches at the bifurcation points only, more branches again
 *        at end points that are unstable fixed points
 * @param follower the optimiser that follows branches, or {@code null} for gradient descent with
 *        {@code learningRate}
 * @param search how the bifurcation search maximises the exponent
 * @param rideSteps further steps of size ε that ride the tracked eigenvector after the first one
 *        (0: branches start ε along the direction, as in the GRR paper)
 * @param searchMap the optimiser whose update is the learning map of the search, or {@code null}
 *        for gradient descent with {@code learningRate} (any other map needs {@code NELDER_MEAD})
 */
public record GrrOptions(double learningRate, int horizon, int restarts, long seed, double startScale,
                         double bound, int searchIterations, double jacobianFloor,
                         double fixedPointBound, double refineRadius, double duplicateTolerance,
                         int maxBranches, double perturbation, int followSteps,
                         double followTolerance, double clusterTolerance, int depth,
                         OptimizerSpec follower, Search search, int rideSteps,
                         OptimizerSpec searchMap) {

    /** How the bifurcation search maximises the finite-time Lyapunov exponent. */
    public enum Search {
        /** Projected gradient ascent with the exact third-order gradient (small games). */
        GRADIENT_ASCENT,
        /** The derivative-free Nelder–Mead simplex (commons-math3), no third derivatives. */
        NELDER_MEAD
    }

    /** Validates every setting. */
    public GrrOptions {
        positive("learningRate", learningRate);
        atLeast("horizon", horizon, 1);
        atLeast("restarts", restarts, 1);
        positive("startScale", startScale);
        positive("bound", bound);
        atLeast("searchIterations", searchIterations, 0);
        positive("jacobianFloor", jacobianFloor);
        positive("fixedPointBound", fixedPointBound);
        positive("refineRadius", refineRadius);
        positive("duplicateTolerance", duplicateTolerance);
        atLeast("maxBranches", maxBranches, 1);
        positive("perturbation", perturbation);
        atLeast("followSteps", followSteps, 1);
        positive("followTolerance", followTolerance);
        positive("clusterTolerance", clusterTolerance);
        atLeast("depth", depth, 1);
        atLeast("rideSteps", rideSteps, 0);
        if (searchMap != null && search == Search.GRADIENT_ASCENT) {
            throw new IllegalArgumentException("searchMap = " + searchMap + " with search = "
                    + "GRADIENT_ASCENT; allowed: NELDER_MEAD (the exact gradient is for gradient "
                    + "descent only)");
        }
        if (search == null) {
            throw new IllegalArgumentException("search = null; allowed: GRADIENT_ASCENT, NELDER_MEAD");
        }
    }

    /** A builder holding the defaults of {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.learningRate = learningRate;
        b.horizon = horizon;
        b.restarts = restarts;
        b.seed = seed;
        b.startScale = startScale;
        b.bound = bound;
        b.searchIterations = searchIterations;
        b.jacobianFloor = jacobianFloor;
        b.fixedPointBound = fixedPointBound;
        b.refineRadius = refineRadius;
        b.duplicateTolerance = duplicateTolerance;
        b.maxBranches = maxBranches;
        b.perturbation = perturbation;
        b.followSteps = followSteps;
        b.followTolerance = followTolerance;
        b.clusterTolerance = clusterTolerance;
        b.depth = depth;
        b.follower = follower;
        b.search = search;
        b.rideSteps = rideSteps;
        b.searchMap = searchMap;
        return b;
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

    /**
     * Builds {@link GrrOptions}. Defaults, tuned on the 2-D games of the GRR paper: α = 10, K = 20,
     * 8 restarts, seed 0, s = 1, box 6, 100 ascent steps, \(\|\hat H\|_F\) floor 1e-6, fixed points
     * within |ω| ≤ 8 and distance 2, duplicates within 1e-3, 8 branches, ε = 0.05, 20000 following
     * steps to \(\|\xi\| \le 10^{-5}\), cluster tolerance 0.05, depth 1.
     */
    public static final class Builder {
        private double learningRate = 10;
        private int horizon = 20;
        private int restarts = 8;
        private long seed;
        private double startScale = 1;
        private double bound = 6;
        private int searchIterations = 100;
        private double jacobianFloor = 1e-6;
        private double fixedPointBound = 8;
        private double refineRadius = 2;
        private double duplicateTolerance = 1e-3;
        private int maxBranches = 8;
        private double perturbation = 0.05;
        private int followSteps = 20000;
        private double followTolerance = 1e-5;
        private double clusterTolerance = 0.05;
        private int depth = 1;
        private OptimizerSpec follower;
        private Search search = Search.GRADIENT_ASCENT;
        private int rideSteps;
        private OptimizerSpec searchMap;

        private Builder() {
        }

        /** α. */
        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        /** K. */
        public Builder horizon(int v) {
            horizon = v;
            return this;
        }

        /** Starting points of the search. */
        public Builder restarts(int v) {
            restarts = v;
            return this;
        }

        /** The seed. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** Standard deviation of the restarts. */
        public Builder startScale(double v) {
            startScale = v;
            return this;
        }

        /** The search box. */
        public Builder bound(double v) {
            bound = v;
            return this;
        }

        /** Ascent steps per restart. */
        public Builder searchIterations(int v) {
            searchIterations = v;
            return this;
        }

        /** The saturation floor of \(\|\hat H\|_F\). */
        public Builder jacobianFloor(double v) {
            jacobianFloor = v;
            return this;
        }

        /** Largest |ω_i| of an accepted fixed point. */
        public Builder fixedPointBound(double v) {
            fixedPointBound = v;
            return this;
        }

        /** Largest distance from a candidate to its refined fixed point. */
        public Builder refineRadius(double v) {
            refineRadius = v;
            return this;
        }

        /** Distance below which bifurcation points are one. */
        public Builder duplicateTolerance(double v) {
            duplicateTolerance = v;
            return this;
        }

        /** Branches per bifurcation point. */
        public Builder maxBranches(int v) {
            maxBranches = v;
            return this;
        }

        /** ε. */
        public Builder perturbation(double v) {
            perturbation = v;
            return this;
        }

        /** Step cap of following. */
        public Builder followSteps(int v) {
            followSteps = v;
            return this;
        }

        /** Convergence tolerance on \(\|\xi\|\). */
        public Builder followTolerance(double v) {
            followTolerance = v;
            return this;
        }

        /** Cluster tolerance in descriptor space. */
        public Builder clusterTolerance(double v) {
            clusterTolerance = v;
            return this;
        }

        /** Levels of branching. */
        public Builder depth(int v) {
            depth = v;
            return this;
        }

        /**
         * The optimiser that follows branches (e.g. {@code OptimizerSpec.parse("sos:alpha=1")});
         * {@code null}, the default, follows with gradient descent at the search's learning rate.
         */
        public Builder follower(OptimizerSpec spec) {
            follower = spec;
            return this;
        }

        /** How the search maximises: gradient ascent (default) or Nelder–Mead. */
        public Builder search(Search method) {
            search = method;
            return this;
        }

        /**
         * Steps that ride the tracked eigenvector (Hermitian overlap, continuous phase) beyond the
         * first step of size ε before the learning map follows; 0 (default) does not ride.
         */
        public Builder rideSteps(int v) {
            rideSteps = v;
            return this;
        }

        /**
         * The optimiser whose update on its augmented state is the learning map of the search
         * (with {@link Search#NELDER_MEAD}); {@code null}, the default, is gradient descent.
         */
        public Builder searchMap(OptimizerSpec spec) {
            searchMap = spec;
            return this;
        }

        /** The options; throws {@link IllegalArgumentException} naming a bad setting. */
        public GrrOptions build() {
            return new GrrOptions(learningRate, horizon, restarts, seed, startScale, bound,
                    searchIterations, jacobianFloor, fixedPointBound, refineRadius,
                    duplicateTolerance, maxBranches, perturbation, followSteps, followTolerance,
                    clusterTolerance, depth, follower, search, rideSteps, searchMap);
        }
    }
}
