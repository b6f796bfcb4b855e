package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.momentum.Catalogue;
import io.github.gamedyn.momentum.OptimizerMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizersCommandTest extends QuietTest {

    @Test
    void textListsEveryMethodWithItsHyperparameters() {
        Cli cli = Cli.run("optimizers");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        for (OptimizerMethod m : Catalogue.standard().methods()) {
            assertTrue(cli.out().contains(m.specName() + " - " + m.description()), m.specName());
        }
        assertTrue(cli.out().contains("    alpha = 0.1 (a finite complex number != 0): step size, "
                + "complex allowed"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("    beta = 0.8314")
                && l.endsWith("i (a complex number with |z| < 1): complex momentum |beta| "
                + "e^{i theta}")), cli.out());
        assertTrue(cli.out().contains("cgd - competitive gradient descent, "
                + "(I + alpha H_o)^{-1} xi\n    kind: field; alternating: no; per-eigenvalue ρ: no"),
                cli.out());
        assertTrue(cli.out().contains("kind: base rule; alternating: yes; per-eigenvalue ρ: yes"),
                cli.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonGivesComplexMomentumWithAlphaAndBeta() {
        Cli cli = Cli.run("optimizers", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        List<Map<String, Object>> methods = (List<Map<String, Object>>)
                ((Map<String, Object>) MiniJson.parse(cli.out())).get("optimizers");
        assertEquals(Catalogue.standard().methods().size(), methods.size());
        Map<String, Object> cm = methods.stream()
                .filter(m -> m.get("name").equals("complex-momentum")).findFirst().orElseThrow();
        assertEquals("base-rule", cm.get("kind"));
        assertEquals(true, cm.get("alternating"));
        assertEquals(true, cm.get("perEigenvalue"));
        List<Map<String, Object>> hs = (List<Map<String, Object>>) cm.get("hyperparameters");
        assertEquals(List.of("alpha", "beta"), hs.stream().map(h -> h.get("name")).toList());
        Map<String, Object> beta = (Map<String, Object>) hs.get(1).get("default");
        double re = (Double) beta.get("re");
        double im = (Double) beta.get("im");
        assertEquals(0.9, Math.hypot(re, im), 1e-15);
        assertEquals(Math.PI / 8, Math.atan2(im, re), 1e-15);
        assertEquals("a complex number with |z| < 1", hs.get(1).get("allowed"));
        assertEquals("complex", hs.get(1).get("type"));
        Map<String, Object> cgd = methods.stream()
                .filter(m -> m.get("name").equals("cgd")).findFirst().orElseThrow();
        assertEquals(false, cgd.get("alternating"));
        assertEquals("field", cgd.get("kind"));
        assertEquals(false, cgd.get("perEigenvalue"));
        assertEquals("real", ((List<Map<String, Object>>) cgd.get("hyperparameters")).get(0)
                .get("type"));
    }

    @Test
    void helpShowsExamples() {
        Cli cli = Cli.run("optimizers", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Examples:"), cli.out());
    }
}
