package io.github.gamedyn.plots.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gamedyn.core.testing.QuietTest;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * Every public record of the library modules that has an array component compares, hashes and
 * prints that array by its contents (a record's own equals compares arrays by identity). The
 * records are found on the class path (the modules plots depends on, and plots itself) and built
 * through their canonical constructors from sample values, which three quarters of them at least
 * must accept.
 */
class PublicRecordsTest extends QuietTest {

    private static List<Class<?>> publicRecordsWithArrays()
            throws IOException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.map(p -> path.relativize(p).toString().replace(File.separatorChar, '/'))
                            .forEach(names::add);
                }
            } else if (element.endsWith(".jar") && path.getFileName().toString().matches(
                    "(solver-core|game-zoo|momentum|ridge-rider|plots)-[0-9].*")
                    && !element.endsWith("-tests.jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream().forEach(e -> names.add(e.getName()));
                }
            }
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith("io/github/gamedyn/") || !name.endsWith(".class")
                    || name.contains("/benchmarks/") || name.contains("/spark/")) {
                continue;
            }
            Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'),
                    false, PublicRecordsTest.class.getClassLoader());
            boolean visible = Modifier.isPublic(c.getModifiers())
                    && (c.getEnclosingClass() == null
                        || Modifier.isPublic(c.getEnclosingClass().getModifiers()));
            if (c.isRecord() && visible && Arrays.stream(c.getRecordComponents())
                    .anyMatch(r -> r.getType().isArray())) {
                records.add(c);
            }
        }
        return records;
    }

    /** A value of a component's type: {@code variant} changes the arrays' contents only. */
    private static Object sample(Class<?> type, int variant) {
        if (type == double[].class) {
            return new double[] {0.5, 1.5 + variant};
        } else if (type == double[][].class) {
            return new double[][] {{0.5}, {1.5 + variant}};
        } else if (type == int[].class) {
            return new int[] {1, 2 + variant};
        } else if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), variant);
        } else if (type == double.class) {
            return 0.25;
        } else if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == boolean.class) {
            return true;
        } else if (type == String.class) {
            return "s";
        } else if (type == List.class) {
            return List.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == Complex.class) {
            return new Complex(0.5, 0.25);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static Object create(Constructor<?> constructor, int variant) throws Exception {
        Object[] args = Arrays.stream(constructor.getParameterTypes()).map(t -> sample(t, variant))
                .toArray();
        return constructor.newInstance(args);
    }

    @Test
    void equalContentsAreEqualAndOtherContentsAreNot() throws Exception {
        List<String> checked = new ArrayList<>();
        List<Class<?>> records = publicRecordsWithArrays();
        assertTrue(records.size() >= 15, records.toString());
        for (Class<?> c : records) {
            Class<?>[] types = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            Object a;
            Object b;
            Object other;
            try {
                a = create(canonical, 0);
                b = create(canonical, 0);
                other = create(canonical, 1);
            } catch (InvocationTargetException e) {
                continue; // the constructor refused the sample values (a null, a length)
            }
            assertEquals(a, b, c.getName());
            assertEquals(a.hashCode(), b.hashCode(), c.getName());
            assertEquals(a.toString(), b.toString(), c.getName());
            assertNotEquals(a, other, c.getName());
            // an array printed by identity reads [D@1b2c3d, [[D@..., [I@..., [Lx.Y;@...
            assertTrue(!a.toString().matches("(?s).*\\[+([A-Z]|L[\\w.$]+;)@.*"),
                    c.getName() + ": " + a);
            checked.add(c.getSimpleName());
        }
        assertTrue(checked.size() * 4 >= records.size() * 3, "only " + checked + " of " + records);
    }
}
