package org.mlbyhand.grading;

/** Wraps an exception thrown by the learner's code, so it can be told apart from a wrong answer. */
final class LearnerCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LearnerCrash(Throwable cause) {
        super(cause.toString(), cause, false, false);
    }
}
