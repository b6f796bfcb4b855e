package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contents of the command-line jar {@code plots/target/gamedyn.jar} that this build has just
 * made: bundled libraries relocated under {@code io/github/gamedyn/shaded} (but netlib and f2j,
 * whose names the native library binds to, and JFreeChart, kept byte for byte), no module
 * descriptor, service files that name classes of the jar, one merged NOTICE holding every bundled
 * NOTICE, gamedyn's LICENSE, and a list of the bundled artifacts with the versions of this build.
 * Which artifacts are bundled is read off the test class path (the plots module's runtime
 * dependencies): an artifact is bundled when its classes are in the jar, under their own names or
 * relocated.
 */
class ShadedJarIT {
    // failsafe runs in the module directory: plots/
    private static final Path JAR = Path.of("target/gamedyn.jar");
    private static final String SHADED = "io/github/gamedyn/shaded/";
    /** The packages that keep their names, with why, as in plots/pom.xml. */
    private static final List<String> UNRELOCATED = List.of(
            "org/jfree/", // JFreeChart, LGPL-2.1: the unchanged library
            "dev/ludovic/netlib/", // JNI symbols Java_dev_ludovic_netlib_lapack_JNILAPACK_*
            "org/netlib/", "org/j_paine/"); // f2j: the native code looks up org/netlib/util/intW

    private static JarFile jar;
    private static Map<String, JarEntry> entries;

