package org.mlbyhand.core.tree;

/**
 * Every tolerance of the tree tests, in one place. Never loosen one to make a test pass.
 */
final class Tolerances {
    private Tolerances() {
    }

    /**
     * Thresholds, impurities, node values, weights, probabilities, feature importances and pruning
     * alphas against scikit-learn 1.2, absolute. The golden inputs make every sum exact (integer
     * targets, weights in quarters, float32-representable X), so the measured difference is 0 except
     * where numpy sums in another order (feature importances: a few ulps).
     */
    static final double SKLEARN_TREE = 1e-12;

    /** Integers compared as doubles (children, features, counts, leaves, labels): exactly. */
    static final double EXACT = 0.0;

    /** Two of our own computations of one quantity that differ only in rounding (sweep and naive split). */
    static final double SAME_MATH = 1e-12;

    /** Trials per property. */
    static final int TRIALS = 200;
}
