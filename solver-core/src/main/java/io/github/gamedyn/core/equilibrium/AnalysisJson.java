package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.core.linalg.Eigenpair;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@link PointAnalysis} as one JSON object, for scripts:
 * <pre>
 * {"game":"matching-pennies","dimension":2,"point":[0.0,0.0],"gradient":[0.0,0.0],
 *  "jacobian":[[0.0,0.25],[-0.25,0.0]],"eigenvalues":[{"re":0.0,"im":0.25}],
 *  "eigenvectors":[{"re":[...],"im":[...]}],"classification":"rotational"}
 * </pre>
 * {@code eigenvalues} and {@code eigenvectors} are in the same order, one entry per real
 * eigenvalue and per conjugate pair (the member with positive imaginary part);
 * {@code classification} is stable, unstable, saddle, rotational, degenerate or
 * not-a-fixed-point.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The JSON object; {@code spec} is the game as the user wrote it. */
    static String write(String spec, PointAnalysis analysis) {
        DMatrixRMaj h = analysis.jacobian();
        JsonWriter json = new JsonWriter().beginObject()
                .name("game").value(spec)
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
        return json.endArray()
                .name("classification").value(analysis.isFixedPoint()
                        ? analysis.classificationLabel() : "not-a-fixed-point")
                .endObject().toString();
    }
}
