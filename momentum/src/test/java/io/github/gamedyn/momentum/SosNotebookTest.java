package io.github.gamedyn.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Naive learning, LookAhead, LOLA and SOS on the memory-one IPD (unscaled, γ = 0.96, α = 1)
 * against the update of the Stable Opponent Shaping notebook, step by step over 30 steps from
 * three N(0, 1) starts (numpy seeds 0–2): {@code sos-notebook-ipd.txt}, written by
 * {@code reference/sos_notebook_ipd.py} (the notebook's update with PyTorch autograd,
 * float64). Relative differences per iterate, max(1, |w|) scale.
 */
class SosNotebookTest {
    private static final Map<String, String> SPECS = Map.of("nl", "gd:alpha=1",
            "la", "lookahead:alpha=1", "lola", "lola:alpha=1", "sos", "sos:alpha=1");

    record Run(String method, int index, List<double[]> iterates) {
        @Override
        public String toString() {
            return method + " from start " + index / 4;
        }
    }

    static Stream<Run> runs() throws IOException {
        List<Run> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SosNotebookTest.class.getResourceAsStream("/reference/sos-notebook-ipd.txt"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("run")) {
                    out.add(new Run(parts[1], out.size(), new ArrayList<>()));
                } else if (parts[0].equals("step")) {
                    double[] w = new double[parts.length - 2];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = Double.parseDouble(parts[i + 2]);
                    }
                    out.get(out.size() - 1).iterates().add(w);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void everyStepAgreesWithTheNotebook(Run run) {
        Game ipd = GameRegistry.create("ipd");
        List<double[]> expected = run.iterates();
        assertEquals(31, expected.size());
        Optimizer opt = OptimizerSpec.parse(SPECS.get(run.method())).create(ipd, expected.get(0));
        double worst = 0;
        for (int t = 1; t < expected.size(); t++) {
            opt.step();
            double[] w = opt.parameters();
            for (int i = 0; i < w.length; i++) {
                double e = expected.get(t)[i];
                worst = Math.max(worst, Math.abs(w[i] - e) / Math.max(1, Math.abs(e)));
            }
        }
        // measured: at most 5e-13 relative, except LOLA and SOS from start 2 (6e-9 and 4e-9),
        // where the dynamics amplify the rounding of the two implementations
        assertTrue(worst < 3e-8, run + ": worst " + worst);
    }
}
