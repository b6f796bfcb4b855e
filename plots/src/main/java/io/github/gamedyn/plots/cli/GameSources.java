package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import picocli.CommandLine.Option;

/**
 * Where the games of a command come from: the zoo, plus the game providers of {@code --classpath}
 * (jars or class folders with a {@code META-INF/services/io.github.gamedyn.zoo.GameProvider}
 * file) and of {@code --game-file} (one Java source file, compiled now). Every command that takes
 * a GAME builds it here, so there is one lookup path ({@link GameRegistry}).
 */
final class GameSources {

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "jars or class folders holding game providers (found through "
                    + "ServiceLoader), separated by ':' (';' on Windows)")
    private String classpath;

    @Option(names = "--game-file", paramLabel = "FILE.java",
            description = "a Java source file whose public GameProvider classes are compiled "
                    + "now and added to the games (needs a JDK)")
    private Path gameFile;

    private ClassLoader loader;

    /**
     * Builds the game {@code spec} ({@code NAME[:key=value,...]}).
     *
     * @throws IllegalArgumentException for an unknown game, a bad parameter, a missing
     *     --classpath entry, a bad provider or a --game-file that does not compile
     * @throws IllegalStateException for --game-file without a JDK
     */
    Game create(String spec) {
        return GameRegistry.create(spec, loader());
    }

    /** The class loader over --classpath and the compiled --game-file (made once). */
    ClassLoader loader() {
        if (loader == null) {
            List<Path> entries = new ArrayList<>();
            if (classpath != null) {
                for (String e : classpath.split(File.pathSeparator)) {
                    Path p = Path.of(e);
                    if (e.isEmpty() || !Files.exists(p)) {
                        throw new IllegalArgumentException("--classpath entry '" + e
                                + "' does not exist; allowed: jars and class folders separated by "
                                + File.pathSeparator);
                    }
                    entries.add(p);
                }
            }
            List<Path> urls = new ArrayList<>(entries);
            if (gameFile != null) {
                urls.add(GameFile.compile(gameFile, ToolProvider.getSystemJavaCompiler(), entries));
            }
            loader = urls.isEmpty() ? GameSources.class.getClassLoader()
                    : new URLClassLoader(urls.stream().map(GameSources::url).toArray(URL[]::new),
                            GameSources.class.getClassLoader());
        }
        return loader;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("--classpath entry '" + p + "' is not a path: "
                    + e.getMessage(), e);
        }
    }
}
