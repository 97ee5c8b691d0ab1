package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · hinge-loss — the loss of the soft-margin SVM, summed over the rows.
 *
 * <p>A linear SVM scores a row as z = xᵀw + b and wants the right sign with a margin: s·z ≥ 1, where
 * s = 2y − 1 turns the label y ∈ {0, 1} into the sign s ∈ {−1, +1}. A row pays for every unit it falls
 * short of the margin:
 * <pre>{@code
 *   L(y, z) = Σᵢ max(0, 1 − sᵢ·zᵢ),        sᵢ = 2yᵢ − 1
 * }</pre>
 * A row beyond its margin (sᵢzᵢ ≥ 1) costs exactly 0, however far beyond; a row on the wrong side costs
 * more than 1. The SVM minimises ½‖w‖² + C·L: a sum, not a mean (scikit-learn's C multiplies the sum).
 * Example: y = [1, 0, 1], z = [2, −0.5, −1]: s·z = [2, 0.5, −1], so L = 0 + 0.5 + 2 = 2.5. With no
 * rows, L = 0.
 *
 * <p>Arguments: y has length n, each label 0 or 1 (not modified); z has length n, finite (not
 * modified). Throw {@link ShapeMismatchException} if the lengths differ, and
 * {@link IllegalArgumentException} if a label is not 0 or 1 or a score is NaN or infinite.
 *
 * <p>You need: a loop and {@code Math.max}. Do not use core's {@code HingeLoss} or
 * {@code PegasosLinearSvc.objective}.
 *
 * <p>Classic traps: the labels are 0 and 1, so use the sign s = 2y − 1, not y itself; the margin is 1,
 * not 0 (max(0, −s·z) is the perceptron's loss); max(0, ·) is what lets a confident row cost nothing
 * instead of earning a reward; a sum, not a mean; not squared.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=hinge-loss}
 */
public final class HingeLoss {
    private HingeLoss() {
    }

    /**
     * Returns Σᵢ max(0, 1 − sᵢzᵢ) with sᵢ = 2yᵢ − 1.
     *
     * @param y the labels, length n, each 0 or 1 (not modified)
     * @param z the scores, length n, finite (not modified)
     * @return the summed hinge loss, ≥ 0
     * @throws ShapeMismatchException   if {@code y.length != z.length}
     * @throws IllegalArgumentException if a label is not 0 or 1, or a score is not finite
     */
    public static double value(int[] y, double[] z) {
        // TODO: check the arguments, then add up max(0, 1 − sᵢ·zᵢ) over the rows.
        throw new NotImplementedYet("ps4 hinge-loss");
    }
}
