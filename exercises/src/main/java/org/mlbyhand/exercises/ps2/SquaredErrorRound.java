package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · boost-squared — one gradient-boosting round for the squared error: the pseudo-residuals, and
 * the value of each leaf of the round's tree.
 *
 * <p>The model so far predicts Fᵢ for row i. A round fits a regression tree to the negative gradient
 * of the loss at F, the pseudo-residuals, then gives each leaf the constant that best corrects F on
 * its rows. For L = ½(y − F)²:
 * <pre>{@code
 *   rᵢ = −∂L/∂Fᵢ = yᵢ − Fᵢ                           the ordinary residual: why boosting "fits residuals"
 *   γⱼ = argmin_γ Σ_{i : region[i] = j} ½(yᵢ − Fᵢ − γ)²  =  mean of rᵢ over the rows of leaf j
 * }</pre>
 * The tree is given by its partition: region[i] = j ∈ {0, …, J−1} is the leaf row i falls into, or −1
 * for a row that takes no part in this round (left out of the round's subsample). A leaf no row falls
 * into gets γⱼ = 0. The round then moves Fᵢ by learningRate·γ_{region[i]} (not part of this
 * exercise). Example: y = [1, 2, 4, 3, 10], F = [0.5, 0.5, 1, 1, 0], region = [0, 0, 1, 1, −1], J = 3:
 * r = [0.5, 1.5, 3, 2, 10], so γ = [1, 2.5, 0] (row 4 sits out, leaf 2 is empty).
 *
 * <p>Errors: throw {@link ShapeMismatchException} if y, F and region differ in length;
 * {@link IllegalArgumentException} if y or F holds a NaN or infinity, J &lt; 1, or a region is outside
 * [−1, J).
 *
 * <p>You need: a sum and a count per leaf. Not core's {@code PseudoResiduals} or {@code LeafValues}
 * (the answer), nor the gradient-boosting models.
 *
 * <p>Classic traps: the residual with the wrong sign (F − y is the gradient; the tree fits the
 * negative gradient); the mean of y instead of the mean residual; the sum instead of the mean; dividing
 * by all n rows instead of the leaf's; 0/0 = NaN for an empty leaf.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=boost-squared}
 */
public final class SquaredErrorRound {
    private SquaredErrorRound() {
    }

    /**
     * Returns the squared-error leaf values γ₀ … γ_{J−1} of one boosting round.
     *
     * @param y      length n targets, finite (not modified)
     * @param F      length n current raw predictions, finite (not modified)
     * @param region length n, each in [−1, J): the leaf of each row, −1 for none (not modified)
     * @param J      the number of leaves, ≥ 1
     * @return a new array of length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if y or F is not finite, J &lt; 1, or a region is out of range
     */
    public static double[] leafValues(double[] y, double[] F, int[] region, int J) {
        // TODO: rᵢ = yᵢ − Fᵢ; for each leaf, the mean of its rows' residuals (0 if it has none).
        throw new NotImplementedYet("ps2 boost-squared");
    }
}
