package org.mlbyhand.grading;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.Falsified;

/**
 * Writes the paragraph a learner reads when a check fails:
 * <pre>
 * PS0 · cholesky · matches the reference on random SPD matrices   FAILED
 *   input (shrunk from S 5×5; seed 1234, trial 3): S = [[4, 2], [2, 3]]
 *   at L[1][1]: expected 1.414213562, got 1.732050808  (0 digits agree; ...; tolerance 1e-09 relative (closed form))
 *   hint: ...
 * </pre>
 * The hint comes from the grader's list of classic bugs ({@link Hints}); a {@link Pattern} line is
 * shown only when the same pattern shows on a second failing input of another shape.
 */
final class FailureReport {
    /** System property: {@code -Dgrade.trace=full} shows complete stack traces instead of the learner's frames. */
    static final String TRACE_PROPERTY = "grade.trace";
    /** The longest input a report prints. */
    static final int MAX_INPUT = 1500;

    private FailureReport() {
    }

    /**
     * @param witness the failure on a second failing input of another shape, which a pattern must
     *                share to be shown (see {@link PatternWitness}), or null
     */
    static <F> Verdict verdict(Grader<F> grader, Check check, Falsified<Case> found, Attempt<F> attempt,
                               CheckFailure witness, int passed, int total) {
        Throwable failure = found.failure();
        Verdict.Status status = failure instanceof CheckFailure ? Verdict.Status.FAILED
                : failure instanceof LearnerCrash ? Verdict.Status.CRASHED : Verdict.Status.GRADER_ERROR;
        Exercise ex = grader.exercise();
        StringBuilder s = header(ex, check, status.label());
        s.append("  input").append(provenance(check, found, ex)).append(": ").append(cut(found.shrunk().toString()))
                .append('\n');
        if (!found.complete()) {
            s.append("  (shrinking stopped at the check's time limit: a smaller input may fail too)\n");
        }
        switch (status) {
            case FAILED -> {
                CheckFailure f = (CheckFailure) failure;
                s.append("  ").append(f.getMessage()).append('\n');
                if (f.pattern() != null && witness != null && f.pattern().sameAs(witness.pattern())) {
                    s.append("  pattern: ").append(f.pattern().sentence()).append('\n');
                }
            }
            case CRASHED -> s.append(Traces.describe(((LearnerCrash) failure).thrown()));
            default -> s.append("  internal grader error, not your fault: ").append(failure.getMessage())
                    .append('\n').append(Traces.full(failure));
        }
        List<String> hints = status == Verdict.Status.GRADER_ERROR ? List.of() : hint(grader, check, failure, attempt, found);
        appendHints(s, hints, hintLevel());
        s.append("  file: ").append(ex.stub());
        return new Verdict(ex, status, check.name(), s.toString(), passed, total);
    }

    /** The report of a call the sandbox stopped: which input, after how long, and what usually causes it. */
    static <F> Verdict stopped(Grader<F> grader, Check check, CallStopped stop, Attempt<F> attempt, Budget budget,
                               int passed, int total) {
        Exercise ex = grader.exercise();
        boolean timedOut = stop.reason() == CallStopped.Reason.TIMED_OUT;
        Verdict.Status status = timedOut ? Verdict.Status.TIMED_OUT : Verdict.Status.CRASHED;
        StringBuilder s = header(ex, check, timedOut ? "timed out" : "crashed");
        s.append("  input").append(check.trials() > 1 ? " (seed " + check.seed(ex) + ", trial " + attempt.inputs() + ")" : "")
                .append(": ").append(cut(stop.input().toString())).append('\n');
        String reference = " (the reference takes " + seconds(referenceTime(grader, stop.input())) + " on this input)";
        if (!timedOut) {
            s.append("  the grading process ended while your code ran on this input").append(stop.details()).append('\n');
        } else if (stop.lastProgress() != null) {
            s.append("  stopped after ").append(seconds(check.time(budget))).append(": ").append(stop.lastProgress())
                    .append('\n');
        } else if (attempt.calls() == 0) {
            s.append("  your code did not return within ").append(seconds(check.time(budget)))
                    .append(" on this input and was stopped").append(reference).append(".\n");
            s.append("  hint: look for a loop whose condition never becomes false (an index that never advances,\n"
                    + "  i++ on the wrong variable, a while without an update).\n");
        } else {
            s.append("  the check's ").append(seconds(check.time(budget))).append(" ran out: ").append(attempt.calls())
                    .append(attempt.calls() == 1 ? " call" : " calls").append(" of your code returned, taking ")
                    .append(seconds(attempt.meanCall())).append(attempt.calls() == 1 ? "" : " each on average")
                    .append("; the next was stopped after ").append(seconds(stop.running())).append(reference).append(".\n");
            s.append("  hint: your code finishes, but far too slowly: look for work repeated inside a loop (a copy\n"
                    + "  of a whole matrix, or a sum recomputed, for every entry).\n");
        }
        s.append("  file: ").append(ex.stub());
        return new Verdict(ex, status, check.name(), s.toString(), passed, total);
    }

