package org.mlbyhand.core.selection;

/**
 * Every tolerance of the model-selection tests, in one place (absolute). Never loosen one to make a
 * test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /**
     * Cross-validated scores, grid-search means and standard deviations, learning curves, against
     * scikit-learn 1.2.1: R² of Ridge fits (ours by QR, scikit-learn's by SVD) and accuracies, which
     * must be equal.
     */
    static final double SKLEARN_SCORES = 1e-12;

    /**
     * Cross-validated log-losses and mean squared errors against scikit-learn: functions of fitted
     * coefficients, which agree to about 1e-13 relative (logistic: both Newton, run to the optimum),
     * times the size of the loss (MSE ≈ 3000 on diabetes).
     */
    static final double SKLEARN_LOSSES = 1e-9;

    /** Ridge coefficients on raw diabetes (hundreds) against scikit-learn's SVD solver: core.linear's 1e-9. */
    static final double SKLEARN_COEFFICIENTS = 1e-9;

    /** Logistic regression run to this gradient tolerance in the parity tests (Tolerances.TIGHT of core.linear). */
    static final double TIGHT = 1e-12;

    /** Two computations of ours that differ only in rounding. */
    static final double ROUNDING = 1e-13;
}
