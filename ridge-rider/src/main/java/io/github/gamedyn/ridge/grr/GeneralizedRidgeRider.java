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
 * \(J = I - \alpha\hat H\). A run:
 * <ol>
 *   <li><b>search</b>: from seeded starts \(\omega_0 \sim N(0, s^2 I)\) (clipped to the box
 *       \(|\omega_i| \le b\)), maximise the finite-time Lyapunov exponent
 *       \(\hat\lambda_K(\omega_0) = \frac1K\log\|J_{K-1}\cdots J_0u_0\|\) (seeded unit \(u_0\))
 *       by gradient ascent with exact gradients ({@link BifurcationSearch}). Large exponents mark
 *       points where nearby trajectories separate: separatrices through saddles, unstable
 *       foci. Maxima on the box or where \(\|\hat H\|_F\) is below a floor (saturation) are
 *       rejected;</li>
 *   <li><b>refine</b>: Newton's method on ξ from each maximum; an accepted fixed point (within
 *       the refine radius, \(\max|\omega_i| \le\) the fixed-point bound, Ĥ above the floor)
 *       replaces the maximum, otherwise the maximum itself is branched at. Points within the
 *       duplicate tolerance of an earlier one (in order of decreasing exponent) are dropped;</li>
 *   <li><b>branch</b>: eigen-decompose Ĥ and branch along \(\pm v\) (real λ) and \(\pm\mathrm{Re}\,v\),
 *       \(\pm\mathrm{Im}\,v\) (complex pairs), most unstable \(|1 - \alpha\lambda|\) first, within the
 *       branch budget ({@link Branching});</li>
 *   <li><b>follow</b>: run gradient descent from \(\omega + \varepsilon d\) to convergence
 *       ({@link BranchFollower});</li>
 *   <li><b>cluster</b> the end points by a {@link BehaviourDescriptor}, not by raw parameters;</li>
 *   <li><b>recurse</b> (depth &gt; 1): where a branch ends next to a new fixed point that is
 *       unstable for the learning map, branch there again.</li>
 * </ol>
 * Sequential and deterministic: the same options give the same tree, bit for bit.
 *
 * <pre>{@code
 * GrrTree tree = new GeneralizedRidgeRider(GrrOptions.builder().seed(1).build())
 *         .run(SmallIpd.create());
 * System.out.println(GrrTreeText.format(tree));
 * }</pre>
 */
public final class GeneralizedRidgeRider {
    private static final NewtonFixedPointSolver NEWTON = new NewtonFixedPointSolver(1e-10, 100);

    private final GrrOptions options;

