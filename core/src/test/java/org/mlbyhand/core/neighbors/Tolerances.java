package org.mlbyhand.core.neighbors;

/**
 * Every tolerance of the k-NN tests, in one place (absolute). Never loosen one to make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /**
     * Distances, probabilities and regression predictions against scikit-learn 1.2.1 on tie-free data.
     * scikit-learn's Euclidean distances come from √(‖x‖² − 2xᵀz + ‖z‖²): measured up to 9e-14 on
     * standardized diabetes (tools/parity/make_golden_selection.py records it as reference_spread).
     */
    static final double SKLEARN = 1e-12;

    /** Hand-computed answers that involve a few roundings of numbers near 1. */
    static final double ROUNDING = 1e-15;
}
