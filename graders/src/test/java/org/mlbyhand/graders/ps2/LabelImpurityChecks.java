package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * What the two impurity graders share: the labellings they draw, the hand-picked cases, and the
 * invariants that need no reference (the impurity lies between 0 and its maximum; it depends on the
 * class proportions only, so repeating every row changes nothing).
 */
final class LabelImpurityChecks {
    /** n ∈ [1, 20] labels of 3 classes, k ∈ [3, 5]: the classes above 2 never have a row. */
    static final CaseGen LABELLINGS = CaseGen.create().dim("n", 1, 20).labels("y", "n", 3).integer("k", 3, 5);

    private LabelImpurityChecks() {
    }

    /** The case y, k. */
    static Case labels(int[] y, int k) {
        return Case.of("y", y, "k", k);
    }

    /** The impurity is within [0, max(k)], max given by the grader (1 − 1/k or log₂ k). */
    static Invariant bounded(String maximum, IntToDoubleFunction max) {
        return (c, run) -> {
            double v = number(run.on(c));
            int k = c.integer("k");
            double slack = Tolerance.ROUNDOFF.relative() * Math.max(1.0, max.applyAsDouble(k));
            Expect.that(v >= -slack && v <= max.applyAsDouble(k) + slack, "your impurity " + MatrixFormat.number(v)
                    + " is outside [0, " + maximum + "] = [0, " + MatrixFormat.number(max.applyAsDouble(k))
                    + "] for k = " + k + ".");
        };
    }

    /** Repeating every row (y followed by y again) keeps every proportion, so the impurity. */
    static void repeatedRows(Case c, Invariant.Run run) {
        double v = number(run.on(c));
        int[] y = c.labels("y");
        int[] twice = new int[2 * y.length];
        System.arraycopy(y, 0, twice, 0, y.length);
        System.arraycopy(y, 0, twice, y.length, y.length);
        double w = number(run.on(labels(twice, c.integer("k"))));
        // an impurity is a number of order 1: a pure node's 0 may come out as ±1e-17 in another form
        Expect.that(Math.abs(w - v) <= Tolerance.ROUNDOFF.relative() * Math.max(1.0, Math.abs(v)),
                "on y repeated twice, " + Arrays.toString(twice) + ", which has the same proportions, your"
                        + " impurity is " + MatrixFormat.number(w) + ", but on y it is " + MatrixFormat.number(v)
                        + "  (tolerance " + Tolerance.ROUNDOFF + ").");
    }

    private static double number(Object result) {
        Expect.that(result instanceof Double, "your code must return a double.");
        return (Double) result;
    }
}
