package org.mlbyhand.grading;

import java.util.List;
import org.mlbyhand.core.property.Case;

/**
 * The grader of one exercise: who it is, the learner's code, the reference, the classic bugs, how to
 * call the code on a {@link Case}, and the checks. The engine ({@link Grading}) does the rest:
 * seeded inputs, shrinking, sandboxing, comparison, hints and the report.
 *
 * <p>A grader has a public no-argument constructor (the sandbox creates it by name) and declares
 * three kinds of check: agreement with the reference, an invariant that needs no reference, and edge
 * cases.
 *
 * @param <F> the exercise's function type, for example {@code BinaryOperator<Matrix>}
 */
public abstract class Grader<F> {

    /** Returns the exercise this grader grades. */
    public abstract Exercise exercise();

    /** Returns the learner's implementation, from the {@code exercises} module. */
    public abstract F learner();

    /** Returns the reference implementation, built from {@code core}. */
    public abstract F reference();

    /** Returns the classic mistakes; the maintainers' suite checks that each is rejected (at least three). */
    public abstract List<Bug<F>> bugs();

    /**
     * Returns correct solutions written differently from the reference; the maintainers' suite checks
     * that each is solved (at least two).
     */
    public List<Alternative<F>> alternatives() {
        return List.of();
    }

    /**
     * Returns the parts of {@code core} this exercise asks the learner to write (its reference, at
     * least); a learner's code that refers to one is refused before it runs.
     */
    public List<Forbidden> forbidden() {
        return List.of();
    }

    /** Calls {@code f} on the arguments of {@code c} and returns its result. */
    public abstract Object call(F f, Case c) throws Exception;

    /** Declares the checks, in the order they run; the first that fails is reported. */
    public abstract void declare(Checks checks);

    /**
     * Returns what grading this exercise may spend: {@link Budget#QUICK} unless overridden (a training
     * exercise asks for more time, heap, or the optimising JIT).
     */
    public Budget budget() {
        return Budget.QUICK;
    }

    /** The name of the result in failure messages, {@code "C"} in {@code C[1][0]}; "result" unless overridden. */
    public String output() {
        return "result";
    }
}
