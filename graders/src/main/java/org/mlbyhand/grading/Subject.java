package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;

/**
 * The implementation being graded, as the engine calls it: in this process for trusted code (the
 * reference, the classic bugs, the correct alternatives), or in a sandbox process for the learner's
 * code. The engine only ever sees {@link Outcome}s, so the verdict is reached the same way for both.
 */
public interface Subject extends AutoCloseable {

    /**
     * Calls the implementation on a copy of {@code input} and returns what it did.
     *
     * @param input    the arguments (not modified)
     * @param deadline {@link System#nanoTime()} by which the call must have returned; a sandbox stops
     *                 the code at that time and throws a {@link org.mlbyhand.core.property.StopSearch}
     */
    Outcome call(Case input, long deadline);

    /** Releases what the subject holds (a sandbox process); nothing by default. */
    @Override
    default void close() {
    }
}
