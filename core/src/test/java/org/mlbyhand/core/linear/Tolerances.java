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

    /**
     * OLS and Ridge against Smile 3.1.1, relative to max |coefficient| (measured: OLS 5e-15, Ridge 2e-13
     * on diabetes). Both sides are direct solves.
     */
    static final double SMILE_LEAST_SQUARES = 1e-10;

    /**
     * LASSO and ElasticNet against Smile, relative to max |coefficient| (measured: 6e-11 and 8e-12).
     * Smile's interior-point method stops at a relative duality gap of 1e-12; the coefficients it
     * determines are less exact than that gap.
     */
    static final double SMILE_INTERIOR_POINT = 1e-8;

    /**
     * Binomial logistic coefficients against Smile, relative to max |coefficient|. Smile's L-BFGS stops
     * early even with tol = 1e-12 and -Dsmile.bfgs.epsilon=1e-14 on breast cancer: measured 5e-13 at
     * C = 0.01, 2e-10 at C = 0.1, 7e-8 at C = 1 (and 2e-6 at C = 100, not tested).
     */
    static final double SMILE_LBFGS = 1e-6;

    /** Multinomial probabilities against Smile without penalty (measured 3e-12). */
    static final double SMILE_MULTINOMIAL_PROBABILITY = 1e-9;

    /** Trials per property. */
    static final int TRIALS = 100;
}
