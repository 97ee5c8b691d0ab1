package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;

/**
 * Chooses the hint for a failure. First choice: a classic bug of this exercise that gives exactly the
 * learner's answer (or throws the same exception) on the failing input. Otherwise, for a crash, what
 * that kind of exception usually means.
 */
final class Hints {
    private Hints() {
    }

    static <F> String find(Grader<F> grader, F target, Case input, Throwable failure) {
        Outcome learner = Outcome.of(grader, target, input);
        Outcome reference = Outcome.of(grader, grader.reference(), input);
        for (Bug<F> bug : grader.bugs()) {
            if (bug.hint().isBlank()) {
                continue;
            }
            Outcome buggy = Outcome.of(grader, bug.implementation(), input);
            // A bug that gives the right answer on this input says nothing about the learner's mistake.
            if (!buggy.sameAs(reference, grader.output()) && learner.sameAs(buggy, grader.output())) {
                return bug.hint();
            }
        }
        return failure instanceof LearnerCrash ? forException(failure.getCause()) : null;
    }

    /** What an exception thrown by learner code usually means. */
    static String forException(Throwable t) {
        if (t instanceof ArrayIndexOutOfBoundsException || t instanceof IndexOutOfBoundsException) {
            return "an index went past the end. Compare each loop bound with the shape it walks (i < rows, not i <= rows),"
                    + " and check which dimension each index belongs to.";
        }
        if (t instanceof NullPointerException) {
            return "something was null: did you create the result (Matrix.zeros(...), new double[n]) before filling it?";
        }
        if (t instanceof StackOverflowError) {
            return "a recursion never reached its base case.";
        }
        if (t instanceof OutOfMemoryError) {
            return "your code allocated far more memory than the problem needs: is something allocated inside a loop"
                    + " that never ends?";
        }
        if (t instanceof ArithmeticException) {
            return "integer arithmetic failed (division by zero?): use double for the math.";
        }
        return null;
    }

    /** What an implementation did on one input: its result or the class of what it threw, and whether it modified the input. */
    private record Outcome(Object result, Class<?> thrown, boolean modified) {
        static <F> Outcome of(Grader<F> grader, F f, Case input) {
            Case copy = input.copy();
            try {
                Object result = grader.call(f, copy);
                return new Outcome(result, null, copy.firstDifference(input) != null);
            } catch (Throwable t) {
                return new Outcome(null, t.getClass(), copy.firstDifference(input) != null);
            }
        }

        boolean sameAs(Outcome other, String output) {
            if (modified != other.modified) {
                return false;
            }
            if (thrown != null || other.thrown != null) {
                return thrown == other.thrown;
            }
            return result != null && other.result != null
                    && Comparison.difference(output, other.result, result, Tolerance.ROUNDOFF) == null;
        }
    }
}