    @BeforeAll
    static void open() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing");
        jar = new JarFile(JAR.toFile());
        entries = new TreeMap<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
            JarEntry entry = e.nextElement();
            entries.put(entry.getName(), entry);
        }
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    private static String text(String name) throws IOException {
        JarEntry entry = entries.get(name);
        assertNotNull(entry, name + " is not in the jar");
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(JarFile from, JarEntry entry) throws IOException {
        try (InputStream in = from.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** A dependency jar of the class path, with the coordinates that its path in the repository gives. */
    private record Dependency(Path path, String coordinates) {
    }

    /** The jars on the test class path that are bundled into gamedyn.jar. */
    private static List<Dependency> bundled() throws IOException {
        List<Dependency> bundled = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        for (String element : classPath.split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (!element.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try (JarFile dependency = new JarFile(path.toFile())) {
                String someClass = dependency.stream().map(JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/")
                                && !n.contains("module-info"))
                        .findFirst().orElse(null);
                boolean resourcesOnly = someClass == null
                        && path.getFileName().toString().startsWith("batik-shared-resources");
                if (resourcesOnly || someClass != null && (entries.containsKey(someClass)
                        || entries.containsKey(SHADED + someClass))) {
                    // .../repository/GROUP/PATH/ARTIFACT/VERSION/ARTIFACT-VERSION.jar
                    int n = path.getNameCount();
                    String version = path.getName(n - 2).toString();
                    String artifact = path.getName(n - 3).toString();
                    int repository = -1;
                    for (int i = 0; i < n - 3; i++) {
                        if (path.getName(i).toString().equals("repository")) {
                            repository = i;
                        }
                    }
                    if (repository < 0) {
                        continue; // a module of this build (target/), not a dependency
                    }
                    String group = path.subpath(repository + 1, n - 3).toString()
                            .replace(File.separatorChar, '.');
                    if (!group.equals("io.github.gamedyn")) {
                        bundled.add(new Dependency(path, group + ":" + artifact + ":" + version));
                    }
                }
            }
        }
        return bundled;
    }

    @Test
    void everyClassIsGamedynsRelocatedOrOneOfTheNamedExceptions() {
        List<String> stray = new ArrayList<>();
        for (String name : entries.keySet()) {
            boolean outside = name.endsWith(".class") && !name.startsWith("io/github/gamedyn/")
                    && UNRELOCATED.stream().noneMatch(name::startsWith);
            if (outside) {
                stray.add(name);
            }
        }
        assertEquals(List.of(), stray.subList(0, Math.min(10, stray.size())),
                stray.size() + " classes neither gamedyn's, relocated, nor an exception");
        for (String relocated : List.of("org/ejml/data/DMatrixRMaj.class",
                "org/apache/commons/math3/complex/Complex.class", "picocli/CommandLine.class",
                "org/apache/batik/svggen/SVGGraphics2D.class",
                "org/apache/xmlgraphics/java2d/GraphicContext.class")) {
            assertTrue(entries.containsKey(SHADED + relocated), SHADED + relocated);
        }
    }

    @Test
    void noModuleDescriptorAndAManifestOfItsOwn() throws IOException {
        for (String name : entries.keySet()) {
            assertFalse(name.endsWith("module-info.class"), name);
            assertFalse(name.matches("META-INF/[^/]*\\.(SF|DSA|RSA)"), name);
        }
        Manifest manifest = jar.getManifest();
        assertEquals("io.github.gamedyn.plots.cli.GamedynCommand",
                manifest.getMainAttributes().getValue("Main-Class"));
        assertEquals("io.github.gamedyn.cli",
                manifest.getMainAttributes().getValue("Automatic-Module-Name"));
    }

    @Test
    void serviceFilesNameClassesOfTheJar() throws IOException {
        int services = 0;
        for (String name : entries.keySet()) {
            if (!name.startsWith("META-INF/services/") || name.endsWith("/")) {
                continue;
            }
            services++;
            String service = name.substring("META-INF/services/".length());
            assertTrue(service.startsWith("java") || entries.containsKey(
                    service.replace('.', '/') + ".class"), "service interface " + service);
            for (String line : text(name).split("\n")) {
                String provider = line.replaceAll("#.*", "").trim();
                if (!provider.isEmpty()) {
                    assertTrue(entries.containsKey(provider.replace('.', '/') + ".class"),
                            name + " names " + provider);
                }
            }
        }
        assertTrue(services >= 4, services + " service files");
    }

    @Test
    void jfreeChartIsTheUnchangedLibrary() throws IOException {
        Dependency chart = bundled().stream()
                .filter(d -> d.coordinates().startsWith("org.jfree:jfreechart:")).findFirst()
                .orElseThrow(() -> new AssertionError("JFreeChart is not bundled"));
        int classes = 0;
        try (JarFile original = new JarFile(chart.path().toFile())) {
            for (Enumeration<JarEntry> e = original.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.getName().endsWith(".class")) {
                    JarEntry copy = entries.get(entry.getName());
                    assertNotNull(copy, entry.getName());
                    assertArrayEquals(bytes(original, entry), bytes(jar, copy), entry.getName());
                    classes++;
                }
            }
        }
        assertTrue(classes > 500, classes + " classes");
    }

    @Test
    void oneNoticeHoldingEveryBundledNotice() throws IOException {
        String notice = text("META-INF/NOTICE");
        int merged = 0;
        for (Dependency d : bundled()) {
            try (JarFile dependency = new JarFile(d.path().toFile())) {
                for (String name : List.of("META-INF/NOTICE", "META-INF/NOTICE.txt")) {
                    JarEntry entry = dependency.getJarEntry(name);
                    if (entry == null) {
                        continue;
                    }
                    merged++;
                    String own = new String(bytes(dependency, entry), StandardCharsets.UTF_8);
                    for (String line : own.split("\\R")) {
                        // the merge keeps each line once and may rewrap "developed at" lines
                        boolean boilerplate = line.contains("The Apache Software Foundation (")
                                || line.startsWith("This product includes software developed");
                        if (!line.isBlank() && !boilerplate) {
                            assertTrue(notice.contains(line.strip()),
                                    d.coordinates() + ": " + line + "\nnot in META-INF/NOTICE:\n"
                                            + notice);
                        }
                    }
                }
            }
        }
        assertTrue(merged >= 5, merged + " NOTICE files merged");
        assertFalse(entries.containsKey("META-INF/NOTICE.txt"));
    }

    @Test
    void gamedynsLicenseAndTheBundledArtifactsWithTheirLicences() throws IOException {
        assertEquals(Files.readString(Path.of("../LICENSE")), text("META-INF/LICENSE"));
        for (String copy : List.of("META-INF/LICENSE.txt", "META-INF/LICENSE.md")) {
            assertFalse(entries.containsKey(copy), copy);
        }
        assertTrue(text("META-INF/licenses/LGPL-2.1.txt")
                .contains("GNU LESSER GENERAL PUBLIC LICENSE"));
        assertTrue(text("META-INF/licenses/commons-math3-additional.txt")
                .contains("APACHE COMMONS MATH DERIVATIVE WORKS"));
        String thirdParty = text("META-INF/THIRD-PARTY.txt");
        List<Dependency> bundled = bundled();
        assertTrue(bundled.size() >= 14, bundled.toString());
        for (Dependency d : bundled) {
            if (!thirdParty.contains(" " + d.coordinates() + "\n")) {
                fail(d.coordinates() + " is bundled but META-INF/THIRD-PARTY.txt"
                        + " (plots/src/main/shade/THIRD-PARTY.txt) does not list it:\n"
                        + thirdParty);
            }
        }
        long listed = thirdParty.lines().filter(l -> l.matches("  \\S+ +\\S+:\\S+:\\S+")).count();
        assertEquals(bundled.size(), listed, "listed but not bundled:\n" + thirdParty);
    }
}
