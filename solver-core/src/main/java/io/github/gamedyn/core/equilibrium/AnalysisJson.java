package io.github.gamedyn.core.equilibrium;

import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.core.linalg.Eigenpair;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@link PointAnalysis} as one JSON object, for scripts:
 * <pre>
 * {"game":"matching-pennies","dimension":2,"point":[0.0,0.0],"gradient":[0.0,0.0],
 *  "jacobian":[[0.0,0.25],[-0.25,0.0]],"eigenvalues":[{"re":0.0,"im":0.25}],
 *  "eigenvectors":[{"re":[...],"im":[...]}],"classification":"rotational",
 *  "gradientNorm":0.0,"fixedPoint":true,"learningRateThreshold":null,
 *  "symmetricEigenvalues":[0.0,0.0],"rotationRates":[0.25],
 *  "strategies":[[0.5,0.5],[0.5,0.5]],"saturated":false,"saturation":[]}
 * </pre>
 * {@code eigenvalues} and {@code eigenvectors} are in the same order, one entry per real
 * eigenvalue and per conjugate pair (the member with positive imaginary part);
 * {@code classification} is stable, unstable, saddle, rotational, degenerate or
 * not-a-fixed-point.
 * {@code learningRateThreshold} is α* at a fixed point with an eigenvalue of positive real part,
 * else {@code null}. {@code strategies} is {@code null} for a game without a strategy map;
 * {@code saturation} lists the saturated players as {@code {"player":0,"name":"row",
 * "actions":["D"]}}.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The JSON object; {@code label} is the game as the user wrote it. */
    static String write(String label, PointAnalysis analysis) {
        DMatrixRMaj h = analysis.jacobian();
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(label)
                .name("dimension").value(h.numRows)
                .name("point").value(analysis.point())
                .name("gradient").value(analysis.gradient())
                .name("jacobian").beginArray();
        for (int r = 0; r < h.numRows; r++) {
            double[] row = new double[h.numCols];
            System.arraycopy(h.data, r * h.numCols, row, 0, h.numCols);
            json.value(row);
        }
        json.endArray().name("eigenvalues").beginArray();
        for (Eigenpair p : analysis.eigenpairs()) {
            json.beginObject().name("re").value(p.value().getReal())
                    .name("im").value(p.value().getImaginary()).endObject();
        }
        json.endArray().name("eigenvectors").beginArray();
        for (Eigenpair p : analysis.eigenpairs()) {
            json.beginObject().name("re").value(p.re()).name("im").value(p.im()).endObject();
        }
        json.endArray()
                .name("classification").value(analysis.isFixedPoint()
                        ? analysis.classificationLabel() : "not-a-fixed-point")
                .name("gradientNorm").value(analysis.gradientNorm())
                .name("fixedPoint").value(analysis.isFixedPoint())
                .name("learningRateThreshold");
        double threshold = analysis.learningRateThreshold();
        if (analysis.isFixedPoint() && Double.isFinite(threshold)) {
            json.value(threshold);
        } else {
            json.nullValue();
        }
        json.name("symmetricEigenvalues").value(analysis.symmetricEigenvalues())
                .name("rotationRates").value(analysis.rotationRates())
                .name("strategies");
        List<double[]> strategies = analysis.strategies();
        if (strategies.isEmpty()) {
            json.nullValue();
        } else {
            json.beginArray();
            strategies.forEach(json::value);
            json.endArray();
        }
        json.name("saturated").value(analysis.isSaturated()).name("saturation").beginArray();
        for (PointAnalysis.Saturation s : analysis.saturation()) {
            json.beginObject().name("player").value(s.player()).name("name").value(s.name())
                    .name("actions").beginArray();
            s.actions().forEach(json::value);
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }
}
