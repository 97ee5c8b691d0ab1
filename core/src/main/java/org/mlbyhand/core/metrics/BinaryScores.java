package org.mlbyhand.core.metrics;

/**
 * The precision, recall and F1 of a binary labelling, with 1 the positive class, as
 * {@link ClassificationMetrics#binaryScores(int[], int[])} computes them:
 * <pre>{@code
 *   precision = TP / (TP + FP)      recall = TP / (TP + FN)      F1 = 2·P·R / (P + R)
 * }</pre>
 * each 0 when its denominator is 0 (scikit-learn's {@code zero_division=0}).
 *
 * @param precision TP / (TP + FP), in [0, 1]
 * @param recall    TP / (TP + FN), in [0, 1]
 * @param f1        the harmonic mean of precision and recall, in [0, 1]
 */
public record BinaryScores(double precision, double recall, double f1) {
}
