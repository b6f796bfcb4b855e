package io.github.gamedyn.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Engines by name: {@code local} ({@link LocalEngine}, built in) and every {@link EngineProvider}
 * that {@link ServiceLoader} finds.
 */
public final class Engines {

    /** The name of {@link LocalEngine}. */
    public static final String LOCAL = "local";

    /** The setting of {@code local}: the number of threads (default: one per processor). */
    public static final String THREADS = "threads";

    private Engines() {
    }

    /** The names of the engines available here, {@code local} first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(LOCAL);
        for (EngineProvider p : providers()) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Starts the engine called {@code name}.
     *
     * @param settings the engine's settings; {@code local} takes {@value #THREADS}
     * @throws IllegalArgumentException for an unknown engine or a bad setting, naming what is
     *     allowed
     */
    public static Engine create(String name, Map<String, String> settings) {
        if (LOCAL.equals(name)) {
            return local(settings);
        }
        List<EngineProvider> providers = providers();
        for (EngineProvider p : providers) {
            if (p.name().equals(name)) {
                return p.create(settings);
            }
        }
        throw new IllegalArgumentException("engine '" + name + "' is unknown; allowed: "
                + String.join(", ", names()) + (providers.isEmpty() ? " (other engines come "
                + "with their jars, found through ServiceLoader: gamedyn-spark's provides spark)"
                : ""));
    }

    private static LocalEngine local(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!key.equals(THREADS)) {
                throw new IllegalArgumentException("setting '" + key + "' of engine local is "
                        + "unknown; allowed: " + THREADS);
            }
        }
        String threads = settings.get(THREADS);
        if (threads == null) {
            return LocalEngine.ofAvailableProcessors();
        }
        int n;
        try {
            n = Integer.parseInt(threads);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(THREADS + " = '" + threads + "'; allowed: an "
                    + "integer >= 1", e);
        }
        return new LocalEngine(n);
    }

    private static List<EngineProvider> providers() {
        List<EngineProvider> found = new ArrayList<>();
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class,
                Engines.class.getClassLoader())) {
            if (found.stream().anyMatch(q -> q.name().equals(p.name())) || LOCAL.equals(p.name())) {
                throw new IllegalStateException("two engines are called '" + p.name() + "': "
                        + found.stream().map(q -> q.getClass().getName())
                        .collect(Collectors.joining(", ")) + " and " + p.getClass().getName());
            }
            found.add(p);
        }
        return found;
    }
}
