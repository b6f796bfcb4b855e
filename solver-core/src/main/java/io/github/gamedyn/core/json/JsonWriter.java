package io.github.gamedyn.core.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A minimal streaming JSON writer, enough for machine-readable output (command line, figure
 * parameters, result trees) without a JSON dependency. Output is compact and pure ASCII (other characters are written as JSON's
 * six-character escapes), so it survives any terminal encoding. Numbers are written with
 * {@link Double#toString(double)}, which round-trips every finite double exactly; JSON has no NaN
 * or infinity, so a non-finite number is refused with an {@link ArithmeticException} naming the
 * key it belonged to. Enum constants are written in the vocabulary of every gamedyn document:
 * lower case with hyphens ({@code GRADIENT_ASCENT} as {@code "gradient-ascent"}).
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("x").value(0.5).endObject().toString();
 * }</pre>
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** One entry per open object or array: whether it still has no element. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;
    private String lastName = "(top level)";

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        empty.push(true);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        empty.push(true);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The key of the next value in the current object. */
    public JsonWriter name(String key) {
        beforeValue();
        quote(key);
        out.append(':');
        afterName = true;
        lastName = key;
        return this;
    }

    public JsonWriter value(String s) {
        beforeValue();
        quote(s);
        return this;
    }

    /** An enum constant as lower-case words joined by hyphens, e.g. {@code "step-cap"}. */
    public JsonWriter value(Enum<?> e) {
        return value(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public JsonWriter value(int i) {
        beforeValue();
        out.append(i);
        return this;
    }

    /** {@code true} or {@code false}. */
    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    /** {@code null}, for a value that does not exist (never for a failed computation). */
    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** A finite number; throws {@link ArithmeticException} for NaN and infinities. */
    public JsonWriter value(double x) {
        if (!Double.isFinite(x)) {
            throw new ArithmeticException("the value of '" + lastName + "' is " + x
                    + "; JSON output needs finite numbers");
        }
        beforeValue();
        out.append(Double.toString(x));
        return this;
    }

    /** An array of finite numbers. Not modified. */
    public JsonWriter value(double[] xs) {
        beginArray();
        for (double x : xs) {
            value(x);
        }
        return endArray();
    }

    /** The document written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter close(char bracket) {
        empty.pop();
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (!empty.isEmpty()) {
            if (!empty.pop()) {
                out.append(',');
            }
            empty.push(false);
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
