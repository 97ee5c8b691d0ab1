package org.mlbyhand.grading;

import java.util.List;

/**
 * Thrown when the learner's result is wrong: a value differs, a shape is off, an input was modified,
 * or null was returned. The engine attaches the calls of the learner's code that led to it, so the
 * hint search can run the classic bugs on exactly those inputs, and the {@link Pattern} of the
 * difference, which the report shows only if the same pattern shows on a second failing input.
 */
public final class CheckFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Pattern pattern;
    private final transient List<Observation> observations;

    /** Creates a failure whose {@code message} is one or more lines describing what is wrong. */
    public CheckFailure(String message) {
        this(message, null, List.of());
    }

    CheckFailure(String message, Pattern pattern, List<Observation> observations) {
        super(message, null, false, false);
        this.pattern = pattern;
        this.observations = List.copyOf(observations);
    }

    /** The pattern of the wrong result, or null. */
    Pattern pattern() {
        return pattern;
    }

    /** The calls of the learner's code the check made before it failed. */
    List<Observation> observations() {
        return observations;
    }

    /** This failure, carrying {@code calls}. */
    CheckFailure with(List<Observation> calls) {
        return new CheckFailure(getMessage(), pattern, calls);
    }
}
