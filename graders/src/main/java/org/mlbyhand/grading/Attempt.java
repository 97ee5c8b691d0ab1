package org.mlbyhand.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.mlbyhand.core.property.Case;

/**
 * Runs one check of one grader on one input against the subject being graded, guarding every call:
 * the stub's NotImplementedYet, exceptions, null results and modified inputs each become a distinct,
 * explained failure. The reference runs in this process; the subject may run in a sandbox. Every call
 * of the subject is kept as an {@link Observation}, and a failure carries the observations of its
 * input.
 */
final class Attempt<F> {
    /** A stub's message (this package has a Pattern of its own). */
    private static final java.util.regex.Pattern STUB_MESSAGE = java.util.regex.Pattern.compile("ps\\d+ (\\S+): not implemented yet");

    private final Grader<F> grader;
    private final Subject subject;
    private final Check check;
    private final long deadline;
    private final LocalSubject<F> reference;
    private List<Observation> current = new ArrayList<>();
    private RuntimeException firstFailure;
    private int inputs;
    private int calls;
    private long callNanos;

    Attempt(Grader<F> grader, Subject subject, Check check, long deadline) {
        this.grader = grader;
        this.subject = subject;
        this.check = check;
        this.deadline = deadline;
        this.reference = new LocalSubject<>(grader, grader.reference());
    }

    /** The failure on the first failing input (before shrinking), or null. */
    RuntimeException firstFailure() {
        return firstFailure;
    }

    /** How many inputs the check has run so far (the trial number, until shrinking starts). */
    int inputs() {
        return inputs;
    }

    /** How many calls of the subject returned. */
    int calls() {
        return calls;
    }

    /** The mean duration of the calls that returned. */
    Duration meanCall() {
        return calls == 0 ? Duration.ZERO : Duration.ofNanos(callNanos / calls);
    }

    /** Passes silently, or throws CheckFailure, LearnerCrash, GraderError, NotStarted or CallStopped. */
    void run(Case c) {
        inputs++;
        current = new ArrayList<>();
        try {
            switch (check.kind()) {
                case AGREES -> agrees(c);
                case HOLDS -> holds(c);
                case REJECTS -> rejects(c);
            }
        } catch (CheckFailure | LearnerCrash e) {
            if (firstFailure == null) {
                firstFailure = e;
            }
            throw e;
        }
    }

    private void agrees(Case c) {
        Object expected = reference(c);
        Object actual = learner(c);
        Equivalence.Judgement j = check.equivalence().judge(grader.output(), expected, actual, magnitude(c));
        if (!j.accepted()) {
            throw new CheckFailure(j.difference().text(), j.difference().pattern(), current);
        }
    }

    /**
     * Runs the invariant. The maintainers' suite proves every invariant holds for the reference, so an
     * exception thrown by the invariant's own code means the learner's result was malformed (a wrong
     * shape, say): that is the learner's failure, explained, not a grader error.
     */
    private void holds(Case c) {
        try {
            check.invariant().check(c, input -> {
                Object result = learner(input);
                if (result == null) {
                    throw new CheckFailure("your code returned null.", null, current);
                }
                return result;
            });
        } catch (CheckFailure e) {
            throw e.with(current);
        } catch (LearnerCrash | NotStarted | CallStopped | GraderError e) {
            throw e;
        } catch (Exception e) {
            throw new CheckFailure("your result could not be checked: " + e.getMessage() + ".\n"
                    + "  Is it the shape the exercise asks for?", null, current);
        }
    }

    private void rejects(Case c) {
        Outcome o = call(c);
        Class<? extends Throwable> expected = check.rejection();
        if (o.thrown() == null) {
            throw new CheckFailure("expected your code to throw " + expected.getSimpleName()
                    + " for this input, but it returned " + Values.describeType(o.result()) + ".\n"
                    + "  Bad input deserves a clear exception naming the problem, never a silent answer.", null, current);
        }
        if (!o.thrown().is(expected)) {
            throw new CheckFailure("expected your code to throw " + expected.getSimpleName()
                    + " (or a subclass) for this input, but it threw " + o.thrown() + ".", null, current);
        }
    }

    /** The learner's result on c, after checking that it returned and left c unchanged. */
    private Object learner(Case c) {
        Outcome o = call(c);
        if (o.thrown() != null) {
            throw new LearnerCrash(o.thrown(), current);
        }
        if (o.modified() != null) {
            throw new CheckFailure("your code modified its input: " + o.modified() + ".\n"
                    + "  Exercises must leave their arguments unchanged: work on a copy, or write into a new result.",
                    null, current);
        }
        return o.result();
    }

    /** Calls the subject on c and keeps the observation; ends the search if the stub is not started. */
    private Outcome call(Case c) {
        Outcome o = subject.call(c, deadline);
        calls++;
        callNanos += o.elapsed().toNanos();
        current.add(new Observation(c, o));
        if (o.notImplemented()) {
            String elsewhere = anotherStub(o.thrown());
            if (elsewhere != null) {
                throw new CheckFailure("your code calls " + elsewhere + ", which is another exercise's stub: it still throws "
                        + "NotImplementedYet (\"" + o.thrown().message() + "\").\n"
                        + "  Solve that exercise first" + command(o.thrown().message()) + ", or write that step here yourself.",
                        null, current);
            }
            throw new NotStarted(o.thrown().message());
        }
        return o;
    }

    /**
     * The method that threw NotImplementedYet, {@code "ViolatingPair.select"}, when it is not in this
     * exercise's own stub (the learner's code called an earlier exercise that is still a stub); null
     * when this exercise's stub threw it (not started).
     */
    private String anotherStub(Thrown notImplemented) {
        if (notImplemented.frames().isEmpty()) {
            return null;
        }
        StackTraceElement thrower = notImplemented.frames().get(0);
        String own = grader.exercise().stubClass();
        if (thrower.getClassName().equals(own) || thrower.getClassName().startsWith(own + "$")) {
            return null;
        }
        String simple = thrower.getClassName().substring(thrower.getClassName().lastIndexOf('.') + 1);
        return simple + "." + thrower.getMethodName();
    }

    /** " (./mvnw test -Dexercise=NAME)" for a stub's message "psN NAME: not implemented yet", else "". */
    private static String command(String message) {
        Matcher m = STUB_MESSAGE.matcher(message == null ? "" : message);
        return m.matches() ? " (./mvnw test -Dexercise=" + m.group(1) + ")" : "";
    }

    private Object reference(Case c) {
        Outcome o = reference.call(c, Long.MAX_VALUE);
        if (o.thrown() != null) {
            throw new GraderError("the reference implementation failed on " + c + ": " + o.thrown(), null);
        }
        return o.result();
    }

    /** The largest |x| over the inputs: the comparison's scale when the expected result is all zeros. */
    private static double magnitude(Case c) {
        double m = 0.0;
        for (Case.Arg a : c.arguments()) {
            m = Math.max(m, Values.maxAbs(a.value()));
        }
        return m;
    }
}
