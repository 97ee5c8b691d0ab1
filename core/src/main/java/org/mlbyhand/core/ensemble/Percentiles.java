package org.mlbyhand.core.ensemble;

import java.util.Arrays;

/**
 * The two percentiles gradient boosting needs, each exactly as scikit-learn 1.2 and NumPy compute it
 * (on unit weights, the only ones boosting uses here), for values v₍₀₎ ≤ … ≤ v₍ₘ₋₁₎ sorted:
 * <pre>{@code
 *   lower(v, q)   = v₍ᵢ₎,  i = ⌈q/100·m⌉ − 1 clamped to [0, m−1]     scikit-learn's _weighted_percentile: the
 *                                                                     first value whose cumulative weight i + 1
 *                                                                     reaches q/100 of the total
 *   median(v)     = v₍ₘ/₂₎ for odd m (index (m−1)/2);                NumPy's percentile(v, 50), linear:
 *                   b − (b − a)·0.5 for even m, a = v₍ₘ/₂₋₁₎, b = v₍ₘ/₂₎     its _lerp, in that order of operations
 * }</pre>
 * The median of an even count is the midpoint (NumPy), the lower percentile a data value (scikit-learn's
 * leaf medians): boosting uses both, the first for its initial prediction and the second in the leaves.
 */
final class Percentiles {
    private Percentiles() {
    }

    /** Returns lower(v, q) of the class comment; values is not modified; m ≥ 1, q in [0, 100]. */
    static double lower(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        double adjusted = q / 100 * v.length;
        if (adjusted == 0.0) {
            adjusted = Math.nextUp(0.0);   // scikit-learn skips leading zero weights this way (GH20528)
        }
        int i = (int) Math.ceil(adjusted) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    /** Returns NumPy's median of the class comment; values is not modified; m ≥ 1. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length;
        if (m % 2 == 1) {
            return v[m / 2];
        }
        double a = v[m / 2 - 1];
        double b = v[m / 2];
        return b - (b - a) * 0.5;
    }
}
