package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · boost-logloss — one gradient-boosting round for binary classification: the pseudo-residuals of
 * the log-loss, and each leaf's value by one Newton step, as scikit-learn's GradientBoostingClassifier.
 *
 * <p>The model so far gives row i the log-odds Fᵢ, so the probability pᵢ = σ(Fᵢ) = 1/(1 + e^(−Fᵢ)).
 * For L = −y·log p − (1 − y)·log(1 − p) with y ∈ {0, 1}:
 * <pre>{@code
 *   rᵢ = −∂L/∂Fᵢ = yᵢ − σ(Fᵢ)                                 ∂²L/∂Fᵢ² = pᵢ(1 − pᵢ)
 *   γⱼ = Σ_{i in leaf j} rᵢ  /  Σ_{i in leaf j} pᵢ(1 − pᵢ)      one Newton step on the leaf's loss L(y, F + γ)
 * }</pre>
 * The leaf's exact minimiser has no closed form; the Newton step is the minimiser of its second-order
 * expansion at γ = 0. The mean residual, right for the squared error, ignores the curvature pᵢ(1 − pᵢ):
 * where the model is already confident (p near 0 or 1) it steps far too little. region[i] = j ∈ {0, …,
 * J−1} is the leaf of row i, or −1 for a row out of this round; a leaf no row falls into gets 0.
 * Example: y = [1, 1], F = [0, 0], one leaf: p = ½, r = [½, ½], γ = 1/(¼ + ¼) = 2 (the mean residual
 * would say ½).
 *
 * <p>Errors: throw {@link ShapeMismatchException} if y, F and region differ in length;
 * {@link IllegalArgumentException} if a label is not 0 or 1, F holds a NaN or infinity, J &lt; 1, or a
 * region is outside [−1, J).
 *
 * <p>You need: {@code Math.exp}. Not core's {@code PseudoResiduals} or {@code LeafValues} (the answer),
 * the gradient-boosting models, nor XGBoost's {@code RegularizedObjective} (its leaf weight −G/(H + λ)
 * with λ = 0 is this Newton step).
 *
 * <p>Classic traps: the residual with the wrong sign (σ(F) − y); the squared error's leaf value, the
 * mean residual, instead of the Newton step; σ(F) written 1/(1 + e^F); F taken for the probability (it
 * is the log-odds); the curvature summed over every row instead of the leaf's; 0/0 = NaN for an empty
 * leaf.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=boost-logloss}
 */
public final class LogLossRound {
    private LogLossRound() {
    }

    /**
     * Returns the log-loss leaf values γ₀ … γ_{J−1} of one boosting round (one Newton step per leaf).
     *
     * @param y      length n labels, each 0 or 1 (not modified)
     * @param F      length n current log-odds, finite (not modified)
     * @param region length n, each in [−1, J): the leaf of each row, −1 for none (not modified)
     * @param J      the number of leaves, ≥ 1
     * @return a new array of length J
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if a label is not 0 or 1, F is not finite, J &lt; 1, or a region is out of range
     */
    public static double[] leafValues(int[] y, double[] F, int[] region, int J) {
        // TODO: pᵢ = σ(Fᵢ), rᵢ = yᵢ − pᵢ; for each leaf, Σ r / Σ p(1 − p) over its rows (0 if it has none).
        throw new NotImplementedYet("ps2 boost-logloss");
    }
}
