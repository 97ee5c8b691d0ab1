package org.mlbyhand.grading;

/**
 * The outcome of grading one exercise: its status, the first failing check, and the report a learner
 * reads (one paragraph; empty when solved or not started).
 *
 * @param exercise     the exercise graded
 * @param status       solved, not started, or how it failed
 * @param check        the first check that did not pass (empty when solved)
 * @param report       the failure paragraph (empty when solved; the stub's message when not started)
 * @param checksPassed checks passed before the first failure
 * @param checksTotal  checks declared
 */
public record Verdict(Exercise exercise, Status status, String check, String report, int checksPassed,
                      int checksTotal) {

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
        /** The learner's file does not compile. */
        COMPILE_ERROR("does not compile"),
        /**
         * The learner's code was not run: it uses what the exercise asks the learner to write (core's
         * reference, reflection), or it changed the grading files.
         */
        REFUSED("refused"),
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

    /**
     * The scoreboard's short status, at most {@value #SUMMARY_WIDTH} characters: {@code "solved"},
     * {@code "failed check 3/7"}, {@code "does not compile"}.
     */
    public String summary() {
        return switch (status) {
            case SOLVED, NOT_STARTED, COMPILE_ERROR, REFUSED, GRADER_ERROR -> status.label();
            default -> {
                if (checksTotal == 0) {
                    yield status.label();
                }
                String at = (checksPassed + 1) + "/" + checksTotal;
                String full = status.label() + " check " + at;
                yield full.length() <= SUMMARY_WIDTH ? full : status.label() + " " + at;
            }
        };
    }

    /** One line for the test runner: {@code "failed: matches the reference on random matrices"}. */
    public String line() {
        return switch (status) {
            case SOLVED, NOT_STARTED, COMPILE_ERROR -> status.label();
            default -> check.isEmpty() ? status.label() : status.label() + ": " + check;
        };
    }

    /** The widest {@link #summary()}. */
    public static final int SUMMARY_WIDTH = 19;
}
