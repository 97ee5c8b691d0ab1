package org.mlbyhand.grading;

/**
 * Thrown when the learner's result is wrong: a value differs, a shape is off, an input was modified,
 * or null was returned. It carries the learner's result so the engine can look for a known bug that
 * gives the same result.
 */
public final class CheckFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object actual;

    /** Creates a failure whose {@code message} is one or more lines describing what is wrong. */
    public CheckFailure(String message, Object actual) {
        super(message, null, false, false);
        this.actual = actual;
    }

    /** The learner's result on the failing input (may be null). */
    public Object actual() {
        return actual;
    }
}
