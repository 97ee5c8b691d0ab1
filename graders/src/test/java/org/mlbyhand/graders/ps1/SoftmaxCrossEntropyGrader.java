package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
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
 * Grades {@code SoftmaxCrossEntropy}: (1/n)·Σᵢ[logSumExp(Zᵢ) − Z_{i,yᵢ}] against core's
 * {@link Losses#softmaxCrossEntropy}: hand-picked scores of ±1000 where an unshifted or globally
 * shifted log-sum-exp, or a log of a probability, overflows or underflows; then random scores, drawn so
 * that the loss is well conditioned ({@link LossConditioning}); then, with no reference, the shift
 * invariance of softmax and the bounds the row's margin puts on its loss.
 */
public final class SoftmaxCrossEntropyGrader extends Grader<ToDoubleBiFunction<int[], Matrix>> {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 6).dim("k", 2, 5)
            .matrix("Z", "n", "k").labels("y", "n", 5)
            .require("every label is a class of Z: yᵢ < k", c -> below(c.labels("y"), c.dim("k")))
            .require(LossConditioning.WHY, SoftmaxCrossEntropyGrader::gradable);
    /** The same problems with a shift cᵢ for each row. */
    private static final CaseGen SHIFTED = PROBLEMS.vector("c", "n");

    @Override
    public Exercise exercise() {
        return exercise(120, "softmax-ce", "Softmax cross-entropy, logits", 15);
    }

    @Override
    public ToDoubleBiFunction<int[], Matrix> reference() {
        return Losses::softmaxCrossEntropy;
    }

    @Override
    public List<Bug<ToDoubleBiFunction<int[], Matrix>>> bugs() {
        return SoftmaxCrossEntropyBugs.ALL;
    }

    @Override
    public List<Alternative<ToDoubleBiFunction<int[], Matrix>>> alternatives() {
        return SoftmaxCrossEntropyAlternatives.ALL;
    }

    @Override
    public List<Forbidden> forbidden() {
        return List.of(Forbidden.type(Losses.class), Forbidden.method(Activations.class, "logSumExp"),
                Forbidden.method(Activations.class, "crossEntropy"));
    }

    @Override
    public Object call(ToDoubleBiFunction<int[], Matrix> loss, Case c) {
        return loss.applyAsDouble(c.labels("y"), c.matrix("Z"));
    }

    @Override
    public String output() {
        return "loss";
    }

    @Override
    public void declare(Checks checks) {
        checks.agrees("equal scores make every class equally likely: Z = [[0, 0], [0, 0]], y = [0, 1] costs"
                        + " log 2 ≈ 0.6931 per row, and the mean is log 2",
                        problem(new int[] {0, 1}, new double[][] {{0, 0}, {0, 0}}), Tolerance.ROUNDOFF)
                .agrees("softmax sees only differences of scores: Z = [[5, 5]], y = [0] costs log 2, as [[0, 0]] does",
                        problem(new int[] {0}, new double[][] {{5, 5}}), Tolerance.ROUNDOFF)
                .agrees("Z = [[2, 0]], y = [1]: log(e² + e⁰) − 0 ≈ 2.1269",
                        problem(new int[] {1}, new double[][] {{2, 0}}), Tolerance.ROUNDOFF)
                .agrees("Z = [[0, −1000]], y = [1]: P(y) = e^(−1000) underflows, yet the loss is a finite 1000",
                        problem(new int[] {1}, new double[][] {{0, -1000}}), Tolerance.ROUNDOFF)
                .agrees("Z = [[1000, 0]], y = [1]: the loss is 1000, although e^1000 overflows a double",
                        problem(new int[] {1}, new double[][] {{1000, 0}}), Tolerance.ROUNDOFF)
                .agrees("Z = [[0, 0], [−1000, −1000]], y = [0, 0]: each row costs log 2, however far below the"
                        + " other it lies", problem(new int[] {0, 0}, new double[][] {{0, 0}, {-1000, -1000}}),
                        Tolerance.ROUNDOFF)
                .agrees("one class is certain: Z = [[3], [−5]], y = [0, 0] costs 0",
                        problem(new int[] {0, 0}, new double[][] {{3}, {-5}}), Tolerance.ROUNDOFF)
                .agrees("matches the reference on random problems", PROBLEMS, Tolerance.ROUNDOFF)
                .holds("the loss is ≥ 0 and unchanged when a constant cᵢ is added to every score of row i",
                        SHIFTED, SoftmaxCrossEntropyGrader::shiftInvariance)
                .holds("each row costs between its margin maxₖ Z_ik − Z_{i,yᵢ} and that plus log k", PROBLEMS,
                        SoftmaxCrossEntropyGrader::marginBounds)
                .rejects("rejects a label outside the classes: y = [0, 2], Z has k = 2 columns",
                        problem(new int[] {0, 2}, new double[][] {{0, 1}, {1, 0}}), IllegalArgumentException.class)
                .rejects("rejects a negative label: y = [−1]", problem(new int[] {-1}, new double[][] {{0, 1}}),
                        IllegalArgumentException.class)
                .rejects("rejects Z with a row count other than n: y = [0, 1], Z is 1×2",
                        problem(new int[] {0, 1}, new double[][] {{0, 1}}), ShapeMismatchException.class)
                .rejects("rejects a NaN score: Z = [[0, NaN]]", problem(new int[] {0}, new double[][] {{0, Double.NaN}}),
                        IllegalArgumentException.class)
                .rejects("rejects an infinite score, though e^(−∞) = 0 would not hurt: Z = [[0, −∞]]",
                        problem(new int[] {0}, new double[][] {{0, Double.NEGATIVE_INFINITY}}),
                        IllegalArgumentException.class)
                .rejects("rejects Z with no classes: y = [0], Z is 1×0", Case.of("y", new int[] {0}, "Z", Matrix.zeros(1, 0)),
                        IllegalArgumentException.class)
                .rejects("rejects empty input: y = [], Z is 0×2", Case.of("y", new int[] {}, "Z", Matrix.zeros(0, 2)),
                        IllegalArgumentException.class);
    }

    /**
     * ce(y, Z + c·1ᵀ) = ce(y, Z) and ce ≥ 0. Adding cᵢ rounds each score by up to ε/2·|Z_ik + cᵢ|, so the
     * two losses may differ by round-off on the scale of the scores, (1/n)·Σᵢ(1 + max_k |Z_ik| + |cᵢ|).
     */
    private static void shiftInvariance(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        Matrix Z = c.matrix("Z");
        double[] shift = c.vector("c");
        Matrix shifted = Z.copy();
        double size = meanRowSize(Z);
        for (int i = 0; i < Z.rows(); i++) {
            for (int k = 0; k < Z.cols(); k++) {
                shifted.set(i, k, Z.get(i, k) + shift[i]);
            }
            size += Math.abs(shift[i]) / Z.rows();
        }
        double before = (Double) run.on(c);
        Expect.that(before >= 0, "the loss is " + MatrixFormat.number(before) + ", but a cross-entropy is never"
                + " negative: each row's term is −log of a probability.");
        double after = (Double) run.on(Case.of("y", y, "Z", shifted));
        double allowed = Tolerance.ROUNDOFF.relative() * size;
        Expect.that(Math.abs(after - before) <= allowed, String.format(Locale.ROOT,
                "the loss is %s for Z, but %s after adding c = %s to the rows: softmax, and so the loss, does not"
                        + " change when a row's scores all move by the same amount\n  (allowed difference %.1e,"
                        + " round-off on the scale of the scores)",
                MatrixFormat.number(before), MatrixFormat.number(after), MatrixFormat.format(shift), allowed));
    }

    /**
     * With mᵢ = maxₖ Z_ik, the row's term logSumExp(Zᵢ) − Z_{i,yᵢ} = (mᵢ − Z_{i,yᵢ}) + log Σₖ e^(Z_ik − mᵢ),
     * and the sum lies in [1, k] (its largest term is 1), so the mean loss lies between the mean margin
     * (1/n)·Σᵢ(mᵢ − Z_{i,yᵢ}) and that plus log k, up to round-off on the scale of the scores.
     */
    private static void marginBounds(Case c, Invariant.Run run) {
        int[] y = c.labels("y");
        Matrix Z = c.matrix("Z");
        double margin = 0.0;
        for (int i = 0; i < Z.rows(); i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < Z.cols(); k++) {
                m = Math.max(m, Z.get(i, k));
            }
            margin += (m - Z.get(i, y[i])) / Z.rows();
        }
        double loss = (Double) run.on(c);
        double slack = Tolerance.ROUNDOFF.relative() * meanRowSize(Z);
        double upper = margin + Math.log(Z.cols());
        Expect.that(loss >= margin - slack && loss <= upper + slack, String.format(Locale.ROOT,
                "the loss is %s, but each row's term logSumExp(Zᵢ) − Z_{i,yᵢ} lies between maxₖ Z_ik − Z_{i,yᵢ}"
                        + " and that plus log k, so the mean lies in [%s, %s]\n  (allowed beyond it %.1e, round-off"
                        + " on the scale of the scores)",
                MatrixFormat.number(loss), MatrixFormat.number(margin), MatrixFormat.number(upper), slack));
    }

    /** (1/n)·Σᵢ(1 + maxₖ |Z_ik|): the size of the scores, on which round-off is judged. */
    private static double meanRowSize(Matrix Z) {
        double size = 0.0;
        for (int i = 0; i < Z.rows(); i++) {
            double largest = 0.0;
            for (int k = 0; k < Z.cols(); k++) {
                largest = Math.max(largest, Math.abs(Z.get(i, k)));
            }
            size += 1.0 + largest;
        }
        return size / Z.rows();
    }

    private static boolean gradable(Case c) {
        Matrix Z = c.matrix("Z");
        return LossConditioning.gradable(Losses.softmaxCrossEntropy(c.labels("y"), Z), meanRowSize(Z));
    }

    private static boolean below(int[] y, int k) {
        for (int label : y) {
            if (label >= k) {
                return false;
            }
        }
        return true;
    }

    private static Case problem(int[] y, double[][] Z) {
        return Case.of("y", y, "Z", Matrix.of(Z));
    }
}
