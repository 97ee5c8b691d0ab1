package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.BinaryScores;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.grading.Alternative;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Forbidden;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@code PrecisionRecallF1}: binary precision, recall and F1 with 1 the positive class and 0 for a
 * 0/0, against core's {@link ClassificationMetrics} (scikit-learn's {@code zero_division=0}). Each score
 * is a ratio of counts; F1 may be computed as 2·P·R/(P + R) or 2·TP/(2·TP + FP + FN), which differ by
 * rounding, hence {@link Tolerance#ROUNDOFF}. The hand-picked cases reach each of the three 0/0 rules.
 */
public final class PrecisionRecallF1Grader extends Grader<BiFunction<int[], int[], BinaryScores>> {
    private static final CaseGen LABELLINGS = CaseGen.create().dim("n", 1, 12)
            .labels("yTrue", "n", 2).labels("yPred", "n", 2);

    @Override
    public Exercise exercise() {
        return exercise(140, "prf", "Precision, recall and F1", 10);
    }

    @Override
    public BiFunction<int[], int[], BinaryScores> reference() {
        return ClassificationMetrics::binaryScores;
    }

    @Override
    public List<Bug<BiFunction<int[], int[], BinaryScores>>> bugs() {
        return PrecisionRecallF1Bugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<int[], int[], BinaryScores>>> alternatives() {
        return PrecisionRecallF1Alternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(ClassificationMetrics.class));
    }

    @Override
    public Object call(BiFunction<int[], int[], BinaryScores> scores, Case c) {
        return scores.apply(c.labels("yTrue"), c.labels("yPred"));
    }

    @Override
    public String output() {
        return "scores";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("TP = 3, FN = 1, FP = 2, TN = 2: precision = 3/5, recall = 3/4,"
                                + " F1 = 2·(3/5)·(3/4)/(3/5 + 3/4) = 2/3",
                        labelling(new int[] {1, 1, 1, 1, 0, 0, 0, 0}, new int[] {1, 1, 1, 0, 1, 1, 0, 0}),
                        Tolerance.ROUNDOFF)
                .agrees("nothing predicted positive: precision = 0/0, which is 0; recall = 0/1; F1 = 0",
                        labelling(new int[] {1, 0}, new int[] {0, 0}), Tolerance.ROUNDOFF)
                .agrees("no positive row: recall = 0/0, which is 0; precision = 0/1; F1 = 0",
                        labelling(new int[] {0, 0}, new int[] {1, 0}), Tolerance.ROUNDOFF)
                .agrees("every prediction wrong: P = 0/1, R = 0/1, so F1 = 0/0, which is 0",
                        labelling(new int[] {1, 0}, new int[] {0, 1}), Tolerance.ROUNDOFF)
                .agrees("all negative and all predicted negative: every ratio is 0/0, so 0",
                        labelling(new int[] {0, 0, 0}, new int[] {0, 0, 0}), Tolerance.ROUNDOFF)
                .agrees("a perfect prediction: precision = recall = F1 = 1",
                        labelling(new int[] {1, 0, 1}, new int[] {1, 0, 1}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random labellings", LABELLINGS, Tolerance.ROUNDOFF)
                .holds("F1 is the harmonic mean 2·P·R/(P + R) (0 if P + R = 0), between min(P, R) and max(P, R)",
                        LABELLINGS, PrecisionRecallF1Grader::harmonicMean)
                .holds("swapping yTrue and yPred swaps precision and recall and keeps F1", LABELLINGS,
                        PrecisionRecallF1Grader::swapSymmetry)
                .rejects("rejects arrays of different lengths: 3 and 2",
                        labelling(new int[] {1, 0, 1}, new int[] {1, 0}), ShapeMismatchException.class)
                .rejects("rejects empty arrays", labelling(new int[0], new int[0]), IllegalArgumentException.class)
                .rejects("rejects a label other than 0 or 1: yTrue = [1, 2]",
                        labelling(new int[] {1, 2}, new int[] {1, 0}), IllegalArgumentException.class)
                .rejects("rejects a label other than 0 or 1: yPred = [-1, 0]",
                        labelling(new int[] {1, 0}, new int[] {-1, 0}), IllegalArgumentException.class);
    }

    private static void harmonicMean(Case c, Invariant.Run run) {
        BinaryScores s = scores(run.on(c));
        double p = s.precision();
        double r = s.recall();
        double harmonic = p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
        Expect.close("F1 = 2·P·R/(P + R) with your P = " + p + " and R = " + r, harmonic, s.f1(), Tolerance.ROUNDOFF);
        double slack = Tolerance.ROUNDOFF.relative();
        Expect.that(s.f1() >= Math.min(p, r) - slack && s.f1() <= Math.max(p, r) + slack,
                "F1 = " + s.f1() + " is not between P = " + p + " and R = " + r + ": a mean of the two must be.");
    }

    private static void swapSymmetry(Case c, Invariant.Run run) {
        BinaryScores s = scores(run.on(c));
        BinaryScores swapped = scores(run.on(labelling(c.labels("yPred"), c.labels("yTrue"))));
        Expect.close("precision with yTrue and yPred swapped (your recall was " + s.recall() + ")",
                s.recall(), swapped.precision(), Tolerance.ROUNDOFF);
        Expect.close("recall with yTrue and yPred swapped (your precision was " + s.precision() + ")",
                s.precision(), swapped.recall(), Tolerance.ROUNDOFF);
        Expect.close("F1 with yTrue and yPred swapped (it was " + s.f1() + ")", s.f1(), swapped.f1(),
                Tolerance.ROUNDOFF);
    }

    private static BinaryScores scores(Object result) {
        Expect.that(result instanceof BinaryScores, "your code must return a BinaryScores(precision, recall, f1).");
        return (BinaryScores) result;
    }

    private static Case labelling(int[] yTrue, int[] yPred) {
        return Case.of("yTrue", yTrue, "yPred", yPred);
    }
}
