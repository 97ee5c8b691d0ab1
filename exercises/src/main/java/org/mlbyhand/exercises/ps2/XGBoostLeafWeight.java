package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · xgb-leaf — the weight XGBoost gives a leaf: one Newton step on the rows that reach it, shrunk by
 * the penalty λ.
 *
 * <p>Each row i of the leaf has a gradient gᵢ and a hessian hᵢ ≥ 0 of its loss at the current
 * prediction (for squared error gᵢ = ŷᵢ − yᵢ and hᵢ = 1; for the log-loss gᵢ = pᵢ − yᵢ and
 * hᵢ = pᵢ(1 − pᵢ)). Adding w to every row's prediction changes the regularised objective, to second
 * order, by
 * <pre>{@code
 *   G·w + ½(H + λ)·w²            G = Σᵢ gᵢ,  H = Σᵢ hᵢ      (sums over the leaf's rows, not means)
 *   w* = −G / (H + λ)            where its derivative G + (H + λ)·w is 0
 * }</pre>
 * (Chen and Guestrin 2016, equation 5; XGBoost then multiplies w* by the learning rate η, not part of
 * this exercise). Example, squared error with λ = 0: g = [1, 2, 3], h = [1, 1, 1] give w* = −6/3 = −2,
 * minus the mean residual; λ = 3 shrinks it to −6/6 = −1.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if g and h differ in length, and
 * {@link IllegalArgumentException} if an entry or λ is NaN or infinite, λ &lt; 0, or H + λ ≤ 0 (no
 * curvature: the parabola has no minimum).
 *
 * <p>You need: two sums and one division. Not {@code org.mlbyhand.core.ensemble.RegularizedObjective}:
 * its {@code leafWeight} is the answer.
 *
 * <p>Classic traps: the sign (the step goes against the gradient); means instead of sums, or λ added
 * once per row, both of which turn λ into n·λ; dropping λ; the ½ of ½(H + λ)w², which the derivative
 * cancels; using the number of rows for H, right for squared error only.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=xgb-leaf}
 */
public final class XGBoostLeafWeight {
    private XGBoostLeafWeight() {
    }

    /**
     * Returns the optimal leaf weight w* = −Σgᵢ / (Σhᵢ + λ).
     *
     * @param g      the gradients of the leaf's rows, length n, finite (not modified)
     * @param h      their hessians, length n, finite (not modified)
     * @param lambda the ℓ2 penalty λ ≥ 0 on the leaf weight
     * @return w*; 0 when G = 0
     * @throws ShapeMismatchException if {@code g.length != h.length}
     * @throws IllegalArgumentException if a number is not finite, λ &lt; 0, or H + λ ≤ 0
     */
    public static double leafWeight(double[] g, double[] h, double lambda) {
        // TODO: check the input, sum g and h, then take the Newton step −G/(H + λ).
        throw new NotImplementedYet("ps2 xgb-leaf");
    }
}
