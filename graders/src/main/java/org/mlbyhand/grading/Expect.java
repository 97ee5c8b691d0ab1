package org.mlbyhand.grading;

/** Assertions for {@link Invariant}s; each failure is a {@link CheckFailure} with a readable message. */
public final class Expect {
    private Expect() {
    }

    /**
     * Demands that {@code actual} equals {@code expected} within {@code tolerance}, on the scale of the
     * whole expected value.
     *
     * @param what what is compared, as the learner would write it: {@code "L·Lᵀ"}
     */
    public static void close(String what, Object expected, Object actual, Tolerance tolerance) {
        Difference difference = Comparison.compare(what, expected, actual, tolerance, 0.0);
        if (difference != null) {
            throw new CheckFailure(difference.text(), difference.pattern(), java.util.List.of());
        }
    }

    /** Demands that {@code condition} holds; otherwise fails with {@code message}. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new CheckFailure(message);
        }
    }
}
