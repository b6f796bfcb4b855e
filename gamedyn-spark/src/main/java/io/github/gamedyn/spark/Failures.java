package io.github.gamedyn.spark;

/** The one line a failure reports. */
final class Failures {

    private Failures() {
    }

    /** The message of {@code e}, or a plain phrase when it has none. */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "a failure without a message" : m;
    }

    /**
     * The first line of the message of the deepest cause of {@code e} that has one: Spark wraps
     * the reason of a failed job in layers of its own, with stack traces in the message.
     */
    static String rootMessage(Throwable e) {
        String found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage();
            }
        }
        return found == null ? "a failure without a message" : found.lines().findFirst()
                .orElse(found).strip();
    }
}
