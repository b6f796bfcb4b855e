package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import io.github.gamedyn.zoo.GameParameter;
import io.github.gamedyn.zoo.GameRegistry;
import org.junit.jupiter.api.Test;

class GamesCommandTest extends QuietTest {

    @Test
    void listsEveryGameWithDescriptionAndParameters() {
        Cli cli = Cli.run("games");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        for (GameRegistry.Entry e : GameRegistry.entries()) {
            assertTrue(cli.out().contains(e.name() + " - " + e.description()), cli.out());
            for (GameParameter p : e.parameters()) {
                assertTrue(cli.out().lines().anyMatch(l -> l.strip().startsWith(p.name() + " ")
                        && l.contains(p.description())), p.name() + " in\n" + cli.out());
            }
        }
        assertTrue(cli.out().contains("dim        default 1 "), cli.out());
    }

    @Test
    void helpShowsExamples() {
        Cli cli = Cli.run("games", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Examples:"), cli.out());
    }
}
