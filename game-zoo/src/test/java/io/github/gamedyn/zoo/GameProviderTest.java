package io.github.gamedyn.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.game.Game;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Providers found through ServiceLoader share the zoo's lookup path, and bad ones say why. */
class GameProviderTest {
    @TempDir
    Path dir;

    /** A class loader that sees a services file listing {@code providers}, as a plugin jar would. */
    private ClassLoader plugin(String... providers) throws IOException {
        Path services = dir.resolve("META-INF/services/" + GameProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# a comment\n" + String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private static String nested(String simpleName) {
        return ExampleProviders.class.getName() + "$" + simpleName;
    }

    @Test
    void pluginGamesFollowTheZooAndAreBuiltFromTheirSpecification() throws IOException {
        ClassLoader loader = plugin(nested("Coordination"));
        List<String> names = GameRegistry.providers(loader).stream().map(GameProvider::name).toList();
        assertEquals(GameRegistry.entries().size() + 1, names.size());
        assertEquals("coordination", names.get(names.size() - 1));
        Game g = GameRegistry.create("coordination:payoff=3", loader);
        // L = −(3pq + (1−p)(1−q)) at p = q = ½ is −1; ξ₁ = ∂L/∂θ₁ = −σ'(0)(3q − (1 − q)) = −¼
        assertArrayEquals(new double[] {-1, -1}, g.losses(new double[2]), 1e-15);
        assertArrayEquals(new double[] {-0.25, -0.25}, g.simultaneousGradient(new double[2]), 1e-15);
        assertArrayEquals(ExampleProviders.Coordination.game(3).jacobian(new double[] {0.3, -1}).data,
                g.jacobian(new double[] {0.3, -1}).data, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("coordination:stag=3", loader));
        assertEquals("game coordination has no parameter 'stag'; allowed: payoff", e.getMessage());
    }

    @Test
    void unknownNamesListThePluginGamesToo() throws IOException {
        ClassLoader loader = plugin(nested("Coordination"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.create("cordination", loader));
        assertTrue(e.getMessage().startsWith("unknown game 'cordination'; known games: bilinear, "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(", small-gan, coordination"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GameRegistry.create("coordination"));
        assertTrue(e.getMessage().endsWith("ipd-slice, small-gan"), "not on this class path");
    }

    @Test
    void badProvidersAreReportedByWhatIsWrong() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.providers(plugin("com.example.Missing")));
        assertEquals("cannot load a game provider: Provider com.example.Missing not found",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.providers(plugin(nested("Broken"))));
        assertEquals("cannot load a game provider: Provider " + nested("Broken")
                + " could not be instantiated (no licence file)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.providers(plugin(nested("Impostor"))));
        assertEquals("game 'matching-pennies' is provided twice, by the zoo and by "
                + nested("Impostor") + "; allowed: unique names", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.providers(plugin(nested("Unnamed"))));
        assertEquals("game provider " + nested("Unnamed") + " has the name 'two words'; allowed: "
                + "letters, digits, '.', '_' and '-', starting with a letter or digit", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GameRegistry.providers(plugin(nested("Mute"))));
        assertEquals("game provider " + nested("Mute") + " of 'mute' gives no parameters; allowed: "
                + "a description and a list of parameters (empty when there are none)",
                e.getMessage());
        ClassLoader empty = plugin(nested("Empty"));
        IllegalStateException s = assertThrows(IllegalStateException.class,
                () -> GameRegistry.create("empty", empty));
        assertEquals("game provider " + nested("Empty") + " returned no game for 'empty'",
                s.getMessage());
    }
}
