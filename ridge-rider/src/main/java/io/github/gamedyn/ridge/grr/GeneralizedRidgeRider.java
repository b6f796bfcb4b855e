package io.github.gamedyn.ridge.grr;

import io.github.gamedyn.core.dynamics.DivergenceException;
import io.github.gamedyn.core.engine.Engine;
import io.github.gamedyn.core.engine.GameRecipe;
import io.github.gamedyn.core.equilibrium.Classification;
import io.github.gamedyn.core.equilibrium.FixedPointResult;
import io.github.gamedyn.core.equilibrium.NewtonFixedPointSolver;
import io.github.gamedyn.core.game.BehaviourDescriptor;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Spectra;
import io.github.gamedyn.core.parallel.ParallelRanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Generalized Ridge Rider (Lorraine, Vicol, Parker-Holder, Kachman, Metz, Foerster, "Lyapunov
 * exponents for diversity in differentiable games", AAMAS 2022): diverse solutions of a game by
 * branching at bifurcations of its learning dynamics.
 *
 * <p>The learning map is simultaneous gradient descent \(F(\omega) = \omega - \alpha\xi(\omega)\),
 * \(J = I - \alpha\hat H\), or another optimiser's update ({@link GrrOptions.Search#map}). A run:
 * <ol>
 *   <li><b>search</b>: from seeded starts \(\omega_0 \sim N(0, s^2 I)\) (clipped to the box
 *       \(|\omega_i| \le b\)), maximise the finite-time Lyapunov exponent
 *       \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0u_0\|\) (seeded unit \(u_0\))
 *       by gradient ascent with exact gradients, or by Nelder–Mead for maps whose update reaches
 *       the game beyond ξ ({@link BifurcationSearch}). Large exponents mark
 *       points where nearby trajectories separate: separatrices through saddles, unstable
 *       foci. Maxima on the box or where \(\|\hat H\|_F\) is below a floor (saturation) are
 *       rejected;</li>
 *   <li><b>refine</b>: Newton's method on ξ from each maximum; an accepted fixed point (within
 *       the refine radius, \(\max|\omega_i| \le\) the fixed-point bound, Ĥ above the floor)
 *       replaces the maximum, otherwise the maximum itself is branched at. Points within the
 *       duplicate tolerance of an earlier one (in order of decreasing exponent) are dropped;</li>
 *   <li><b>branch</b>: eigen-decompose Ĥ and branch along \(\pm v\) (real λ) and \(\pm\mathrm{Re}\,v\),
 *       \(\pm\mathrm{Im}\,v\) (complex pairs), most unstable first by the growth of each mode under
 *       the learning map's own linearisation (\(|1 - \alpha\lambda|\) for gradient descent), within
 *       the branch budget ({@link BranchDirections});</li>
 *   <li><b>follow</b>: run the follower (gradient descent by default) from \(\omega + \varepsilon d\)
 *       (or from the end of a ride along the tracked eigenvector) to convergence
 *       ({@link BranchFollower}), keeping the path;</li>
 *   <li><b>cluster</b> the end points by a {@link BehaviourDescriptor}, not by raw parameters;</li>
 *   <li><b>recurse</b> (depth &gt; 1): where a branch ends next to a new fixed point that is
 *       unstable for the learning map, branch there again.</li>
 * </ol>
 * Each point's work is done once: one Ĥ (kept from the saturation test of the search, when the
 * restart ran in this JVM, or from refinement) and one eigendecomposition per bifurcation point
 * serve its spectrum, classification, branch directions and rides. The restarts of the search and the branches of a point are
 * independent cells run on {@code threads} threads; everything that depends on order (sorting,
 * duplicates, clusters, recursion) runs after them in a fixed order, so the same options give the
 * same tree, bit for bit, whatever the thread count.
 *
 * <pre>{@code
 * GrrTree tree = new GeneralizedRidgeRider(GrrOptions.defaults().withSearch(s -> s.withSeed(1)))
 *         .run(SmallIpd.create());
 * System.out.println(GrrTreeText.format(tree));
 * }</pre>
 */
public final class GeneralizedRidgeRider {
    private static final NewtonFixedPointSolver NEWTON = new NewtonFixedPointSolver(1e-10, 100);

    private final GrrOptions options;
    private final int threads;

    /** GRR with these settings, on the calling thread. */
    public GeneralizedRidgeRider(GrrOptions options) {
        this(options, 1);
    }

