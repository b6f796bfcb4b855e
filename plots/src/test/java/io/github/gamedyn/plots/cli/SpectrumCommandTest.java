package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectrumCommandTest extends QuietTest {

    @Test
    void tandemHasEigenvaluesFourAndZero() {
        Cli cli = Cli.run("spectrum", "tandem", "--top", "2", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<?, ?> r = (Map<?, ?>) MiniJson.parse(cli.out());
        assertEquals(List.of("game", "dimension", "which", "top", "eigenvalues", "residuals", "restarts", "products",
                "subspaceSize", "normEstimate"), List.copyOf(r.keySet()));
        // Tandem: Ĥ = [[2, 2], [2, 2]], eigenvalues 4 and 0.
        List<?> values = (List<?>) r.get("eigenvalues");
        assertEquals(4.0, (Double) ((Map<?, ?>) values.get(0)).get("re"), 1e-12);
        assertEquals(0.0, (Double) ((Map<?, ?>) values.get(1)).get("re"), 1e-12);
        assertEquals("LM", r.get("which"));
    }

    @Test
    void matchingPenniesByImaginaryPartIsThePairPlusMinusQuarterI() {
        Cli cli = Cli.run("spectrum", "matching-pennies", "--top", "2", "--which", "li");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().matches("(?s).*\\n-?[0-9.e+-]+ ± 0\\.250000i +[0-9.e+-]+\\n.*"), cli.out());
        assertTrue(cli.out().contains("top 2 by LI"), cli.out());
    }

    @Test
    void badArgumentsAreOneLineUsageErrors() {
        Cli cli = Cli.run("spectrum", "matching-pennies", "--which", "XX");
        assertEquals(2, cli.exitCode());
        assertEquals("gamedyn: error: --which XX; allowed: LM, LR, SR, LI (see 'gamedyn spectrum --help')",
                cli.err().strip());
        cli = Cli.run("spectrum", "matching-pennies", "--top", "3");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("gamedyn: error: --top 3 exceeds the dimension 2 of matching-pennies"),
                cli.err());
    }
}