    /** GRR with these settings. */
    public GeneralizedRidgeRider(GrrOptions options) {
        this.options = Objects.requireNonNull(options, "options");
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
     *     the caller knows better)
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
     * on {@code engine}; everything else runs here. The tree is the one
     * {@link #run(Game, BehaviourDescriptor, GrrProgress)} gives for that game.
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

    /** The state of one run. */
    private final class Run {
        private final Game game;
        private final BehaviourDescriptor behaviour;
        private final GrrProgress progress;
        private final LearningMap map;
        private final SplittableRandom random;
        private final BranchFollower follower;
        private final EigenvectorRide ride;
        private final BehaviourClustering clustering;
        private final List<double[]> known = new ArrayList<>();
        private final List<List<String>> members = new ArrayList<>();
        private final List<double[]> lossSums = new ArrayList<>();
        private final List<double[]> leaders = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        /** The transported vector the map drew, for the restarts of another engine. */
        private double[] u0;

        Run(Game game, BehaviourDescriptor behaviour, GrrProgress progress) {
            this.game = game;
            this.behaviour = behaviour;
            this.progress = progress;
            this.random = new SplittableRandom(options.seed());
            this.map = new LearningMap(game, options, n -> {
                u0 = gaussian(n, 1);
                return u0.clone();
            });
            this.follower = new BranchFollower(game, options);
            this.ride = new EigenvectorRide(game, options);
            this.clustering = new BehaviourClustering(options.clusterTolerance());
        }

        /**
         * The tree; the restarts run here one after the other when {@code engine} is null, else
         * as cells of a {@link SearchRestartsJob} on it. Either way the starts are drawn here,
         * in restart order, after the transported vector.
         */
        GrrTree execute(GameRecipe recipe, Engine engine) {
            BifurcationSearch search = new BifurcationSearch(map, options);
            double[][] starts = new double[options.restarts()][];
            for (int r = 0; r < starts.length; r++) {
                starts[r] = gaussian(game.dimension(), options.startScale());
                for (int i = 0; i < starts[r].length; i++) {
                    starts[r][i] = search.clip(starts[r][i]);
                }
            }
            List<BifurcationSearch.Maximum> found;
            if (engine == null) {
                found = new ArrayList<>();
                for (int r = 0; r < starts.length; r++) {
                    found.add(search.maximise(starts[r]));
                    progress.report(GrrProgress.Stage.SEARCH, r + 1, starts.length);
                }
            } else {
                found = engine.run(SearchRestartsJob.of(recipe, options, u0, starts));
                progress.report(GrrProgress.Stage.SEARCH, starts.length, starts.length);
            }
            List<BifurcationSearch.Maximum> maxima = new ArrayList<>();
            int atBound = 0;
            int saturated = 0;
            int diverged = 0;
            for (BifurcationSearch.Maximum m : found) {
                switch (m.outcome()) {
                    case CANDIDATE -> maxima.add(m);
                    case AT_BOUND -> atBound++;
                    case SATURATED -> saturated++;
                    case DIVERGED -> diverged++;
                    default -> throw new IllegalStateException(m.outcome().name());
                }
            }
            maxima.sort(Comparator.comparingDouble((BifurcationSearch.Maximum m) -> -m.lyapunovExponent()));
            List<double[]> points = new ArrayList<>();
            List<BifurcationPoint.Origin> origins = new ArrayList<>();
            List<Double> exponents = new ArrayList<>();
            int duplicates = 0;
            for (BifurcationSearch.Maximum m : maxima) {
                Optional<double[]> fixed = refine(m.point());
                double[] p = fixed.orElse(m.point());
                if (isKnown(p)) {
                    duplicates++;
                    continue;
                }
                known.add(p);
                points.add(p);
                origins.add(fixed.isPresent() ? BifurcationPoint.Origin.FIXED_POINT_NEAR_MAXIMUM
                        : BifurcationPoint.Origin.LYAPUNOV_MAXIMUM);
                exponents.add(fixed.isPresent() ? Double.NaN : m.lyapunovExponent());
            }
            List<List<BranchDirection>> directions = new ArrayList<>();
            int total = 0;
            for (double[] p : points) {
                List<BranchDirection> d = Branching.directions(decompose(p), options.learningRate(),
                        options.maxBranches());
                directions.add(d);
                total += d.size();
            }
            int[] done = {0};
            List<BifurcationPoint> roots = new ArrayList<>();
            for (int k = 0; k < points.size(); k++) {
                roots.add(node(points.get(k), origins.get(k), exponents.get(k), directions.get(k), 1,
                        Integer.toString(k + 1), done, total));
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
                    new GrrTree.Search(options.restarts(), atBound, saturated, diverged, duplicates),
                    roots, clusters);
        }

        /** Builds the node at {@code p}, following its branches depth first. */
        private BifurcationPoint node(double[] p, BifurcationPoint.Origin origin, double exponent,
                                      List<BranchDirection> directions, int level, String path,
                                      int[] done, int total) {
            double gradientNorm = BifurcationSearch.norm(game.simultaneousGradient(p));
            Complex[] eigenvalues = Spectra.defaultSolver().eigenvalues(game.jacobian(p));
            boolean fixed = origin != BifurcationPoint.Origin.LYAPUNOV_MAXIMUM;
            Optional<Classification> type = fixed ? Optional.of(Classification.of(eigenvalues))
                    : Optional.empty();
            double threshold = Classification.learningRateThreshold(eigenvalues);
            Optional<Double> alphaStar = fixed && Double.isFinite(threshold) ? Optional.of(threshold)
                    : Optional.empty();
            double lyapunov = Double.isNaN(exponent) ? exponentAt(p) : exponent;
            List<GrrBranch> branches = new ArrayList<>();
            for (BranchDirection d : directions) {
                BranchFollower.Run run = follower.follow(ride.ride(p, d));
                String branchPath = path + "/" + d.label();
                EndPoint end = endPoint(run, branchPath);
                Optional<BifurcationPoint> child = Optional.empty();
                if (level < options.depth()) {
                    child = recurse(run.point(), level, branchPath);
                }
                branches.add(new GrrBranch(d, end, child));
                if (level == 1) {
                    done[0]++;
                    progress.report(GrrProgress.Stage.BRANCHES, done[0], total);
                }
            }
            return new BifurcationPoint(p, origin, lyapunov, gradientNorm, eigenvalues, type, alphaStar,
                    branches);
        }

        /** A child where the branch ended next to a new fixed point that the learning map leaves. */
        private Optional<BifurcationPoint> recurse(double[] end, int level, String path) {
            Optional<double[]> fixed = refine(end);
            if (fixed.isEmpty() || isKnown(fixed.get())) {
                return Optional.empty();
            }
            List<BranchDirection> d = Branching.directions(decompose(fixed.get()), options.learningRate(),
                    options.maxBranches());
            if (d.isEmpty() || !d.get(0).unstable()) {
                return Optional.empty();
            }
            known.add(fixed.get());
            return Optional.of(node(fixed.get(), BifurcationPoint.Origin.END_OF_BRANCH, Double.NaN, d,
                    level + 1, path, new int[1], 0));
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

        /** A fixed point near {@code x} that passes the saturation checks, if Newton finds one. */
        private Optional<double[]> refine(double[] x) {
            FixedPointResult r = NEWTON.solve(game, x);
            double[] p = r.point();
            if (!r.converged() || maxAbs(p) > options.fixedPointBound()
                    || distance(p, x) > options.refineRadius()
                    || NormOps_DDRM.normF(game.jacobian(p)) < options.jacobianFloor()) {
                return Optional.empty();
            }
            return Optional.of(p);
        }

        private boolean isKnown(double[] p) {
            for (double[] q : known) {
                if (distance(p, q) <= options.duplicateTolerance()) {
                    return true;
                }
            }
            return false;
        }

        private Eigendecomposition decompose(double[] p) {
            DMatrixRMaj h = game.jacobian(p);
            return Spectra.defaultSolver().decompose(h);
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
