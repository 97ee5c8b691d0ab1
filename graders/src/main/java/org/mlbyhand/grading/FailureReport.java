package org.mlbyhand.grading;

import java.util.Locale;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Falsified;

/**
 * Writes the paragraph a learner reads when a check fails:
 * <pre>
 * PS0 · cholesky · matches the reference on random SPD matrices   FAILED
 *   input (shrunk from S 5×5; seed 1234): S = [[4, 2], [2, 3]]
 *   at L[1][1]: expected 1.414213562, got 1.732050808  (0 digits agree; ...; tolerance 1e-09 relative (closed form))
 *   hint: ...
 * </pre>
 * The hint comes from the grader's list of classic bugs: when a bug gives the learner's answer on the
 * failing input, its hint is shown.
 */
final class FailureReport {
    /** System property: {@code -Dgrade.trace=full} shows complete stack traces instead of the learner's frames. */
    static final String TRACE_PROPERTY = "grade.trace";

    private FailureReport() {
    }

    static <F> Verdict verdict(Grader<F> grader, F target, Check check, Falsified<Case> found, int passed, int total) {
        Throwable failure = found.failure();
        Verdict.Status status = failure instanceof CheckFailure ? Verdict.Status.FAILED
                : failure instanceof LearnerCrash ? Verdict.Status.CRASHED : Verdict.Status.GRADER_ERROR;
        Exercise ex = grader.exercise();
        StringBuilder s = new StringBuilder();
        s.append(ex.problemSet().toUpperCase(Locale.ROOT)).append(" · ").append(ex.name()).append(" · ")
                .append(check.name()).append("   ").append(status.label().toUpperCase(Locale.ROOT)).append('\n');
        s.append("  input").append(provenance(check, found, ex)).append(": ").append(found.shrunk()).append('\n');
        switch (status) {
            case FAILED -> s.append("  ").append(failure.getMessage()).append('\n');
            case CRASHED -> s.append(Traces.describe(failure.getCause()));
            default -> s.append("  internal grader error, not your fault: ").append(failure.getMessage())
                    .append('\n').append(Traces.full(failure));
        }
        String hint = status == Verdict.Status.GRADER_ERROR ? null : Hints.find(grader, target, found.shrunk(), failure);
        if (hint != null) {
            s.append("  hint: ").append(hint).append('\n');
        }
        s.append("  file: ").append(ex.stub());
        return new Verdict(ex, status, check.name(), s.toString(), passed, total);
    }

    private static String provenance(Check check, Falsified<Case> found, Exercise ex) {
        if (check.trials() == 1) {
            return "";
        }
        String from = found.shrinkSteps() > 0 ? "shrunk from " + found.original().shapes() + "; " : "";
        return " (" + from + "seed " + check.seed(ex) + ", trial " + found.trial() + ")";
    }
}
