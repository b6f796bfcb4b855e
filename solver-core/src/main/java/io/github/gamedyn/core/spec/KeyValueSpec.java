package io.github.gamedyn.core.spec;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A specification {@code NAME[:key=value,key=value,...]}, the text form shared by games
 * ({@code bilinear:dim=3,seed=7}) and optimisers ({@code heavy-ball:alpha=0.1,beta=-0.5}), read
 * strictly so that what is written is what runs:
 * <ul>
 *   <li>the name is the text before the first colon; after a colon comes at least one pair;</li>
 *   <li>pairs are separated by single commas: a trailing or doubled comma is an error, not an
 *       empty pair to skip;</li>
 *   <li>every pair is {@code key=value} with a non-empty key and value (spaces around either are
 *       dropped);</li>
 *   <li>a key given twice is an error: "the last one wins" would hide a typo.</li>
 * </ul>
 * Which keys exist is the owner's business ({@link #requireKeys}); values are read with
 * {@link PlainNumbers} or as words. Failures are {@link IllegalArgumentException}s without the
 * spec text, for the caller to prefix.
 *
 * <pre>{@code
 * KeyValueSpec s = KeyValueSpec.parse("bilinear:dim=3,seed=7");
 * s.requireKeys(List.of("dim", "a", "seed"), "game bilinear");
 * int dim = PlainNumbers.integer(s.values().get("dim"));
 * }</pre>
 *
 * @param name the name, stripped
 * @param values the pairs in the order given, stripped (unmodifiable)
 */
public record KeyValueSpec(String name, Map<String, String> values) {

    /** Copies the values. */
    public KeyValueSpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException saying what is malformed
     */
    public static KeyValueSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the spec is " + (text == null ? "missing" : "empty")
                    + "; allowed: NAME or NAME:key=value,key=value");
        }
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no name before ':'; allowed: NAME or "
                    + "NAME:key=value,key=value");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            String list = text.substring(colon + 1);
            if (list.isBlank()) {
                throw new IllegalArgumentException("nothing after ':'; allowed: NAME or "
                        + "NAME:key=value,key=value");
            }
            for (String item : list.split(",", -1)) {
                String pair = item.strip();
                if (pair.isEmpty()) {
                    throw new IllegalArgumentException("an empty parameter (a trailing or doubled "
                            + "comma); allowed: key=value pairs separated by single commas");
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq).strip();
                String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
                if (eq < 0 || key.isEmpty() || value.isEmpty()) {
                    throw new IllegalArgumentException("parameter '" + pair + "' is not of the "
                            + "form key=value");
                }
                if (values.putIfAbsent(key, value) != null) {
                    throw new IllegalArgumentException(key + " given twice; allowed: each key "
                            + "once");
                }
            }
        }
        return new KeyValueSpec(name, values);
    }

    /**
     * Checks that every key is one of {@code allowed}.
     *
     * @param owner what the keys belong to, for the message, e.g. {@code game bilinear}
     * @throws IllegalArgumentException naming the first unknown key and the allowed ones
     */
    public void requireKeys(Collection<String> allowed, String owner) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(owner + " has no parameter '" + key + "'; "
                        + (allowed.isEmpty() ? "it takes none"
                                : "allowed: " + String.join(", ", allowed)));
            }
        }
    }
}
