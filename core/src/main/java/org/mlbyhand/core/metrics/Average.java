package org.mlbyhand.core.metrics;

/**
 * How per-class precision, recall and F1 become one number over the labels L that occur in yTrue or
 * yPred (scikit-learn's {@code average=}):
 * <pre>{@code
 *   MACRO     (1/|L|)·Σ_c m_c                     every class counts the same
 *   WEIGHTED  Σ_c (support_c / n)·m_c             support_c = #{i : yTrueᵢ = c}
 *   MICRO     m computed from Σ_c TP_c, Σ_c FP_c, Σ_c FN_c   (= accuracy for single-label data)
 * }</pre>
 */
public enum Average {
    /** The unweighted mean over classes. */
    MACRO,
    /** The mean over classes weighted by each class's number of true rows. */
    WEIGHTED,
    /** The metric of the pooled counts. */
    MICRO
}
