package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.RocAuc;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.random.Rng;
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
 * Grades {@code AreaUnderRoc}: the ROC AUC, P(positive scores above negative) + ½·P(tie), against core's
 * {@link RocAuc#rocAucScore} (scikit-learn's {@code roc_auc_score}). Scores are compared as numbers:
 * equal ones (−0.0 and 0.0 included) tie, and any two that differ, even in the last bit, do not; the
 * hand-picked cases test both. The random cases draw scores from a few values, so most have ties; one
 * set draws them a few subnormal ulps apart, another has 32 to 300 rows, where {@code Arrays.sort}
 * checks its comparator's contract. The answer is a ratio of counts, exact as one division but possibly
 * summed as trapezoids in floating point, hence {@link Tolerance#ROUNDOFF}.
 *
 * <p>The report prints scores with 10 significant digits, so 0.5 and Math.nextUp(0.5) both read 0.5 in
 * the input line; the check that uses them names them in full.
 */
public final class AreaUnderRocGrader extends Grader<BiFunction<int[], double[], Double>> {
    private static final CaseGen SCORES = scores(2, 10, rng -> rng.nextInt(4) / 4.0);
    /** Scores that differ in the last bits only, and print differently: k times the smallest double. */
    private static final CaseGen NEAR_TIES = scores(2, 10, rng -> rng.nextInt(4) * Double.MIN_VALUE);
    /** Enough rows for Arrays.sort to merge runs, where it checks its comparator's contract. */
    private static final CaseGen MANY_ROWS = scores(32, 300, rng -> rng.nextInt(8) / 8.0);

    @Override
    public Exercise exercise() {
        return exercise(150, "roc-auc", "Area under the ROC curve", 15);
    }

    @Override
    public BiFunction<int[], double[], Double> reference() {
        return RocAuc::rocAucScore;
    }

    @Override
    public List<Bug<BiFunction<int[], double[], Double>>> bugs() {
        return AreaUnderRocBugs.ALL;
    }

    @Override
    public List<Alternative<BiFunction<int[], double[], Double>>> alternatives() {
        return AreaUnderRocAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(RocAuc.class));
    }

    @Override
    public Object call(BiFunction<int[], double[], Double> auc, Case c) {
        return auc.apply(c.labels("yTrue"), c.vector("score"));
    }

    @Override
    public String output() {
        return "AUC";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("no ties: y = [0, 1, 0, 1, 1, 0], s = [0.3, 0.9, 0.8, 0.5, 0.7, 0.1]; the positive 0.9 beats"
                                + " all 3 negatives, 0.7 and 0.5 beat 2 each (not 0.8): AUC = 7/9",
                        scored(new int[] {0, 1, 0, 1, 1, 0}, new double[] {0.3, 0.9, 0.8, 0.5, 0.7, 0.1}),
                        Tolerance.ROUNDOFF)
                .agrees("all scores equal: every pair ties, AUC = ½",
                        scored(new int[] {1, 0, 0, 1, 1}, new double[] {0.3, 0.3, 0.3, 0.3, 0.3}),
                        Tolerance.ROUNDOFF)
                .agrees("ties count ½: y = [0, 0, 0, 1, 0], s = [1, 0, 1, 1, 1]; the positive beats one negative"
                                + " and ties three: AUC = (1 + 3·½)/4 = 5/8",
                        scored(new int[] {0, 0, 0, 1, 0}, new double[] {1, 0, 1, 1, 1}), Tolerance.ROUNDOFF)
                .agrees("a perfect ranking: y = [1, 0, 1, 0], s = [4, 1, 3, 2]; AUC = 1",
                        scored(new int[] {1, 0, 1, 0}, new double[] {4, 1, 3, 2}), Tolerance.ROUNDOFF)
                .agrees("every negative above every positive: y = [1, 0, 1, 0], s = [1, 4, 2, 3]; AUC = 0, an answer"
                                + " like any other", scored(new int[] {1, 0, 1, 0}, new double[] {1, 4, 2, 3}),
                        Tolerance.ROUNDOFF)
                .agrees("scores 10⁻¹² apart are not tied: y = [0, 1], s = [1e-12, 2e-12]; AUC = 1",
                        scored(new int[] {0, 1}, new double[] {1e-12, 2e-12}), Tolerance.ROUNDOFF)
                .agrees("scores one bit apart are not tied: y = [0, 1], s = [0.5, Math.nextUp(0.5)]"
                                + " = [0.5, 0.5000000000000001]; AUC = 1",
                        scored(new int[] {0, 1}, new double[] {0.5, Math.nextUp(0.5)}), Tolerance.ROUNDOFF)
                .agrees("−0.0 and 0.0 are the same score, a tie: y = [0, 1], s = [0.0, −0.0]; AUC = ½",
                        scored(new int[] {0, 1}, new double[] {0.0, -0.0}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random scores from {0, ¼, ½, ¾} (ties)", SCORES, Tolerance.ROUNDOFF)
                .agrees("matches the reference on scores from {0, 4.9e-324, 9.9e-324, 1.5e-323}: distinct however"
                        + " close", NEAR_TIES, Tolerance.ROUNDOFF)
                .agrees("matches the reference on 32 to 300 rows with many ties", MANY_ROWS, Tolerance.ROUNDOFF)
                .holds("reversing the scores reverses the ranking: AUC(y, −s) = 1 − AUC(y, s)", SCORES,
                        AreaUnderRocGrader::reversal)
                .holds("only the order of the scores matters: AUC(y, exp(s)) = AUC(y, s)", SCORES,
                        AreaUnderRocGrader::increasingTransform)
                .rejects("rejects a single class: y = [1, 1]", scored(new int[] {1, 1}, new double[] {0.2, 0.7}),
                        IllegalArgumentException.class)
                .rejects("rejects a single class: y = [0, 0, 0]",
                        scored(new int[] {0, 0, 0}, new double[] {0.2, 0.7, 0.1}), IllegalArgumentException.class)
                .rejects("rejects arrays of different lengths: 3 and 2",
                        scored(new int[] {0, 1, 1}, new double[] {0.2, 0.7}), ShapeMismatchException.class)
                .rejects("rejects empty arrays", scored(new int[0], new double[0]), IllegalArgumentException.class)
                .rejects("rejects a NaN score", scored(new int[] {0, 1}, new double[] {0.2, Double.NaN}),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite score",
                        scored(new int[] {0, 1}, new double[] {Double.NEGATIVE_INFINITY, 0.5}),
                        IllegalArgumentException.class)
                .rejects("rejects a label other than 0 or 1: y = [0, 2, 1]",
                        scored(new int[] {0, 2, 1}, new double[] {0.1, 0.2, 0.3}), IllegalArgumentException.class)
                .rejects("rejects a label of −1: the labels are 0 and 1, not ±1: y = [−1, 1]",
                        scored(new int[] {-1, 1}, new double[] {0.1, 0.2}), IllegalArgumentException.class);
    }

    private static void reversal(Case c, Invariant.Run run) {
        double auc = number(run.on(c));
        double[] s = c.vector("score");
        double[] minus = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            minus[i] = -s[i];
        }
        double reversed = number(run.on(scored(c.labels("yTrue"), minus)));
        Expect.close("AUC(y, −s), which must be 1 − AUC(y, s) = 1 − " + MatrixFormat.number(auc) + " (−s = "
                + MatrixFormat.format(minus) + ")", 1.0 - auc, reversed, Tolerance.ROUNDOFF);
    }

    private static void increasingTransform(Case c, Invariant.Run run) {
        double auc = number(run.on(c));
        double[] s = c.vector("score");
        double[] exp = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            exp[i] = Math.exp(s[i]);
        }
        double transformed = number(run.on(scored(c.labels("yTrue"), exp)));
        Expect.close("AUC(y, exp(s)), which must be AUC(y, s) = " + MatrixFormat.number(auc) + " (exp(s) = "
                + MatrixFormat.format(exp) + ")", auc, transformed, Tolerance.ROUNDOFF);
    }

    private static double number(Object result) {
        Expect.that(result instanceof Double, "your code must return a double.");
        return (Double) result;
    }

    /** n in [min, max] rows, both classes present, each score drawn by {@code entry}. */
    private static CaseGen scores(int min, int max, ToDoubleFunction<Rng> entry) {
        return CaseGen.create().dim("n", min, max).labels("yTrue", "n", 2).vector("score", "n", entry)
                .require("both classes are present", c -> LabelChecks.bothClasses(c.labels("yTrue")));
    }

    private static Case scored(int[] yTrue, double[] score) {
        return Case.of("yTrue", yTrue, "score", score);
    }
}