    /**
     * GRR with these settings on {@code threads} threads (the tree does not depend on their
     * number).
     *
     * @param threads ≥ 1; 1 runs on the calling thread
     */
    public GeneralizedRidgeRider(GrrOptions options, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; allowed: ≥ 1");
        }
        this.threads = threads;
    }

    /**
     * Checks, before a run, that these settings can run on {@code game}: a search map searched by
     * gradient ascent must have an exact gradient there (its update reaching the game through ξ
     * only).
     *
     * @throws IllegalArgumentException naming the map and what is allowed
     */
    public void check(Game game) {
        new LearningMap(game, options.search(), n -> {
            double[] e = new double[n];
            e[0] = 1;
            return e;
        });
    }

    /** {@link #run(Game, BehaviourDescriptor, GrrProgress)} with the game's own behaviour, no progress. */
    public GrrTree run(Game game) {
        return run(game, game.behaviour(), GrrProgress.NONE);
    }

    /** {@link #run(Game, BehaviourDescriptor, GrrProgress)} with the game's own behaviour. */
    public GrrTree run(Game game, GrrProgress progress) {
        return run(game, game.behaviour(), progress);
    }

    /** {@link #run(Game, BehaviourDescriptor, GrrProgress)} without progress reports. */
    public GrrTree run(Game game, BehaviourDescriptor behaviour) {
        return run(game, behaviour, GrrProgress.NONE);
    }

    /**
     * Runs GRR on {@code game}.
     *
     * @param game the game
     * @param behaviour the features end points are clustered by ({@link Game#behaviour()} unless
     *     the caller knows better); called on the calling thread only
     * @param progress told of each finished restart and each followed top-level branch
     * @return the tree
     */
    public GrrTree run(Game game, BehaviourDescriptor behaviour, GrrProgress progress) {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(progress, "progress");
        return new Run(game, behaviour, progress).execute(null, null);
    }

    /**
     * Runs GRR on the game of {@code recipe} with the restarts of the bifurcation search as cells
     * of a {@link SearchRestartsJob} on {@code engine}; everything else runs here. The tree is the
     * one {@link #run(Game, BehaviourDescriptor, GrrProgress)} gives for that game.
     *
     * @param recipe the game, built here and where the restarts run
     * @param progress told when the restarts are done and of each followed top-level branch
     * @param engine where the restarts run
     * @return the tree
     */
    public GrrTree run(GameRecipe recipe, GrrProgress progress, Engine engine) {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(engine, "engine");
        Game game = recipe.create();
        return new Run(game, game.behaviour(), progress).execute(recipe, engine);
    }

    /** A point that may be branched at, with \(\|\xi\|\) and Ĥ there (computed once). */
    private record Candidate(double[] point, double gradientNorm, DMatrixRMaj jacobian) {
        /** The analysis, once the point is known not to be a duplicate. */
        Analysis analyse() {
            return new Analysis(point, gradientNorm, Spectra.defaultSolver().decompose(jacobian));
        }
    }

    /** What is known at a point branched at: \(\|\xi\|\) and the eigendecomposition of Ĥ. */
    private record Analysis(double[] point, double gradientNorm, Eigendecomposition eigen) {
    }

    /** A followed branch before it is described: the ride and the follower's run. */
    private record Followed(List<double[]> ride, BranchFollower.Run run) {
    }

    /** The state of one run. */
    private final class Run {
        private final Game game;
        private final BehaviourDescriptor behaviour;
        private final GrrProgress progress;
        private final SplittableRandom random;
        private final LearningMap map;
        private final BranchFollower follower;
        private final EigenvectorRide ride;
        private final BehaviourClustering clustering;
        private final List<double[]> known = new ArrayList<>();
        private final List<List<String>> members = new ArrayList<>();
        private final List<double[]> lossSums = new ArrayList<>();
        private final List<double[]> leaders = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private int searched;
        private int followedBranches;
        /** The transported vector the map drew, for the restarts of another engine. */
        private double[] u0;

        Run(Game game, BehaviourDescriptor behaviour, GrrProgress progress) {
            this.game = game;
            this.behaviour = behaviour;
            this.progress = progress;
            this.random = new SplittableRandom(options.search().seed());
            this.map = new LearningMap(game, options.search(), n -> {
                u0 = gaussian(n, 1);
                return u0.clone();
            });
            this.follower = new BranchFollower(game, options.following());
            this.ride = new EigenvectorRide(game, options, map);
            this.clustering = new BehaviourClustering(options.clusterTolerance());
        }

        /**
         * The tree; the restarts run as cells on this run's threads when {@code engine} is null,
         * else as cells of a {@link SearchRestartsJob} on it. Either way the starts are drawn
         * here, in restart order, after the transported vector.
         */
        GrrTree execute(GameRecipe recipe, Engine engine) {
            GrrOptions.Search s = options.search();
            BifurcationSearch search = new BifurcationSearch(map, s);
            double[][] starts = new double[s.restarts()][];
            for (int r = 0; r < starts.length; r++) {
                starts[r] = gaussian(game.dimension(), s.startScale());
                for (int i = 0; i < starts[r].length; i++) {
                    starts[r][i] = search.clip(starts[r][i]);
                }
            }
            BifurcationSearch.Found[] found = new BifurcationSearch.Found[starts.length];
            if (engine == null) {
                ParallelRanges.run(starts.length, threads, 1, (from, to) -> {
                    for (int r = from; r < to; r++) {
                        found[r] = search.search(starts[r]);
                        tick(GrrProgress.Stage.SEARCH, starts.length);
                    }
                });
            } else {
                List<BifurcationSearch.Maximum> remote = engine.run(SearchRestartsJob.of(recipe,
                        s, u0, starts));
                for (int r = 0; r < found.length; r++) {
                    found[r] = new BifurcationSearch.Found(remote.get(r), null);
                }
                progress.report(GrrProgress.Stage.SEARCH, starts.length, starts.length);
            }
            List<BifurcationSearch.Found> maxima = new ArrayList<>();
            int atBound = 0;
            int saturated = 0;
            int diverged = 0;
            for (BifurcationSearch.Found f : found) {
                BifurcationSearch.Maximum m = f.maximum();
                switch (m.outcome()) {
                    case CANDIDATE -> maxima.add(f);
                    case AT_BOUND -> atBound++;
                    case SATURATED -> saturated++;
                    case DIVERGED -> diverged++;
                    default -> throw new IllegalStateException(m.outcome().name());
                }
            }
            maxima.sort(Comparator.comparingDouble((BifurcationSearch.Found f) ->
                    -f.maximum().lyapunovExponent()));
            List<Analysis> points = new ArrayList<>();
            List<BifurcationPoint.Origin> origins = new ArrayList<>();
            List<Double> exponents = new ArrayList<>();
            int duplicates = 0;
            for (BifurcationSearch.Found f : maxima) {
                BifurcationSearch.Maximum m = f.maximum();
                Optional<Candidate> fixed = refine(m.point());
                double[] p = fixed.isPresent() ? fixed.get().point() : m.point();
                if (isKnown(p)) {
                    duplicates++;
                    continue;
                }
                known.add(p);
                points.add(fixed.orElseGet(() -> new Candidate(m.point(),
                        BifurcationSearch.norm(game.simultaneousGradient(m.point())),
                        f.jacobian() != null ? f.jacobian() : game.jacobian(m.point()))).analyse());
                origins.add(fixed.isPresent() ? BifurcationPoint.Origin.FIXED_POINT_NEAR_MAXIMUM
                        : BifurcationPoint.Origin.LYAPUNOV_MAXIMUM);
                exponents.add(fixed.isPresent() ? Double.NaN : m.lyapunovExponent());
            }
            List<List<BranchDirection>> directions = new ArrayList<>();
            int total = 0;
            for (Analysis a : points) {
                List<BranchDirection> d = directions(a);
                directions.add(d);
                total += d.size();
            }
            List<BifurcationPoint> roots = new ArrayList<>();
            for (int k = 0; k < points.size(); k++) {
                roots.add(node(points.get(k), origins.get(k), exponents.get(k), directions.get(k), 1,
                        Integer.toString(k + 1), total));
            }
            List<Cluster> clusters = new ArrayList<>();
            for (int c = 0; c < leaders.size(); c++) {
                double[] mean = lossSums.get(c).clone();
                for (int i = 0; i < mean.length; i++) {
                    mean[i] /= members.get(c).size();
                }
                clusters.add(new Cluster(c, leaders.get(c), behaviour.format(leaders.get(c)), details.get(c), members.get(c), mean));
            }
            return new GrrTree(game.name(), behaviour.name(), options,
                    new GrrTree.Search(s.restarts(), atBound, saturated, diverged, duplicates),
                    roots, clusters);
        }

        /** Reports one more finished unit of {@code stage} (called from worker threads). */
        private synchronized void tick(GrrProgress.Stage stage, int total) {
            int done = stage == GrrProgress.Stage.SEARCH ? ++searched : ++followedBranches;
            progress.report(stage, done, total);
        }

        private List<BranchDirection> directions(Analysis a) {
            return BranchDirections.directions(a.eigen(), map.growthAt(a.point()),
                    options.branching().maxBranches());
        }

        /**
         * Builds the node at {@code a}: follows its branches (independent cells), then describes
         * and clusters their ends and recurses, in branch order.
         *
         * @param total the number of top-level branches, for progress (level 1 only)
         */
        private BifurcationPoint node(Analysis a, BifurcationPoint.Origin origin, double exponent,
                                      List<BranchDirection> directions, int level, String path,
                                      int total) {
            double[] p = a.point();
            Complex[] eigenvalues = a.eigen().eigenvalues();
            boolean fixed = origin != BifurcationPoint.Origin.LYAPUNOV_MAXIMUM;
            Optional<Classification> type = fixed ? Optional.of(Classification.of(eigenvalues))
                    : Optional.empty();
            double threshold = Classification.learningRateThreshold(eigenvalues);
            Optional<Double> alphaStar = fixed && Double.isFinite(threshold) ? Optional.of(threshold)
                    : Optional.empty();
            double lyapunov = Double.isNaN(exponent) ? exponentAt(p) : exponent;
            Followed[] followed = new Followed[directions.size()];
            ParallelRanges.run(followed.length, threads, 1, (from, to) -> {
                for (int k = from; k < to; k++) {
                    List<double[]> points = ride.ride(p, a.eigen(), directions.get(k));
                    followed[k] = new Followed(points, follower.follow(points.get(points.size() - 1)));
                    if (level == 1) {
                        tick(GrrProgress.Stage.BRANCHES, total);
                    }
                }
            });
            List<GrrBranch> branches = new ArrayList<>();
            for (int k = 0; k < followed.length; k++) {
                BranchDirection d = directions.get(k);
                BranchFollower.Run run = followed[k].run();
                String branchPath = path + "/" + d.label();
                EndPoint end = endPoint(run, branchPath);
                Optional<BifurcationPoint> child = Optional.empty();
                if (level < options.depth()) {
                    child = recurse(run.point(), level, branchPath);
                }
                branches.add(new GrrBranch(d, branchPath(p, followed[k]), end, child));
            }
            return new BifurcationPoint(p, origin, lyapunov, a.gradientNorm(), eigenvalues, type,
                    alphaStar, branches);
        }

        /** The point, the ride, then the follower's path after its start (the ride's end). */
        private double[][] branchPath(double[] p, Followed f) {
            List<double[]> path = new ArrayList<>();
            path.add(p);
            path.addAll(f.ride());
            List<double[]> run = f.run().path();
            path.addAll(run.subList(1, run.size()));
            return path.toArray(new double[0][]);
        }

        /** A child where the branch ended next to a new fixed point that the learning map leaves. */
        private Optional<BifurcationPoint> recurse(double[] end, int level, String path) {
            Optional<Candidate> fixed = refine(end);
            if (fixed.isEmpty() || isKnown(fixed.get().point())) {
                return Optional.empty();
            }
            Analysis a = fixed.get().analyse();
            List<BranchDirection> d = directions(a);
            if (d.isEmpty() || !d.get(0).unstable()) {
                return Optional.empty();
            }
            known.add(a.point());
            return Optional.of(node(a, BifurcationPoint.Origin.END_OF_BRANCH, Double.NaN, d,
                    level + 1, path, 0));
        }

        private EndPoint endPoint(BranchFollower.Run run, String path) {
            double[] w = run.point();
            double[] features = behaviour.describe(w);
            double[] losses = game.losses(w);
            int c = clustering.assign(features);
            if (c == leaders.size()) {
                leaders.add(features);
                details.add(behaviour.detail(w));
                members.add(new ArrayList<>());
                lossSums.add(new double[losses.length]);
            }
            members.get(c).add(path);
            for (int i = 0; i < losses.length; i++) {
                lossSums.get(c)[i] += losses[i];
            }
            return new EndPoint(w, losses, run.gradientNorm(), run.steps(), run.stop(), features, c);
        }

        /** A fixed point near {@code x} that passes the refinement checks, if Newton finds one. */
        private Optional<Candidate> refine(double[] x) {
            FixedPointResult r = NEWTON.solve(game, x);
            double[] p = r.point();
            GrrOptions.Refinement o = options.refinement();
            if (!r.converged() || maxAbs(p) > o.fixedPointBound() || distance(p, x) > o.radius()) {
                return Optional.empty();
            }
            DMatrixRMaj h = game.jacobian(p);
            if (NormOps_DDRM.normF(h) < options.search().jacobianFloor()) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(p, r.gradientNorm(), h));
        }

        private boolean isKnown(double[] p) {
            for (double[] q : known) {
                if (distance(p, q) <= options.refinement().duplicateTolerance()) {
                    return true;
                }
            }
            return false;
        }

        private double exponentAt(double[] p) {
            try {
                return map.exponent(p);
            } catch (DivergenceException e) {
                return Double.POSITIVE_INFINITY;
            }
        }

        private double[] gaussian(int n, double scale) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = scale * random.nextGaussian();
            }
            return x;
        }
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
