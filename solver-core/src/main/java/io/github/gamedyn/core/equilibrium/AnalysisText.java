package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.linalg.Eigenpair;
import io.github.gamedyn.core.game.Game;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;

/** A {@link PointAnalysis} as text for people: numbers rounded to 6 significant digits. */
final class AnalysisText {

    private AnalysisText() {
    }

    /** The report; {@code spec} is the game as the user wrote it. */
    static String write(String spec, Game game, PointAnalysis analysis) {
        StringBuilder s = new StringBuilder();
        s.append("game            ").append(spec).append("  (").append(game.name())
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
        s.append("classification  ").append(analysis.classificationLabel()).append(" (")
                .append(analysis.classificationMeaning()).append(')');
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
