package org.mlbyhand.grading;

/**
 * The test failure for an exercise that is not solved yet. It carries one line (the scoreboard has
 * the details) and no stack trace, which would only point into the grading engine.
 */
public final class Unsolved extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** Creates the failure for {@code verdict}. */
    public Unsolved(Verdict verdict) {
        super(verdict.exercise().problemSet() + " " + verdict.exercise().name() + ": " + verdict.summary());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
