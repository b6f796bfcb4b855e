package io.github.gamedyn.zoo;

import io.github.gamedyn.core.spec.KeyValueSpec;
import io.github.gamedyn.core.spec.PlainNumbers;
import java.util.List;
import java.util.Map;

/**
 * A parsed game specification {@code NAME[:key=value,key=value...]}, e.g. {@code ipd:gamma=0.9},
 * with typed access to the values. The text is read by {@link KeyValueSpec} (no duplicate keys,
 * no empty pairs) and checked against the entry's declared parameters; numbers are
 * {@linkplain PlainNumbers plain decimals}. A lookup that fails names the key, the value and what
 * is allowed; {@link GameRegistry#create} puts the game's name in front.
 */
public final class GameSpec {
    private final Map<String, String> values;
    private final List<GameParameter> declared;

    private GameSpec(Map<String, String> values, List<GameParameter> declared) {
        this.values = values;
        this.declared = declared;
    }

    /** Checks the keys of {@code spec} against the parameters {@code entry} declares. */
    static GameSpec of(KeyValueSpec spec, GameProvider entry) {
        spec.requireKeys(entry.parameters().stream().map(GameParameter::name).toList(),
                "game " + entry.name());
        return new GameSpec(spec.values(), entry.parameters());
    }

    private String raw(String key) {
        GameParameter p = declared.stream().filter(d -> d.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the game does not declare "
                        + "parameter " + key));
        return values.getOrDefault(key, p.defaultValue());
    }

    /** Whether the user gave {@code key} explicitly. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A finite real parameter. */
    public double real(String key) {
        try {
            return PlainNumbers.real(raw(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + e.getMessage(), e);
        }
    }

    /** An integer parameter at least {@code min}. */
    public int integer(String key, int min) {
        int x;
        try {
            x = PlainNumbers.integer(raw(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + e.getMessage(), e);
        }
        if (x < min) {
            throw new IllegalArgumentException(key + " = " + x + "; allowed: ≥ " + min);
        }
        return x;
    }

    /** A long parameter (seeds). */
    public long seed(String key) {
        try {
            return PlainNumbers.longInteger(raw(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + e.getMessage(), e);
        }
    }

    /** A boolean parameter, {@code true} or {@code false}. */
    public boolean flag(String key) {
        String v = raw(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " = '" + v + "'; allowed: true, false");
        }
        return Boolean.parseBoolean(v);
    }

    /** One of the {@code allowed} words (e.g. {@code variant=wgan}). */
    public String choice(String key, List<String> allowed) {
        String v = raw(key);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(key + " = '" + v + "'; allowed: "
                    + String.join(", ", allowed));
        }
        return v;
    }

    /** A list of finite reals separated by {@code ;} (e.g. {@code a=1;2;3}). */
    public double[] reals(String key) {
        String v = raw(key);
        String[] parts = v.split(";", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = PlainNumbers.real(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " = '" + v + "': value " + (i + 1) + " "
                        + e.getMessage() + " (values are separated by ;)", e);
            }
        }
        return out;
    }

    /** The values the user gave, for printing next to results. */
    public Map<String, String> given() {
        return Map.copyOf(values);
    }
}
