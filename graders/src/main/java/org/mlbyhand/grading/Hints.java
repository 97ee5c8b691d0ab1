package org.mlbyhand.grading;

import java.util.List;

/**
 * Chooses the hint for a failure. A classic bug's hint is shown only when that bug is the learner's
 * mistake as far as the evidence goes:
 * <ol>
 *   <li>on every input the check ran on the failing case (for an invariant, each input it called the
 *       code with), the bug does exactly what the learner's code did: the same result to round-off,
 *       or the same exception class, and the same "modified its input" or not;</li>
 *   <li>on at least one of them the bug does not do what the reference does (a bug that gives the
 *       right answer there says nothing about the learner's mistake);</li>
 *   <li>when the failing case was shrunk, on the original failing input too the learner's answer is
 *       far closer to the bug's than to the reference's.</li>
 * </ol>
 * The first bug in the grader's list that qualifies wins, with its further hints; the search stops
 * after {@link #BUDGET}. Otherwise, for a crash, what that kind of exception usually means.
 */
final class Hints {
    /** On the unshrunk input, the learner must be this much closer to the bug than to the reference. */
    private static final double RESEMBLANCE = 1e-3;
    /** The most time the search may take: bugs are tried in order until one fits or the time is up. */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(2);

    private Hints() {
    }

    /**
     * @param shrunk   the learner's calls on the reported (shrunk) input
     * @param original the learner's calls on the first failing input, or null when it was not shrunk
     */
    static <F> List<String> find(Grader<F> grader, Check check, List<Observation> shrunk, List<Observation> original,
                                 Thrown crash) {
        Equivalence sameness = sameness(check);
        LocalSubject<F> reference = new LocalSubject<>(grader, grader.reference());
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (Bug<F> bug : grader.bugs()) {
            if (System.nanoTime() > deadline) {
                break;
            }
            if (bug.hint().isBlank() || shrunk.isEmpty()) {
                continue;
            }
            LocalSubject<F> buggy = new LocalSubject<>(grader, bug.implementation());
            if (explains(buggy, reference, shrunk, grader.output(), sameness)
                    && (original == null || resembles(buggy, reference, original))) {
                return bug.hints();
            }
        }
        String general = crash != null ? forException(crash) : null;
        return general == null ? List.of() : List.of(general);
    }

    /**
     * When two outcomes count as the same: for an agreement check, under its equivalence (never stricter
     * than round-off); for an invariant or a rejection, to round-off.
     */
    private static Equivalence sameness(Check check) {
        if (check.kind() != Check.Kind.AGREES) {
            return Equivalence.within(Tolerance.ROUNDOFF);
        }
        if (check.equivalence() instanceof Equivalence.Within) {
            Tolerance t = check.tolerance();
            return t.relative() >= Tolerance.ROUNDOFF.relative() ? check.equivalence()
                    : Equivalence.within(Tolerance.ROUNDOFF);
        }
        return check.equivalence();
    }

    private static boolean explains(Subject bug, Subject reference, List<Observation> calls, String output,
                                    Equivalence sameness) {
        boolean wrongSomewhere = false;
        for (Observation o : calls) {
            Outcome b = bug.call(o.input(), Long.MAX_VALUE);
            if (!same(b, o.outcome(), output, sameness)) {
                return false;
            }
            wrongSomewhere |= !same(b, reference.call(o.input(), Long.MAX_VALUE), output, sameness);
        }
        return wrongSomewhere;
    }

    private static boolean resembles(Subject bug, Subject reference, List<Observation> calls) {
        for (Observation o : calls) {
            Outcome learner = o.outcome();
            Outcome b = bug.call(o.input(), Long.MAX_VALUE);
            if ((learner.thrown() == null) != (b.thrown() == null) || (learner.modified() == null) != (b.modified() == null)) {
                return false;
            }
            if (learner.thrown() != null) {
                if (!sameThrow(learner.thrown(), b.thrown())) {
                    return false;
                }
                continue;
            }
            double toBug = Comparison.distance(b.result(), learner.result());
            double toReference = Comparison.distance(reference.call(o.input(), Long.MAX_VALUE).result(), learner.result());
            if (toBug > Tolerance.ROUNDOFF.relative() && toBug > RESEMBLANCE * toReference) {
                return false;
            }
        }
        return true;
    }

    /** The same result under {@code sameness} (or both null), or the same exception class; and the same "modified" or not. */
    private static boolean same(Outcome a, Outcome b, String output, Equivalence sameness) {
        if ((a.modified() == null) != (b.modified() == null)) {
            return false;
        }
        if (a.thrown() != null || b.thrown() != null) {
            return a.thrown() != null && b.thrown() != null && sameThrow(a.thrown(), b.thrown());
        }
        if (a.result() == null || b.result() == null) {
            return a.result() == b.result();
        }
        return sameness.judge(output, b.result(), a.result(), 0.0).accepted();
    }

    /**
     * The same exception class; for the JVM's own exceptions ("Index 5 out of bounds for length 5",
     * "/ by zero"), whose messages any code gets alike for the same mistake, the same message too, so a
     * bug that always overruns an array does not claim every other overrun.
     */
    private static boolean sameThrow(Thrown a, Thrown b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        boolean jvm = a.is(IndexOutOfBoundsException.class) || a.is(ArithmeticException.class)
                && a.type().startsWith("java.") || a.is(NegativeArraySizeException.class)
                || a.is(NullPointerException.class) || a.is(ClassCastException.class);
        return !jvm || java.util.Objects.equals(a.message(), b.message());
    }

    /** What an exception thrown by learner code usually means. */
    static String forException(Thrown t) {
        if (t.is(IndexOutOfBoundsException.class)) {
            return "an index went past the end. Compare each loop bound with the shape it walks (i < rows, not i <= rows),"
                    + " and check which dimension each index belongs to.";
        }
        if (t.is(NullPointerException.class)) {
            return "something was null: did you create the result (Matrix.zeros(...), new double[n]) before filling it?";
        }
        if (t.is(StackOverflowError.class)) {
            return "a recursion never reached its base case.";
        }
        if (t.is(OutOfMemoryError.class)) {
            return "your code allocated far more memory than the problem needs: is something allocated inside a loop"
                    + " that never ends?";
        }
        if (t.is(ArithmeticException.class)) {
            return "integer arithmetic failed (division by zero?): use double for the math.";
        }
        return null;
    }
}
