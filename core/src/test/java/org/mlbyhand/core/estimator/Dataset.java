package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Features and targets drawn by a seeded generator for the contract tests: the same seed must give
 * bit-identical data.
 *
 * @param X n×p features
 * @param y the n targets ({@code double[]} or {@code int[]}); {@code null} for unsupervised data
 * @param <Y> the target type
 */
public record Dataset<Y>(Matrix X, Y y) {
}
