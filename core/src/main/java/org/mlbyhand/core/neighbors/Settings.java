package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The hyper-parameters both k-NN estimators share, validated once: scikit-learn's {@code n_neighbors}
 * (default 5), {@code weights} (uniform), {@code metric} (minkowski) and {@code p} (2).
 */
record Settings(int nNeighbors, Weights weights, Metric metric, double p) {
    static final Settings DEFAULTS = new Settings(5, Weights.UNIFORM, Metric.MINKOWSKI, 2.0);

    /**
     * Returns these settings if they are valid: nNeighbors ≥ 1, weights and metric not null, p ≥ 1.
     *
     * @param who the estimator, for the message
     * @throws IllegalArgumentException naming the invalid value
     */
    Settings validated(String who) {
        if (nNeighbors < 1) {
            throw new IllegalArgumentException(who + ": nNeighbors must be ≥ 1, got " + nNeighbors);
        }
        if (weights == null || metric == null) {
            throw new IllegalArgumentException(who + ": weights and metric must not be null (e.g. Weights.UNIFORM, Metric.MINKOWSKI)");
        }
        Metric.checkP(who, p);
        return this;
    }

    Settings withNNeighbors(int k) {
        return new Settings(k, weights, metric, p);
    }

    Settings withWeights(Weights w) {
        return new Settings(nNeighbors, w, metric, p);
    }

    Settings withMetric(Metric m) {
        return new Settings(nNeighbors, weights, m, p);
    }

    Settings withP(double power) {
        return new Settings(nNeighbors, weights, metric, power);
    }

    /**
     * Checks a training set and returns the search over a copy of X: X non-empty and finite, n
     * targets, and nNeighbors ≤ n (scikit-learn raises that only when predicting; a model that
     * could never predict is refused here).
     */
    NeighborSearch search(String who, Matrix X, int targets) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
        Arguments.requireLength(who, "X", X, "y", targets);
        NeighborSearch.checkK(who, nNeighbors, X.rows());
        return new NeighborSearch(X, metric, p);
    }

    /** Returns e.g. {@code "nNeighbors=5, weights=UNIFORM, metric=MINKOWSKI, p=2.0"}. */
    @Override
    public String toString() {
        return "nNeighbors=" + nNeighbors + ", weights=" + weights + ", metric=" + metric + ", p=" + p;
    }
}
