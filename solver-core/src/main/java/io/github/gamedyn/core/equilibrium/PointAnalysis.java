package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.equilibrium.Classification;
import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigendecomposition;
import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.linalg.Spectra;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Everything {@code gamedyn analyze} reports about a game at a point ω: ξ(ω), Ĥ(ω), the eigenpairs
 * of Ĥ (one per real eigenvalue and per conjugate pair, in the order of
 * {@link Eigenpair}) and what the point is for the learning dynamics: "not a fixed point" when
 * \(\lVert\xi\rVert_2 > 10^{-8}\max(1, \lVert\hat H\rVert_F\lVert\omega\rVert_2)\) (an absolute
 * bound near the origin, relative to the size of the linear term \(\hat H\omega\) elsewhere, loose
 * enough for an equilibrium typed with ten digits), otherwise its {@link Classification}.
 * Computed in the constructor; getters return copies.
 */
final class PointAnalysis {
    private final double[] point;
    private final double[] gradient;
    private final DMatrixRMaj jacobian;
    private static final double FIXED_POINT_TOLERANCE = 1e-8;

    private final List<Eigenpair> eigenpairs;
    private final Classification classification;

    /**
     * Analyses {@code game} at {@code w}.
     *
     * @param w a point of the game's dimension with finite coordinates. Not modified.
     * @throws ArithmeticException if ξ or Ĥ is not finite there
     */
    PointAnalysis(Game game, double[] w) {
        this.point = w.clone();
        this.gradient = game.simultaneousGradient(w);
        this.jacobian = game.jacobian(w);
        requireFinite("the simultaneous gradient ξ", gradient, w);
        requireFinite("the Jacobian Ĥ", jacobian.data, w);
        Eigendecomposition eig = Spectra.defaultSolver().decompose(jacobian);
        this.eigenpairs = eig.eigenpairs();
        double scale = Math.max(1, NormOps_DDRM.normF(jacobian)
                * NormOps_DDRM.normF(new DMatrixRMaj(point)));
        this.classification = gradientNorm() > FIXED_POINT_TOLERANCE * scale ? null
                : Classification.of(eig.eigenvalues());
    }

    private static void requireFinite(String what, double[] values, double[] w) {
        for (double x : values) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException(what + " is not finite at ω = "
                        + Arrays.toString(w) + " (contains " + x + ")");
            }
        }
    }

    /** ω. */
    double[] point() {
        return point.clone();
    }

    /** ξ(ω). */
    double[] gradient() {
        return gradient.clone();
    }

    /** \(\lVert\xi(\omega)\rVert_2\). */
    double gradientNorm() {
        return NormOps_DDRM.normF(new DMatrixRMaj(gradient));
    }

    /** Ĥ(ω). */
    DMatrixRMaj jacobian() {
        return jacobian.copy();
    }

    /** The eigenpairs of Ĥ(ω), canonical, one per conjugate pair (immutable). */
    List<Eigenpair> eigenpairs() {
        return eigenpairs;
    }

    /** Whether the point counts as a fixed point (the rule in the class comment). */
    boolean isFixedPoint() {
        return classification != null;
    }

    /** What the point is: "not a fixed point" or the {@link Classification#label()}. */
    String classificationLabel() {
        return classification == null ? "not a fixed point" : classification.label();
    }

    /** One line saying what {@link #classificationLabel()} means for learning. */
    String classificationMeaning() {
        return classification == null ? "the simultaneous gradient is not zero here"
                : classification.meaning();
    }
}
