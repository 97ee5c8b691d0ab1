package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted classifier over the classes 0, 1, …, k−1:
 * <pre>{@code
 *   predictProba : X (m×p)  ↦  P (m×k),   P[i][c] = P(yᵢ = c | xᵢ) ≥ 0,   Σ_c P[i][c] = 1
 *   predict      : X (m×p)  ↦  ŷ (length m),   ŷᵢ ∈ {0, …, k−1}, a class of largest probability
 * }</pre>
 * returned by a {@link Classifier}'s {@code fit}. The probabilities are always an m×k matrix, also for
 * k = 2 (column 0 is P(y = 0), column 1 is P(y = 1)), so that code written for any classifier reads
 * them the same way. k is the number of classes seen by {@code fit}, labels 0 … k−1.
 *
 * <p>Accuracy: each row of {@code predictProba} sums to 1 within a few ulps per class; {@code predict}
 * agrees with the row's largest probability wherever it is unique.
 */
public interface ClassificationModel extends Predictor<int[]> {
    /** Returns k, the number of classes; labels are 0, 1, …, k−1. */
    int numClasses();

    /**
     * Returns the class probabilities of each row.
     *
     * @param X m×p, finite (not modified)
     * @return m×k, entries in [0, 1], each row summing to 1
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    Matrix predictProba(Matrix X);

    /**
     * Returns the predicted class of each row.
     *
     * @param X m×p, finite (not modified)
     * @return length m, labels in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    int[] predict(Matrix X);
}
