package org.mlbyhand.core.linear;

/**
 * Every tolerance of the linear-model tests, in one place. The scikit-learn ones are the contract of
 * issue #4 (absolute differences of coefficients, intercepts and probabilities); the golden answers
 * themselves are exact to about 1e-11 (tools/parity/make_golden.py records each file's
 * "reference_spread"). Never loosen one to make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /** OLS and Ridge coefficients and intercepts against scikit-learn. */
    static final double SKLEARN_LEAST_SQUARES = 1e-9;

    /** Lasso and ElasticNet coefficients and intercepts along a path, against scikit-learn. */
    static final double SKLEARN_COORDINATE_DESCENT = 1e-6;

    /** Logistic coefficients, intercepts and probabilities against scikit-learn. */
    static final double SKLEARN_LOGISTIC = 1e-6;

    /** Cross-validated scores against scikit-learn (each is a metric of a Ridge fit: metric-level). */
    static final double SKLEARN_CROSS_VALIDATION = 1e-9;

    /**
     * Closed-form identities between two of our own computations that differ only in rounding
     * (Ridge at α = 0 and OLS, a path and single fits, QR and Cholesky on a well-conditioned problem),
     * relative to the size of the coefficients.
     */
    static final double SAME_MATH = 1e-10;

    /** Optimality: ‖gradient‖∞ (scaled objective) or a KKT residual at a fit run with tol = TIGHT. */
    static final double OPTIMALITY = 1e-9;

    /** The solver tolerance the optimality and parity tests fit with. */
    static final double TIGHT = 1e-12;

    /** Finite-difference gradient checks: central differences with step 1e-6 are good to about 1e-8. */
    static final double FINITE_DIFFERENCE = 1e-6;

    /** Results that a formula gives exactly up to a few roundings of numbers near 1. */
    static final double ROUNDING = 1e-13;

    /** Trials per property. */
    static final int TRIALS = 100;
}
