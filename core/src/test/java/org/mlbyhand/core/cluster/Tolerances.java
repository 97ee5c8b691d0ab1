package org.mlbyhand.core.cluster;

/**
 * Every tolerance of the clustering tests, in one place, all absolute unless named relative. The
 * scikit-learn ones are the contract of issue #14; the golden answers themselves are exact to about
 * 1e-14 (tools/parity/make_golden_unsupervised.py records each case's "reference_spread"). Never loosen
 * one to make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /** k-means centres and distances against scikit-learn from the same initial centres. */
    static final double SKLEARN_KMEANS = 1e-12;

    /**
     * k-means inertia against scikit-learn, relative: the digits inertia is about 1e6, whose ulp is
     * 1e-10, so 1e-12 can only be meant relative.
     */
    static final double SKLEARN_INERTIA_RELATIVE = 1e-12;

    /** Gaussian mixture weights, means, covariances, lower bounds and scores against scikit-learn. */
    static final double SKLEARN_GMM = 1e-10;

    /**
     * k-means against Smile 3.1.1 from the same initial centres, relative to the largest |centre entry|
     * and to the distortion: both run Lloyd's algorithm to the same fixed point.
     */
    static final double SMILE_KMEANS_RELATIVE = 1e-12;

    /** Identities that hold up to a few roundings of numbers near 1 (responsibilities summing to 1, …). */
    static final double ROUNDING = 1e-13;

    /**
     * The relative accuracy of a tiny responsibility e^(w_ij − logsumexp) when the w are about −1800: the
     * difference of two such numbers carries an absolute error of a few ulps of 1800 (2e-13).
     */
    static final double FAR_POINT_RELATIVE = 1e-11;
}
