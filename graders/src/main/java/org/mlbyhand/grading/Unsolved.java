package org.mlbyhand.grading;

/**
 * The test failure for an exercise that is not solved yet. It carries one line (the scoreboard has
 * the details) and no stack trace, which would only point into the grading engine.
 */
public final class Unsolved extends AssertionError {
    private static final long serialVersionUID = 1L;

    /** Creates the failure for {@code verdict}. */
    public Unsolved(Verdict verdict) {
        this(verdict.exercise().problemSet() + " " + verdict.exercise().name() + ": " + verdict.line());
    }

    /** Creates the failure with one line of text. */
    public Unsolved(String line) {
        super(line);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
