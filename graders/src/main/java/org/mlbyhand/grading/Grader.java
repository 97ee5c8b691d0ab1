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

    /** Returns the exercise this grader grades: usually {@code exercise(order, name, title, points)}. */
    public abstract Exercise exercise();

    /**
     * Returns the exercise of this grader, deriving the rest from where the grader lives: the problem
     * set is its package's last part ({@code ps0}), and the stub is the class of the exercises module
     * named as the grader without "Grader" ({@code org.mlbyhand.graders.ps0.MatrixMultiplyGrader} grades
     * {@code org.mlbyhand.exercises.ps0.MatrixMultiply}).
     *
     * @param order  its place in the problem set (smaller first; gaps of 10 leave room)
     * @param name   the short name {@code -Dexercise=} takes, at most {@value Scoreboard#NAME_WIDTH} characters
     * @param title  the scoreboard's title, at most {@value Scoreboard#TITLE_WIDTH} characters
     * @param points what solving it is worth
     */
    protected final Exercise exercise(int order, String name, String title, int points) {
        String graderClass = getClass().getName();
        String pkg = graderClass.substring(0, graderClass.lastIndexOf('.'));
        String simple = getClass().getSimpleName();
        if (!simple.endsWith("Grader") || !pkg.contains(".graders.")) {
            throw new IllegalStateException(graderClass + " must be named NameGrader and live in a graders package");
        }
        String stubClass = pkg.replace(".graders.", ".exercises.") + "."
                + simple.substring(0, simple.length() - "Grader".length());
        return new Exercise(pkg.substring(pkg.lastIndexOf('.') + 1), order, name, title, points,
                Exercise.stubOf(stubClass));
    }

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
