package io.github.gamedyn.core.equilibrium;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.core.linalg.Eigenpair;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;

/** A {@link PointAnalysis} as text for people: numbers rounded to 6 significant digits. */
final class AnalysisText {

    private AnalysisText() {
    }

    /** The report; {@code label} is the game as the user wrote it. */
    static String write(String label, PointAnalysis analysis) {
        Game game = analysis.game();
        StringBuilder s = new StringBuilder();
        s.append("game            ").append(label).append("  (").append(game.name())
                .append(", dimension ").append(game.dimension()).append(", players ")
                .append(game.players().stream().map(p -> p.name() + ": " + p.size())
                        .collect(Collectors.joining(", "))).append(")\n");
        s.append("point ω         ").append(vector(analysis.point())).append('\n');
        s.append("gradient ξ(ω)   ").append(vector(analysis.gradient()))
                .append("   ‖ξ‖ = ").append(number(analysis.gradientNorm())).append('\n');
        DMatrixRMaj h = analysis.jacobian();
        for (int r = 0; r < h.numRows; r++) {
            s.append(r == 0 ? "Jacobian Ĥ(ω)   " : "                ")
                    .append(vector(Arrays.copyOfRange(h.data, r * h.numCols, (r + 1) * h.numCols)))
                    .append('\n');
        }
        s.append("eigenpairs of Ĥ (one per conjugate pair, by decreasing real part)\n");
        for (Eigenpair p : analysis.eigenpairs()) {
            double im = p.value().getImaginary();
            s.append("  λ = ").append(number(p.value().getReal()));
            if (im != 0) {
                s.append(" ± ").append(number(im)).append("i");
            }
            s.append("\n    v = ").append(vector(p.re()));
            if (im != 0) {
                s.append(" + i ").append(vector(p.im()));
            }
            s.append('\n');
        }
        s.append("spectrum of S   ").append(vector(analysis.symmetricEigenvalues()))
                .append("   (S = (Ĥ + Ĥᵀ)/2, the potential part)\n");
        s.append("spectrum of A   ").append(Arrays.stream(analysis.rotationRates())
                        .mapToObj(b -> b == 0 ? "0" : "±" + number(b) + "i")
                        .collect(Collectors.joining(", ", "[", "]")))
                .append("   (A = (Ĥ − Ĥᵀ)/2, the rotational part)\n");
        List<double[]> strategies = analysis.strategies();
        for (int i = 0; i < strategies.size(); i++) {
            List<String> actions = game.strategyMap().orElseThrow().actions(i);
            double[] x = strategies.get(i);
            s.append(i == 0 ? "strategies      " : "                ")
                    .append(game.player(i).name()).append(": ");
            for (int a = 0; a < x.length; a++) {
                s.append(a == 0 ? "" : ", ").append("P(").append(actions.get(a)).append(") = ")
                        .append(number(x[a]));
            }
            s.append('\n');
        }
        for (PointAnalysis.Saturation sat : analysis.saturation()) {
            s.append("saturated       ").append(sat.name()).append(": P(")
                    .append(String.join("), P(", sat.actions())).append(") ≤ ")
                    .append(number(PointAnalysis.SATURATION_TOLERANCE))
                    .append(" (near a face of its simplex: gradients vanish there, and a fixed "
                            + "point may be an artefact of saturation)\n");
        }
        s.append("classification  ").append(analysis.classificationLabel()).append(" (")
                .append(analysis.classificationMeaning()).append(')');
        double threshold = analysis.learningRateThreshold();
        if (analysis.isFixedPoint()) {
            s.append("\nthreshold α*    ").append(!Double.isFinite(threshold)
                    ? "none (no eigenvalue has positive real part: gradient descent is not stable "
                            + "here for any α)"
                    : analysis.classification().orElseThrow() == Classification.STABLE
                    ? number(threshold) + " (gradient descent with step α is stable here iff "
                            + "α < α*)"
                    : number(threshold) + " (|1 − αλ| < 1 iff α < α* for the eigenvalues with "
                            + "positive real part; the others make gradient descent unstable here "
                            + "for every α)");
        }
        return s.toString();
    }

    private static String vector(double[] x) {
        return Arrays.stream(x).mapToObj(AnalysisText::number)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String number(double x) {
        return x == 0 ? "0" : String.format(Locale.ROOT, "%.6g", x)
                .replaceAll("(\\.\\d*?)0+(?=$|e)", "$1").replaceAll("\\.(?=$|e)", "");
    }
}
