package io.github.gamedyn.plots.cli;

/**
 * JSON {@code true} and {@code false} through {@link io.github.gamedyn.core.json.JsonWriter},
 * which writes numbers, strings, objects and arrays only: {@link #of} gives a marker string to
 * write as a value, and {@link #resolve} turns the marked strings of a finished document into the
 * literals. The marker starts with a NUL character, which the writer escapes (as a six-character
 * escape) and which no command-line argument can contain, so no real string is mistaken for one.
 */
final class JsonBooleans {
    private static final String MARK = String.valueOf((char) 0);

    private JsonBooleans() {
    }

    /** The marker of {@code b}, to pass to {@code JsonWriter.value(String)}. */
    static String of(boolean b) {
        return MARK + b;
    }

    /** The document with every marked string replaced by its literal. */
    static String resolve(String document) {
        return document.replace("\"\\u0000true\"", "true").replace("\"\\u0000false\"", "false");
    }
}
