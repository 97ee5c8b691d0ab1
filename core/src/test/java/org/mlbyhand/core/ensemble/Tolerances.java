package org.mlbyhand.core.ensemble;

/**
 * Every tolerance of the mini-XGBoost tests, in one place. Never loosen one to make a test pass: a
 * difference beyond them is a different algorithm, not rounding.
 */
final class Tolerances {
    private Tolerances() {
    }

    /** Results a formula gives exactly up to a few roundings of numbers near their size (relative). */
    static final double ROUNDING = 1e-13;

    /** Central first differences with step 1e-5 on smooth losses: rounding eps·|l|/step ≈ 1e-11·|l|. */
    static final double FINITE_DIFFERENCE = 1e-7;

    /** Central second differences with step 1e-5: rounding eps·|l|/step² ≈ 1e-6·|l| dominates. */
    static final double SECOND_DIFFERENCE = 1e-4;

    /**
     * Margins against XGBoost 3.4 (xgboost4j), relative to the largest |margin|: XGBoost adds its
     * float32 leaf values to float32 predictions, and its gradients come from those. Measured on
     * diabetes and breast cancer, up to 100 rounds: 3.6e-7 (squared error) and 6.6e-7 (logistic), about
     * 6 and 11 float32 ulps of the largest margin.
     */
    static final double XGBOOST_MARGIN = 1e-6;

    /** P(y = 1) against XGBoost, absolute (measured 1.3e-7: σ′ ≤ ¼ shrinks the margins' differences). */
    static final double XGBOOST_PROBABILITY = 1e-6;

    /**
     * Leaf values against XGBoost, relative to the largest |margin|: a leaf's value is η·w* from
     * gradients that carry the float32 error of the margins (measured 1.2e-7).
     */
    static final double XGBOOST_LEAF = 1e-6;

    /** Covers (hessian sums) against XGBoost, relative: float32 hessians summed in double (measured 2.1e-6). */
    static final double XGBOOST_COVER = 1e-5;

    /**
     * XGBoost's loss change Δ against 2·(gain + γ), relative: XGBoost subtracts two float32 gains, so Δ
     * keeps about 7 digits less the cancellation (measured 9e-7 on a small tree).
     */
    static final double XGBOOST_LOSS_CHANGE = 1e-5;

    /** XGBoost's base score, a float32 (relative 2⁻²⁴ ≈ 6e-8 from its rounding alone). */
    static final double FLOAT32 = 1.2e-7;
}
