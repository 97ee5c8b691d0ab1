package org.mlbyhand.core.neighbors;

/**
 * The distance between two feature rows x and z of length p, named as scikit-learn names its
 * {@code metric}:
 * <pre>{@code
 *   EUCLIDEAN   d(x, z) = √( Σⱼ (xⱼ − zⱼ)² )
 *   MANHATTAN   d(x, z) = Σⱼ |xⱼ − zⱼ|
 *   MINKOWSKI   d(x, z) = ( Σⱼ |xⱼ − zⱼ|ᵖ )^(1/p)        p ≥ 1, scikit-learn's default metric (with p = 2)
 * }</pre>
 * Minkowski with p = 1 is Manhattan and with p = 2 Euclidean, and is computed by their formulas, as
 * scikit-learn does (it swaps the metric at fit time); p = +∞ is its limit, the Chebyshev distance
 * maxⱼ |xⱼ − zⱼ|. The sums run over j = 0, 1, …, p−1 in that order.
 *
 * <p>Accuracy: Euclidean and Manhattan within a few ulps of the exact value; Minkowski within a few
 * ulps of the rounded sum (one {@code Math.pow} per term, one for the root). scikit-learn 1.2.1 computes
 * Euclidean distances as √(‖x‖² − 2xᵀz + ‖z‖²), which loses about ‖x‖²·ε/d(x, z) to cancellation, so
 * for near-duplicate rows its distances (and a zero distance especially) differ from these by more
 * than rounding; see {@link Weights#DISTANCE}.
 */
public enum Metric {
    /** √(Σⱼ (xⱼ − zⱼ)²). */
    EUCLIDEAN,
    /** Σⱼ |xⱼ − zⱼ|. */
    MANHATTAN,
    /** (Σⱼ |xⱼ − zⱼ|ᵖ)^(1/p), p ≥ 1 (+∞ allowed). */
    MINKOWSKI;

    /**
     * Returns d(x, z).
     *
     * @param x length q (not modified)
     * @param z length q (not modified)
     * @param p the Minkowski power, read by {@link #MINKOWSKI} only
     */
    double distance(double[] x, double[] z, double p) {
        if (this == EUCLIDEAN || this == MINKOWSKI && p == 2.0) {
            double sum = 0.0;
            for (int j = 0; j < x.length; j++) {
                double d = x[j] - z[j];
                sum += d * d;
            }
            return Math.sqrt(sum);
        }
        if (this == MANHATTAN || p == 1.0) {
            double sum = 0.0;
            for (int j = 0; j < x.length; j++) {
                sum += Math.abs(x[j] - z[j]);
            }
            return sum;
        }
        if (p == Double.POSITIVE_INFINITY) {
            double max = 0.0;
            for (int j = 0; j < x.length; j++) {
                max = Math.max(max, Math.abs(x[j] - z[j]));
            }
            return max;
        }
        double sum = 0.0;
        for (int j = 0; j < x.length; j++) {
            sum += Math.pow(Math.abs(x[j] - z[j]), p);
        }
        return Math.pow(sum, 1.0 / p);
    }

    /** Checks the Minkowski power: p ≥ 1 (+∞ allowed), else IllegalArgumentException naming it. */
    static double checkP(String who, double p) {
        if (!(p >= 1.0)) {
            throw new IllegalArgumentException(who + ": p must be ≥ 1 (a Minkowski distance needs it), got " + p);
        }
        return p;
    }
}
