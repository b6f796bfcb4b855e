package io.github.gamedyn.core.equilibrium;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.game.StrategyMap;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.Spectra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.complex.Complex;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * What the learning dynamics of a game do at a point ω, the report of {@code gamedyn analyze}:
 * <ul>
 *   <li>ξ(ω) and Ĥ(ω), and the <b>fixed-point test</b>: ω counts as a fixed point when
 *       \(\lVert\xi\rVert_2 \le 10^{-8}\max(1, \lVert\hat H\rVert_F\lVert\omega\rVert_2)\) (an
 *       absolute bound near the origin, relative to the size of the linear term \(\hat H\omega\)
 *       elsewhere, loose enough for an equilibrium typed with ten digits);</li>
 *   <li>the <b>spectra</b>: the eigenpairs of Ĥ (one per real eigenvalue and per conjugate pair,
 *       in the order of {@link Eigenpair}), the eigenvalues of its symmetric (potential) part
 *       \(S = (\hat H + \hat H^{\mathsf T})/2\) and the rotation rates \(b_k \ge 0\) of its
 *       antisymmetric (Hamiltonian) part \(A = (\hat H - \hat H^{\mathsf T})/2\), whose eigenvalues
 *       are \(\pm i b_k\);</li>
 *   <li>at a fixed point its {@link Classification} and the learning-rate threshold
 *       \(\alpha^*\) of gradient descent ({@link Classification#learningRateThreshold});</li>
 *   <li>for a game with a {@link StrategyMap}, the players' strategies and <b>saturation</b>: a
 *       player whose strategy gives some action a probability of at most
 *       {@value #SATURATION_TOLERANCE} (a strategy within 1e-6 of a face of its simplex) is
 *       flagged. There the logits are far out, the gradients vanish exponentially, and a
 *       "fixed point" may be an artefact of saturation rather than an equilibrium.</li>
 * </ul>
 * Computed in the constructor; getters return copies.
 *
 * <pre>{@code
 * PointAnalysis a = new PointAnalysis(game, new double[] {0, 0});
 * if (a.isFixedPoint() && !a.isSaturated()) {
 *     Classification c = a.classification().orElseThrow();
 *     double alphaStar = a.learningRateThreshold();
 * }
 * String json = a.toJson("my-game");
 * }</pre>
 */
public final class PointAnalysis {
    /** The relative tolerance of the fixed-point test. */
    public static final double FIXED_POINT_TOLERANCE = 1e-8;
    /** A probability at most this marks a saturated strategy. */
    public static final double SATURATION_TOLERANCE = 1e-6;

    /**
     * A player whose strategy lies within {@value #SATURATION_TOLERANCE} of faces of its simplex.
     *
     * @param player the player's index
     * @param name the player's name
     * @param actions the actions played with probability at most the tolerance
     */
    public record Saturation(int player, String name, List<String> actions) {
        /** Copies the list. */
        public Saturation {
            actions = List.copyOf(actions);
        }
    }

    private final Game game;
    private final double[] point;
    private final double[] gradient;
    private final DMatrixRMaj jacobian;
    private final List<Eigenpair> eigenpairs;
    private final Complex[] eigenvalues;
    private final double[] symmetricEigenvalues;
    private final double[] rotationRates;
    private final Classification classification;
    private final List<double[]> strategies;
    private final List<Saturation> saturation;

    /**
     * Analyses {@code game} at {@code w}.
     *
     * @param w a point of the game's dimension with finite coordinates. Not modified.
     * @throws IllegalArgumentException if {@code w} is not such a point
     * @throws ArithmeticException if ξ or Ĥ is not finite there
     */
    public PointAnalysis(Game game, double[] w) {
        this.game = game;
        this.point = w.clone();
        this.gradient = game.simultaneousGradient(w);
        this.jacobian = game.jacobian(w);
        requireFinite("the simultaneous gradient ξ", gradient, w);
        requireFinite("the Jacobian Ĥ", jacobian.data, w);
        Eigendecomposition eig = Spectra.defaultSolver().decompose(jacobian);
        this.eigenpairs = eig.eigenpairs();
        this.eigenvalues = eig.eigenvalues();
        this.symmetricEigenvalues = symmetricEigenvalues(Spectra.symmetricPart(jacobian));
        this.rotationRates = Spectra.defaultSolver().decompose(Spectra.antisymmetricPart(jacobian))
                .eigenpairs().stream().mapToDouble(p -> p.value().getImaginary()).toArray();
        double scale = Math.max(1, NormOps_DDRM.normF(jacobian)
                * NormOps_DDRM.normF(new DMatrixRMaj(point)));
        this.classification = gradientNorm() > FIXED_POINT_TOLERANCE * scale ? null
                : Classification.of(eigenvalues);
        this.strategies = new ArrayList<>();
        this.saturation = new ArrayList<>();
        game.strategyMap().ifPresent(this::readStrategies);
    }

    private void readStrategies(StrategyMap map) {
        for (int i = 0; i < game.players().size(); i++) {
            double[] x = map.strategy(point, i);
            strategies.add(x);
            List<String> faces = new ArrayList<>();
            for (int a = 0; a < x.length; a++) {
                if (x[a] <= SATURATION_TOLERANCE) {
                    faces.add(map.actions(i).get(a));
                }
            }
            if (!faces.isEmpty()) {
                saturation.add(new Saturation(i, game.player(i).name(), faces));
            }
        }
    }

    /** The eigenvalues of the symmetric S, descending. */
    private static double[] symmetricEigenvalues(DMatrixRMaj s) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(s.numRows, false, true);
        if (!eig.decompose(s.copy())) {
            throw new ArithmeticException("the eigenvalues of the symmetric part of Ĥ did not converge");
        }
        double[] values = new double[s.numRows];
        for (int k = 0; k < values.length; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        for (int k = 0; k < values.length / 2; k++) {
            double t = values[k];
            values[k] = values[values.length - 1 - k];
            values[values.length - 1 - k] = t;
        }
        return values;
    }

    private static void requireFinite(String what, double[] values, double[] w) {
        for (double x : values) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException(what + " is not finite at ω = "
                        + Arrays.toString(w) + " (contains " + x + ")");
            }
        }
    }

    /** The game analysed. */
    public Game game() {
        return game;
    }

    /** ω. */
    public double[] point() {
        return point.clone();
    }

    /** ξ(ω). */
    public double[] gradient() {
        return gradient.clone();
    }

    /** \(\lVert\xi(\omega)\rVert_2\). */
    public double gradientNorm() {
        return NormOps_DDRM.normF(new DMatrixRMaj(gradient));
    }

    /** Ĥ(ω). */
    public DMatrixRMaj jacobian() {
        return jacobian.copy();
    }

    /** The eigenpairs of Ĥ(ω), canonical, one per conjugate pair (immutable). */
    public List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** All d eigenvalues of Ĥ(ω), conjugates included, by decreasing real part. */
    public Complex[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** The eigenvalues of \(S = (\hat H + \hat H^{\mathsf T})/2\), descending. */
    public double[] symmetricEigenvalues() {
        return symmetricEigenvalues.clone();
    }

    /**
     * The rotation rates \(b_k \ge 0\) of \(A = (\hat H - \hat H^{\mathsf T})/2\): its eigenvalues
     * are \(\pm i b_k\), one rate per conjugate pair and a 0 per zero eigenvalue, descending.
     */
    public double[] rotationRates() {
        return rotationRates.clone();
    }

    /** Whether the point counts as a fixed point (the test in the class comment). */
    public boolean isFixedPoint() {
        return classification != null;
    }

    /** What the fixed point is for gradient learning; empty when ω is not a fixed point. */
    public Optional<Classification> classification() {
        return Optional.ofNullable(classification);
    }

    /** "not a fixed point" or the {@link Classification#label()}. */
    public String classificationLabel() {
        return classification == null ? "not a fixed point" : classification.label();
    }

    /** One line saying what {@link #classificationLabel()} means for learning. */
    public String classificationMeaning() {
        return classification == null ? "the simultaneous gradient is not zero here"
                : classification.meaning();
    }

    /**
     * \(\alpha^*\) of gradient descent linearised at ω ({@link Classification#learningRateThreshold}):
     * {@code +∞} when no eigenvalue has a positive real part. Meaningful at a fixed point.
     */
    public double learningRateThreshold() {
        return Classification.learningRateThreshold(eigenvalues);
    }

    /** The players' strategies at ω, one distribution per player; empty without a strategy map. */
    public List<double[]> strategies() {
        return strategies.stream().map(double[]::clone).toList();
    }

    /** The saturated players, in player order (empty when none is, or without a strategy map). */
    public List<Saturation> saturation() {
        return List.copyOf(saturation);
    }

    /** Whether some player's strategy is within {@value #SATURATION_TOLERANCE} of a face. */
    public boolean isSaturated() {
        return !saturation.isEmpty();
    }

    /**
     * The report as one JSON object (keys in {@link AnalysisJson}).
     *
     * @param label the game as the user named it, e.g. {@code bilinear:dim=2}
     */
    public String toJson(String label) {
        return AnalysisJson.write(label, this);
    }

    /**
     * The report as text for people, numbers rounded to 6 significant digits.
     *
     * @param label the game as the user named it
     */
    public String toText(String label) {
        return AnalysisText.write(label, this);
    }
}
