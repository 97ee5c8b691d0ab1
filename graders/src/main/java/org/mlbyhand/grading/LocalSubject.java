package org.mlbyhand.grading;

import java.time.Duration;
import org.mlbyhand.core.property.Case;

/**
 * An implementation called in this process: the reference, a classic bug, a correct alternative.
 * These are the maintainers' own code and always return; the learner's code runs in the sandbox.
 */
public final class LocalSubject<F> implements Subject {
    private final Grader<F> grader;
    private final F implementation;

    /** Calls {@code implementation} through {@code grader}'s {@link Grader#call}. */
    public LocalSubject(Grader<F> grader, F implementation) {
        this.grader = grader;
        this.implementation = implementation;
    }

    @Override
    public Outcome call(Case input, long deadline) {
        Case copy = input.copy();
        long start = System.nanoTime();
        Object result = null;
        Thrown thrown = null;
        try {
            result = grader.call(implementation, copy);
        } catch (Throwable t) {
            thrown = Thrown.of(t);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(result, thrown, copy.firstDifference(input), elapsed);
    }
}
