package org.mlbyhand.grading;

import org.mlbyhand.core.property.Case;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * Runs one check of one grader on one input against one implementation, guarding every call:
 * the stub's NotImplementedYet, exceptions, null results and modified inputs each become a distinct,
 * explained failure.
 */
final class Attempt<F> {
    private final Grader<F> grader;
    private final F target;
    private final Check check;
    private boolean notStarted;

    Attempt(Grader<F> grader, F target, Check check) {
        this.grader = grader;
        this.target = target;
        this.check = check;
    }

    boolean notStarted() {
        return notStarted;
    }

    /** Passes silently, or throws CheckFailure, LearnerCrash or GraderError. */
    void run(Case c) throws Exception {
        if (notStarted) {
            return;
        }
        switch (check.kind()) {
            case AGREES -> {
                Object expected = reference(c);
                Object actual = learner(c);
                String difference = Comparison.difference(grader.output(), expected, actual, check.tolerance());
                if (difference != null) {
                    throw new CheckFailure(difference, actual);
                }
            }
            case HOLDS -> holds(c);
            case REJECTS -> rejects(c);
        }
    }

    /**
     * Runs the invariant. The maintainers' suite proves every invariant holds for the reference, so an
     * exception thrown by the invariant's own code means the learner's result was malformed (a wrong
     * shape, say): that is the learner's failure, explained, not a grader error.
     */
    private void holds(Case c) throws Exception {
        try {
            check.invariant().check(c, input -> {
                Object result = learner(input);
                if (result == null) {
                    throw new CheckFailure("your code returned null.", null);
                }
                return result;
            });
        } catch (CheckFailure | LearnerCrash | NotImplementedYet | GraderError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CheckFailure("your result could not be checked: " + e.getMessage()
                    + ".\n  Is it the shape the exercise asks for?", null);
        }
    }

    /** The learner's result on a copy of c, after checking that the copy was not modified. */
    Object learner(Case c) {
        Case copy = c.copy();
        Object result;
        try {
            result = grader.call(target, copy);
        } catch (NotImplementedYet e) {
            notStarted = true;
            throw e;
        } catch (Throwable t) {
            throw new LearnerCrash(t);
        }
        String modified = copy.firstDifference(c);
        if (modified != null) {
            throw new CheckFailure("your code modified its input: " + modified + ".\n"
                    + "  Exercises must leave their arguments unchanged: work on a copy, or write into a new result.",
                    result);
        }
        return result;
    }

    private Object reference(Case c) {
        try {
            return grader.call(grader.reference(), c.copy());
        } catch (Throwable t) {
            throw new GraderError("the reference implementation failed on " + c, t);
        }
    }

    private void rejects(Case c) {
        Object result;
        try {
            result = grader.call(target, c.copy());
        } catch (NotImplementedYet e) {
            notStarted = true;
            throw e;
        } catch (Throwable t) {
            if (check.rejection().isInstance(t)) {
                return;
            }
            throw new CheckFailure("expected your code to throw " + check.rejection().getSimpleName()
                    + " (or a subclass) for this input, but it threw " + t + ".", null);
        }
        throw new CheckFailure("expected your code to throw " + check.rejection().getSimpleName()
                + " for this input, but it returned " + Values.describeType(result) + ".\n"
                + "  Bad input deserves a clear exception naming the problem, never a silent answer.", result);
    }
}