    static StringBuilder header(Exercise ex, Check check, String status) {
        return new StringBuilder().append(ex.problemSet().toUpperCase(Locale.ROOT)).append(" · ").append(ex.name())
                .append(" · ").append(check.name()).append("   ").append(status.toUpperCase(Locale.ROOT)).append('\n');
    }

    /** System property: {@code -Dhint=more} shows the next hint of the matching bug, {@code -Dhint=N} the next N. */
    static final String HINT_PROPERTY = "hint";

    /** How many further hints to show: 0 unless {@code -Dhint=more} (1) or {@code -Dhint=N}. */
    static int hintLevel() {
        String level = System.getProperty(HINT_PROPERTY, "").trim();
        if (level.equalsIgnoreCase("more")) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(level));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Returns {@code report} (made with every hint: {@code -Dhint=} a large number) showing only the
     * first hint and {@code level} further ones, and saying how to ask for the next with {@code ask}.
     */
    static String withHintLevel(String report, int level, String ask) {
        StringBuilder s = new StringBuilder();
        int further = 0;
        boolean more = false;
        for (String line : report.split("\n", -1)) {
            if (line.startsWith("  next hint: ")) {
                if (further++ < level) {
                    s.append(line).append('\n');
                } else {
                    more = true;
                }
            } else if (line.startsWith("  (a further hint") || line.startsWith("  (no further hint")) {
                continue;
            } else {
                if (line.startsWith("  file: ") && (further > 0 || more)) {
                    s.append(more ? "  (a further hint: " + ask + ")\n" : "  (no further hint for this mistake)\n");
                }
                s.append(line).append('\n');
            }
        }
        return s.substring(0, s.length() - 1);
    }

    /** The first hint, then {@code level} further ones, saying when there are more or none. */
    static void appendHints(StringBuilder s, List<String> hints, int level) {
        if (hints.isEmpty()) {
            return;
        }
        s.append("  hint: ").append(hints.get(0)).append('\n');
        for (int k = 1; k <= level && k < hints.size(); k++) {
            s.append("  next hint: ").append(hints.get(k)).append('\n');
        }
        if (hints.size() > level + 1) {
            s.append("  (a further hint: add -Dhint=").append(level == 0 ? "more" : String.valueOf(level + 1)).append(")\n");
        } else if (level > 0) {
            s.append("  (no further hint for this mistake)\n");
        }
    }

    private static <F> List<String> hint(Grader<F> grader, Check check, Throwable failure, Attempt<F> attempt,
                                         Falsified<Case> found) {
        List<Observation> shrunk = observations(failure);
        List<Observation> original = found.shrinkSteps() > 0 && attempt.firstFailure() != null
                ? observations(attempt.firstFailure()) : null;
        Thrown crash = failure instanceof LearnerCrash ? ((LearnerCrash) failure).thrown() : null;
        return Hints.find(grader, check, shrunk, original, crash);
    }

    private static List<Observation> observations(Throwable failure) {
        return failure instanceof CheckFailure ? ((CheckFailure) failure).observations()
                : failure instanceof LearnerCrash ? ((LearnerCrash) failure).observations() : List.of();
    }

    private static Duration referenceTime(Grader<?> grader, Case input) {
        return referenceOutcome(grader, input).elapsed();
    }

    private static <F> Outcome referenceOutcome(Grader<F> grader, Case input) {
        return new LocalSubject<>(grader, grader.reference()).call(input, Long.MAX_VALUE);
    }

    /** "10 min", "2 min 10 s", "10 s", "3.1 s", "0.02 ms". */
    static String seconds(Duration d) {
        double s = d.toNanos() / 1e9;
        if (s >= 59.5) {
            long whole = Math.round(s);
            return whole / 60 + " min" + (whole % 60 == 0 ? "" : " " + whole % 60 + " s");
        }
        if (s >= 9.95 || s >= 1 && s == Math.rint(s)) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s >= 0.1) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        return String.format(Locale.ROOT, "%.2g ms", s * 1e3);
    }

    static String cut(String text) {
        return text.length() <= MAX_INPUT ? text
                : text.substring(0, MAX_INPUT) + "… (" + (text.length() - MAX_INPUT) + " more characters)";
    }

    private static String provenance(Check check, Falsified<Case> found, Exercise ex) {
        if (check.trials() == 1) {
            return "";
        }
        String from = found.shrinkSteps() > 0 ? "shrunk from " + found.original().shapes() + "; " : "";
        return " (" + from + "seed " + check.seed(ex) + ", trial " + found.trial() + ")";
    }
}
