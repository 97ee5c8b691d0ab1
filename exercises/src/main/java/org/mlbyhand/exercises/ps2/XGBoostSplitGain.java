package org.mlbyhand.exercises.ps2;

import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · xgb-gain — how much splitting one leaf into two lowers XGBoost's regularised objective: the
 * score its exact greedy algorithm maximises at every node.
 *
 * <p>A leaf with gradient sum G and hessian sum H, at its best weight w* = −G/(H + λ) (the xgb-leaf
 * exercise), contributes −½·G²/(H + λ) to the objective, and every leaf costs γ. Splitting it into a
 * left part (G_L, H_L) and a right part (G_R, H_R) changes the objective by
 * <pre>{@code
 *   gain = ½ [ G_L²/(H_L + λ) + G_R²/(H_R + λ) − (G_L + G_R)²/(H_L + H_R + λ) ] − γ
 * }</pre>
 * the two children's parabola minima replacing the parent's, minus the price of one more leaf (Chen
 * and Guestrin 2016, equation 7). A split is worth making only if gain &gt; 0. Example: G_L = 2,
 * G_R = −2, H_L = H_R = 1, λ = γ = 0 give ½·(4 + 4 − 0) = 4: the rows pull in opposite directions, and
 * the parent, whose gradients cancel, could not follow either. (XGBoost's code compares the bracket
 * without the ½ with its own {@code gamma}, so its gamma is twice this γ.)
 *
 * <p>Errors: throw {@link IllegalArgumentException} if a number is NaN or infinite, λ or γ is negative,
 * or H_L + λ or H_R + λ is ≤ 0.
 *
 * <p>You need: arithmetic. Not {@code org.mlbyhand.core.ensemble.RegularizedObjective}: its
 * {@code splitGain} is the answer.
 *
 * <p>Classic traps: the parent's numerator is (G_L + G_R)², not G_L² + G_R²; the ½ (without it you
 * have XGBoost's internal "loss change", with γ then counted at half its weight); γ inside the bracket,
 * or forgotten; λ added twice to the parent, which is one leaf with H = H_L + H_R; the sign (children
 * minus parent: a good split has a positive gain).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=xgb-gain}
 */
public final class XGBoostSplitGain {
    private XGBoostSplitGain() {
    }

    /**
     * Returns ½ [G_L²/(H_L + λ) + G_R²/(H_R + λ) − (G_L + G_R)²/(H_L + H_R + λ)] − γ.
     *
     * @param GL     the sum of the gradients of the rows going left, finite
     * @param HL     the sum of their hessians, finite
     * @param GR     the sum of the gradients of the rows going right, finite
     * @param HR     the sum of their hessians, finite
     * @param lambda λ ≥ 0, the ℓ2 penalty on leaf weights
     * @param gamma  γ ≥ 0, the cost of one more leaf
     * @return the objective's decrease; negative when the split is not worth γ
     * @throws IllegalArgumentException if a number is not finite, λ or γ is negative, or H_L + λ or H_R + λ is ≤ 0
     */
    public static double splitGain(double GL, double HL, double GR, double HR, double lambda, double gamma) {
        // TODO: check the input, then the three leaf scores G²/(H + λ) and the gain.
        throw new NotImplementedYet("ps2 xgb-gain");
    }
}
