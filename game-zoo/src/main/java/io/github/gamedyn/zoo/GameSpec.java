package io.github.gamedyn.zoo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A parsed game specification {@code NAME[:key=value,key=value...]}, e.g. {@code ipd:gamma=0.9},
 * with typed access to the values. Every lookup validates against the entry's declared
 * parameters and names the key, the value and what is allowed when it fails.
 */
public final class GameSpec {
    private final String name;
    private final Map<String, String> values;
    private final List<GameParameter> declared;

    private GameSpec(String name, Map<String, String> values, List<GameParameter> declared) {
        this.name = name;
        this.values = values;
        this.declared = declared;
    }

    /** Parses {@code spec} against the parameters {@code entry} declares. */
    static GameSpec parse(String spec, GameRegistry.Entry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        int colon = spec.indexOf(':');
        if (colon >= 0 && colon < spec.length() - 1) {
            for (String pair : spec.substring(colon + 1).split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("game parameter '" + pair + "' of " + spec
                            + " is not of the form key=value");
                }
                String key = pair.substring(0, eq).trim();
                if (entry.parameters().stream().noneMatch(p -> p.name().equals(key))) {
                    throw new IllegalArgumentException("game " + entry.name()
                            + " has no parameter '" + key + "'; allowed: " + entry.parameters()
                            .stream().map(GameParameter::name).collect(Collectors.joining(", ")));
                }
                values.put(key, pair.substring(eq + 1).trim());
            }
        }
        return new GameSpec(entry.name(), values, entry.parameters());
    }

    private String raw(String key) {
        GameParameter p = declared.stream().filter(d -> d.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("game " + name
                        + " does not declare parameter " + key));
        return values.getOrDefault(key, p.defaultValue());
    }

    /** Whether the user gave {@code key} explicitly. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A real parameter. */
    public double real(String key) {
        String v = raw(key);
        try {
            double x = Double.parseDouble(v);
            if (!Double.isFinite(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "' is not a finite number");
        }
    }

    /** An integer parameter at least {@code min}. */
    public int integer(String key, int min) {
        String v = raw(key);
        try {
            int x = Integer.parseInt(v);
            if (x < min) {
                throw new IllegalArgumentException("game " + name + ": " + key + " = " + x
                        + "; allowed: ≥ " + min);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "' is not an integer");
        }
    }

    /** A long parameter (seeds). */
    public long seed(String key) {
        String v = raw(key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "' is not an integer seed");
        }
    }

    /** A boolean parameter, {@code true} or {@code false}. */
    public boolean flag(String key) {
        String v = raw(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "'; allowed: true, false");
        }
        return Boolean.parseBoolean(v);
    }

    /** One of the {@code allowed} words (e.g. {@code variant=wgan}). */
    public String choice(String key, List<String> allowed) {
        String v = raw(key);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "'; allowed: " + String.join(", ", allowed));
        }
        return v;
    }

    /** A list of reals separated by {@code ;} (e.g. {@code a=1;2;3}). */
    public double[] reals(String key) {
        String v = raw(key);
        try {
            return Arrays.stream(v.split(";")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("game " + name + ": " + key + " = '" + v
                    + "' is not a ;-separated list of numbers");
        }
    }

    /** The values the user gave, for printing next to results. */
    public Map<String, String> given() {
        return Map.copyOf(values);
    }
}
