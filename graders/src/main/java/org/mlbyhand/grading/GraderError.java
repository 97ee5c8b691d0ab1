package org.mlbyhand.grading;

/** The reference or the grader itself failed: a bug for the maintainers, never the learner's fault. */
final class GraderError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GraderError(String message, Throwable cause) {
        super(message, cause);
    }
}
