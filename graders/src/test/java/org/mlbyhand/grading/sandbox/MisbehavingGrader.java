package org.mlbyhand.grading.sandbox;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Tolerance;

/**
 * A grader of "return a copy of A" whose bugs misbehave the ways learner code can while the grading
 * JVM survives. (Bugs that loop or exit are in {@link RunawayGrader}: a grader's own bug list is run
 * to find hints, so it must always return.)
 */
public class MisbehavingGrader extends Grader<UnaryOperator<Matrix>> {
    static final String THROWS = "throws";
    static final String NULL = "returns null";
    static final String NAN = "returns NaN";
    static final String MUTATES = "modifies its input";
    static final String PRINTS = "prints while computing the right answer";
    static final String TAMPERS = "changes the state the reference reads, then returns what the reference would";
    /**
     * State the reference reads: 1, so the reference is a copy. In the engine's first design the
     * reference ran in the same process as the learner's code, which could set this to 42 and agree
     * with a "reference" that multiplies by 42; now the reference runs in the grading process.
     */
    static double referenceScale = 1.0;

    @Override
    public Exercise exercise() {
        return new Exercise("test", "copy", "Copy a matrix", 1, "none");
    }

    @Override
    public UnaryOperator<Matrix> reference() {
        return A -> A.map(a -> a * referenceScale);
    }

    @Override
    public List<Bug<UnaryOperator<Matrix>>> bugs() {
        return List.of(
                new Bug<>(THROWS, "", A -> Matrix.zeros(A.rows(), A.cols() + (int) A.get(A.rows(), 0))),
                new Bug<>(NULL, "", A -> null),
                new Bug<>(NAN, "", A -> A.map(a -> Double.NaN)),
                new Bug<>(MUTATES, "", A -> {
                    Matrix copy = A.copy();
                    A.set(0, 0, 42);
                    return copy;
                }),
                new Bug<>(PRINTS, "", A -> {
                    System.out.println("VERDICT this line must not confuse the sandbox");
                    System.out.println("CHECK nor this one");
                    return A.copy();
                }),
                new Bug<>(TAMPERS, "", A -> {
                    referenceScale = 42;
                    return A.map(a -> a * 42);
                }));
    }

    @Override
    public Object call(UnaryOperator<Matrix> f, Case c) {
        return f.apply(c.matrix("A"));
    }

    @Override
    public String output() {
        return "B";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("returns a copy", CaseGen.create().dim("m", 1, 4).dim("n", 1, 4).matrix("A", "m", "n"),
                Tolerance.EXACT);
    }
}
