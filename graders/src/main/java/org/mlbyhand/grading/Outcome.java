package org.mlbyhand.grading;

import java.time.Duration;

/**
 * What one call of an implementation did on one input: the result it returned, or what it threw;
 * whether it modified its input; how long it took.
 *
 * @param result   the value returned (null when it threw, or when it returned null)
 * @param thrown   what it threw, or null
 * @param modified the first change it made to its input ({@code "A[0][1] was 2, now 3"}), or null
 * @param elapsed  the call's duration
 */
public record Outcome(Object result, Thrown thrown, String modified, Duration elapsed) {

    /** True when the call threw the stub's NotImplementedYet. */
    public boolean notImplemented() {
        return thrown != null && thrown.notImplemented();
    }
}
