package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.exercises.ps1.SoftmaxCrossEntropy;
import org.mlbyhand.grading.Bug;
import org.mlbyhand.grading.Checks;
import org.mlbyhand.grading.Exercise;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Invariant;
import org.mlbyhand.grading.Tolerance;

/**
 * Grades {@link SoftmaxCrossEntropy}: (1/n)·Σᵢ[logSumExp(Zᵢ) − Z_{i,yᵢ}] against core's
 * {@link Losses#softmaxCrossEntropy}: hand-picked scores of ±1000 where an unshifted or globally
 * shifted log-sum-exp, or a log of a probability, overflows or underflows; then random scores, drawn so
 * that the loss is well conditioned ({@link LossConditioning}); then the shift invariance of softmax.
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
        return new Exercise("ps1", "softmax-ce", "Softmax cross-entropy, logits", 15,
                "exercises/src/main/java/org/mlbyhand/exercises/ps1/SoftmaxCrossEntropy.java");
    }

    @Override
    public ToDoubleBiFunction<int[], Matrix> learner() {
        return SoftmaxCrossEntropy::loss;
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
                .rejects("rejects a label outside the classes: y = [0, 2], Z has k = 2 columns",
                        problem(new int[] {0, 2}, new double[][] {{0, 1}, {1, 0}}), IllegalArgumentException.class)
                .rejects("rejects a negative label: y = [−1]", problem(new int[] {-1}, new double[][] {{0, 1}}),
                        IllegalArgumentException.class)
                .rejects("rejects Z with a row count other than n: y = [0, 1], Z is 1×2",
                        problem(new int[] {0, 1}, new double[][] {{0, 1}}), ShapeMismatchException.class)
                .rejects("rejects a NaN score: Z = [[0, NaN]]", problem(new int[] {0}, new double[][] {{0, Double.NaN}}),
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
        double size = 0.0;
        for (int i = 0; i < Z.rows(); i++) {
            double largest = 0.0;
            for (int k = 0; k < Z.cols(); k++) {
                shifted.set(i, k, Z.get(i, k) + shift[i]);
                largest = Math.max(largest, Math.abs(Z.get(i, k)));
            }
            size += 1.0 + largest + Math.abs(shift[i]);
        }
        double before = (Double) run.on(c);
        Expect.that(before >= 0, "the loss is " + MatrixFormat.number(before) + ", but a cross-entropy is never"
                + " negative: each row's term is −log of a probability.");
        double after = (Double) run.on(Case.of("y", y, "Z", shifted));
        double allowed = Tolerance.ROUNDOFF.relative() * size / Z.rows();
        Expect.that(Math.abs(after - before) <= allowed, String.format(Locale.ROOT,
                "the loss is %s for Z, but %s after adding c = %s to the rows: softmax, and so the loss, does not"
                        + " change when a row's scores all move by the same amount\n  (allowed difference %.1e,"
                        + " round-off on the scale of the scores)",
                MatrixFormat.number(before), MatrixFormat.number(after), MatrixFormat.format(shift), allowed));
    }

    private static boolean gradable(Case c) {
        Matrix Z = c.matrix("Z");
        double size = 0.0;
        for (int i = 0; i < Z.rows(); i++) {
            double largest = 0.0;
            for (int k = 0; k < Z.cols(); k++) {
                largest = Math.max(largest, Math.abs(Z.get(i, k)));
            }
            size += largest + 1.0;
        }
        return LossConditioning.gradable(Losses.softmaxCrossEntropy(c.labels("y"), Z), size / Z.rows());
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
