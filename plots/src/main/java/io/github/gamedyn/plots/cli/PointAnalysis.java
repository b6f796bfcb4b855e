package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Everything {@code gamedyn analyze} reports about a game at a point ω: ξ(ω), Ĥ(ω), the eigenpairs
 * of Ĥ (one per real eigenvalue and per conjugate pair, in the order of
 * {@code io.github.gamedyn.core.linalg.Eigenpair}) and the {@link Classification} of the point.
 * Computed in the constructor; getters return copies.
 */
final class PointAnalysis {
    private final double[] point;
    private final double[] gradient;
    private final DMatrixRMaj jacobian;
    private final List<EigenDirection> eigenpairs;
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
        this.eigenpairs = eigenpairs(jacobian);
        this.classification = Classification.of(NormOps_DDRM.normF(new DMatrixRMaj(point)),
                gradientNorm(), NormOps_DDRM.normF(jacobian), eigenpairs);
    }

    /** The one place that chooses the eigen solver. */
    private static List<EigenDirection> eigenpairs(DMatrixRMaj h) {
        return InterimEigenSolver.eigenpairs(h);
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

    /** The eigenpairs of Ĥ(ω), canonical, one per conjugate pair. */
    List<EigenDirection> eigenpairs() {
        return eigenpairs.stream()
                .map(p -> new EigenDirection(p.value(), p.re().clone(), p.im().clone()))
                .toList();
    }

    /** What the point is for the learning dynamics. */
    Classification classification() {
        return classification;
    }
}
