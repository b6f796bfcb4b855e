package io.github.gamedyn.plots.cli;

import io.github.gamedyn.core.game.Game;
import io.github.gamedyn.zoo.GameProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.ejml.data.DMatrixRMaj;

/**
 * A game written as one Java source file ({@code --game-file MyGame.java}), compiled now with the
 * JDK's compiler (javax.tools) into a class folder that {@link java.util.ServiceLoader} reads like
 * a plugin jar: every public class of the file implementing {@link GameProvider}, with a public
 * no-argument constructor, is listed in its {@code META-INF/services} file. The folder is
 * temporary and deleted when the JVM exits (classes load lazily, so not before).
 */
final class GameFile {
    private static final String SERVICES = "META-INF/services/" + GameProvider.class.getName();

    private GameFile() {
    }

    /**
     * Compiles {@code source} against gamedyn and {@code classpath}.
     *
     * @param compiler the system compiler, {@code null} on a Java runtime without one
     * @param classpath further class path entries the source may use (e.g. --classpath). Not
     *     modified.
     * @return the class folder
     * @throws IllegalArgumentException if the file is missing, does not compile (with the
     *     compiler's first error on one line) or defines no usable provider
     * @throws IllegalStateException without a compiler
     */
    static Path compile(Path source, JavaCompiler compiler, List<Path> classpath) {
        if (!Files.isRegularFile(source) || !source.toString().endsWith(".java")) {
            throw new IllegalArgumentException("--game-file " + source + " is not a readable .java"
                    + " file");
        }
        if (compiler == null) {
            throw new IllegalStateException("--game-file needs a Java compiler, and this Java "
                    + "runtime (" + System.getProperty("java.version") + " at "
                    + System.getProperty("java.home") + ") has none: run gamedyn with a JDK");
        }
        Path classes = temporaryFolder();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics,
                Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    classpath(classpath), "-encoding", "UTF-8", "-proc:none",
                    "-nowarn", "-Xlint:none");
            // everything the compiler says goes to the diagnostics, none to the console
            compiled = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjects(source.toFile())).call();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + source + ": " + e.getMessage(), e);
        }
        if (!compiled) {
            throw new IllegalArgumentException("--game-file " + firstError(diagnostics));
        }
        writeServices(source, classes);
        return classes;
    }

    /** "FILE:LINE: message" of the first error, its lines joined. */
    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        Diagnostic<? extends JavaFileObject> d = diagnostics.getDiagnostics().stream()
                .filter(x -> x.getKind() == Diagnostic.Kind.ERROR).findFirst()
                .orElseThrow(() -> new IllegalStateException("the compiler failed without an error"));
        String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()
                + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": ";
        return where + "error: " + d.getMessage(Locale.ROOT).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("; "));
    }

    /** The running gamedyn (its jar, or its modules' class folders in a build) and {@code extra}. */
    private static String classpath(List<Path> extra) {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        for (Class<?> c : List.of(GameProvider.class, Game.class, DMatrixRMaj.class)) {
            entries.add(location(c));
        }
        extra.forEach(p -> entries.add(p.toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of gamedyn: " + e, e);
        }
    }

    /** Lists the file's public providers for ServiceLoader. */
    private static void writeServices(Path source, Path classes) {
        List<String> providers = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GameFile.class.getClassLoader()); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, loader);
                if (!GameProvider.class.isAssignableFrom(c) || c.isInterface()
                        || Modifier.isAbstract(c.getModifiers())) {
                    continue;
                }
                if (usable(c)) {
                    providers.add(name);
                } else {
                    unusable.add(c.getSimpleName());
                }
            }
            if (providers.isEmpty()) {
                throw new IllegalArgumentException("--game-file " + source.getFileName()
                        + " defines no public class implementing " + GameProvider.class.getName()
                        + " with a public no-argument constructor" + (unusable.isEmpty() ? ""
                        : " (" + String.join(", ", unusable) + " must be public, and static if"
                        + " nested, with a public no-argument constructor)"));
            }
            Path services = classes.resolve(SERVICES);
            Files.createDirectories(services.getParent());
            Files.write(services, providers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes compiled from " + source + ": "
                    + e.getMessage(), e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("--game-file " + source.getFileName()
                    + ": a compiled class does not load: " + e.getMessage(), e);
        }
    }

    private static boolean usable(Class<?> c) {
        boolean nested = c.getEnclosingClass() != null;
        if (!Modifier.isPublic(c.getModifiers()) || nested && !Modifier.isStatic(c.getModifiers())) {
            return false;
        }
        try {
            return Modifier.isPublic(c.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("gamedyn-game-file");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the compiled game: "
                    + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless, and the JVM is exiting
        }
    }
}
