package org.mlbyhand.core.decomposition;

/**
 * Every tolerance of the PCA tests, in one place, all absolute unless named relative. The scikit-learn
 * one is the contract of issue #14; the golden answers themselves are exact to about 1e-13
 * (tools/parity/make_golden_unsupervised.py records each case's "reference_spread"). Never loosen one to
 * make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /** Components, explained variances and ratios, singular values, scores and reconstructions against scikit-learn, both solvers. */
    static final double SKLEARN_PCA = 1e-10;

    /** The two solvers against each other on well-conditioned data (eigenvalue gaps ≥ 1e-2·λ₀). */
    static final double SOLVERS_AGREE = 1e-10;

    /** PCA against Smile 3.1.1 (native LAPACK SVD), relative to the largest variance; components absolute. */
    static final double SMILE_PCA = 1e-10;

    /** Identities that hold up to a few roundings of numbers near 1 (orthonormality, sums of ratios). */
    static final double ROUNDING = 1e-12;
}
