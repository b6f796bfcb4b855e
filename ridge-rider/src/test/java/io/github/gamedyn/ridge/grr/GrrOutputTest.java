package io.github.gamedyn.ridge.grr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.zoo.MatchingPennies;
import org.junit.jupiter.api.Test;

class GrrOutputTest {
    private static final GrrTree PENNIES = new GeneralizedRidgeRider(GrrOptions.builder().learningRate(4)
            .horizon(10).restarts(2).searchIterations(20).followSteps(50).build())
            .run(MatchingPennies.create());

    @Test
    void textNamesTheSettingsThePointsTheBranchesAndTheClusters() {
        String text = GrrTreeText.format(PENNIES);
        assertTrue(text.startsWith("GRR on matching-pennies: learning map gd:alpha=4.0 (gradient ascent),"
                + " horizon K = 10"), text);
        assertTrue(text.contains("bifurcation point 1 (fixed point near a Lyapunov maximum)"), text);
        assertTrue(text.contains("rotational"), text);
        assertTrue(text.contains("+Re v0 (λ = 0.000+0.2500i, |1-αλ| = 1.414, unstable) -> cluster 0"), text);
        assertTrue(text.contains("clusters by P(heads) per player, tolerance 0.05000"), text);
    }

    @Test
    void jsonHasTheTreeAndEmbeds() {
        String json = GrrTreeJson.toJson(PENNIES);
        assertTrue(json.startsWith("{\"game\":\"matching-pennies\",\"behaviour\":"), json);
        assertTrue(json.contains("\"classification\":\"rotational\""), json);
        assertTrue(json.contains("\"label\":\"+Re v0\",\"eigenpair\":0,\"part\":\"real-part\",\"sign\":1"), json);
        assertTrue(json.contains("\"clusters\":[{\"index\":0,"), json);
        String embedded = GrrTreeJson.write(PENNIES, new JsonWriter().beginObject().name("grr")).endObject()
                .toString();
        assertEquals("{\"grr\":" + json + "}", embedded);
    }

    @Test
    void badOptionsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrrOptions.builder().learningRate(-1).build());
        assertEquals("learningRate = -1.0; allowed: finite and > 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GrrOptions.builder().depth(0).build());
        assertEquals("depth = 0; allowed: ≥ 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GrrOptions.builder().perturbation(Double.NaN).build());
        assertEquals("perturbation = NaN; allowed: finite and > 0", e.getMessage());
    }
}
