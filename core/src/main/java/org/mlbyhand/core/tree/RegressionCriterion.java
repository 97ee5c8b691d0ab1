package org.mlbyhand.core.tree;

/**
 * How a regression tree scores a split: scikit-learn's {@code criterion} of
 * {@code DecisionTreeRegressor}. Both use the same node impurity, the weighted variance of y,
 * <pre>{@code
 *   i = Q/N − (S/N)²          N = Σ wᵢ,  S = Σ wᵢyᵢ,  Q = Σ wᵢyᵢ²      over the node's rows
 * }</pre>
 * (and so the same leaf values, the weighted mean S/N), and differ in which split they prefer and in
 * the improvement compared with {@code minImpurityDecrease}:
 * <pre>{@code
 *   SQUARED_ERROR   proxy = S_L²/N_L + S_R²/N_R
 *                   improvement = N_t/N·(i − N_R/N_t·i_R − N_L/N_t·i_L)
 *   FRIEDMAN_MSE    proxy = (N_R·S_L − N_L·S_R)² / (N_L·N_R)              = N_L·N_R·(ȳ_L − ȳ_R)²
 *                   improvement = (N_R·S_L − N_L·S_R)² / (N_L·N_R·N_t)    = N_L·N_R/N_t·(ȳ_L − ȳ_R)²
 * }</pre>
 * (N: the whole training set's weight; N_t, N_L, N_R: the node's and its children's.) For squared
 * error the proxy is the part of N_t·i − N_L·i_L − N_R·i_R that depends on the split, so both rank splits
 * the same way, and Friedman's proxy is N_t times the same decrease: on one node they pick the same
 * split. They differ in the improvement: Friedman's (formula (35) of his gradient boosting paper) is not
 * divided by N, so a given {@code minImpurityDecrease} stops it at another depth. Gradient boosting uses
 * FRIEDMAN_MSE by default.
 */
public enum RegressionCriterion {
    /** The weighted variance; splits by S_L²/N_L + S_R²/N_R (scikit-learn 'squared_error', the default). */
    SQUARED_ERROR,
    /** The weighted variance; splits and stops by Friedman's N_L·N_R·(ȳ_L − ȳ_R)² (scikit-learn 'friedman_mse'). */
    FRIEDMAN_MSE;

    /** Returns scikit-learn's name: {@code "squared_error"} or {@code "friedman_mse"}. */
    @Override
    public String toString() {
        return this == SQUARED_ERROR ? "squared_error" : "friedman_mse";
    }
}
