package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.json.JsonWriter;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;

/**
 * Hyperparameter values in JSON: every value, real or complex, as {@code {"re":..,"im":..}}, so
 * that scripts read one shape (the shape of eigenvalues in {@code analyze --json}).
 */
final class HyperparameterJson {

    private HyperparameterJson() {
    }

    /** Writes {@code z} as the next value. */
    static JsonWriter value(JsonWriter json, Complex z) {
        return json.beginObject().name("re").value(z.getReal()).name("im").value(z.getImaginary())
                .endObject();
    }

    /** Writes the values as one object keyed by hyperparameter name, in the map's order. */
    static JsonWriter object(JsonWriter json, Map<String, Complex> values) {
        json.beginObject();
        values.forEach((name, z) -> value(json.name(name), z));
        return json.endObject();
    }
}
