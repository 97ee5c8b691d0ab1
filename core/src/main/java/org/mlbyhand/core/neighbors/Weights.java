package org.mlbyhand.core.neighbors;

/**
 * How much each of a query's k nearest neighbours counts in its vote or average (scikit-learn's
 * {@code weights}):
 * <pre>{@code
 *   UNIFORM    wᵢ = 1
 *   DISTANCE   wᵢ = 1 / dᵢ,   but if some 1/dᵢ = +∞ (dᵢ = 0, or dᵢ below about 5.6e-309, where 1/dᵢ
 *              overflows):  wᵢ = 1 where 1/dᵢ = +∞ and wᵢ = 0 elsewhere
 * }</pre>
 * for the neighbours i = 1 … k of one query at distances dᵢ. A query that coincides with training
 * points is thus predicted from those points alone, each with the same weight: scikit-learn's
 * {@code _get_weights} rule, reproduced exactly (including the overflow). scikit-learn computes
 * Euclidean distances with a cancelling formula, so a duplicate it meets may come out at a distance
 * of about 1e-8 instead of 0 and get a large finite weight instead; with the Manhattan metric both
 * give exactly 0.
 */
public enum Weights {
    /** Every neighbour counts once. */
    UNIFORM,
    /** A neighbour counts 1/d; neighbours at distance 0 take all the weight. */
    DISTANCE;

    /**
     * Returns the weights of one query's neighbours.
     *
     * @param distances d₁ … d_k, each ≥ 0 (not modified)
     * @return w₁ … w_k, a new array
     */
    double[] of(double[] distances) {
        int k = distances.length;
        double[] w = new double[k];
        if (this == UNIFORM) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        boolean atZero = false;
        for (int i = 0; i < k; i++) {
            w[i] = 1.0 / distances[i];
            atZero |= w[i] == Double.POSITIVE_INFINITY;
        }
        if (atZero) {
            for (int i = 0; i < k; i++) {
                w[i] = w[i] == Double.POSITIVE_INFINITY ? 1.0 : 0.0;
            }
        }
        return w;
    }
}
