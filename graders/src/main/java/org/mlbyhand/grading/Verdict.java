package org.mlbyhand.grading;

import java.io.Serializable;

/**
 * The outcome of grading one exercise: its status, the first failing check, and the report a learner
 * reads (one paragraph; empty when solved or not started).
 *
 * @param exercise     the exercise graded
 * @param status       solved, not started, or how it failed
 * @param check        the first check that did not pass (empty when solved)
 * @param report       the failure paragraph (empty when solved or not started)
 * @param checksPassed checks passed before the first failure
 * @param checksTotal  checks declared
 */
public record Verdict(Exercise exercise, Status status, String check, String report, int checksPassed,
                      int checksTotal) implements Serializable {

    /** How grading ended. */
    public enum Status {
        /** Every check passed. */
        SOLVED("solved"),
        /** The stub still throws NotImplementedYet. */
        NOT_STARTED("not started"),
        /** A result was wrong, null, mis-shaped, or an input was modified. */
        FAILED("failed"),
        /** The learner's code threw an exception. */
        CRASHED("crashed"),
        /** The learner's code did not return in time and was stopped. */
        TIMED_OUT("timed out"),
        /** The grading process itself failed: not the learner's fault. */
        GRADER_ERROR("grader error");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The word the scoreboard prints. */
        public String label() {
            return label;
        }
    }

    /** True when every check passed. */
    public boolean solved() {
        return status == Status.SOLVED;
    }

    /** One line for the scoreboard and the test runner: {@code "failed: matches the reference on random matrices"}. */
    public String summary() {
        return switch (status) {
            case SOLVED -> "solved (" + checksTotal + " checks)";
            case NOT_STARTED -> "not started";
            default -> status.label() + ": " + check;
        };
    }
}
