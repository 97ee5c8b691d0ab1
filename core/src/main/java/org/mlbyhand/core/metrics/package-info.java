/**
 * Scoring a model: regression metrics (MSE, MAE, R²), classification metrics (accuracy, confusion
 * matrix, precision, recall, F1 with macro, weighted or micro averaging, log-loss), the ROC AUC with
 * ties counted one half, scores of a clustering ({@link org.mlbyhand.core.metrics.Silhouette},
 * {@link org.mlbyhand.core.metrics.DaviesBouldin} from the data, {@link org.mlbyhand.core.metrics.AdjustedRand}
 * against reference labels), and cross-validated scores over {@link org.mlbyhand.core.data.KFold} splits.
 * Each metric is defined exactly as scikit-learn 1.2 defines it, including the edge cases (a ratio
 * with a zero denominator is 0; R² of a constant target; log-loss clipping), and the tests hold every
 * one to scikit-learn's value within 1e-12.
 *
 * <p>Inputs are plain arrays: targets and predictions {@code double[]}, labels {@code int[]} of class
 * indices 0, 1, … (cluster labels: any ints, renumbered as scikit-learn's {@code LabelEncoder} does),
 * probabilities a {@code double[]} (binary, P(y = 1)) or an n×k
 * {@link org.mlbyhand.core.linalg.Matrix}. Mismatched lengths, empty input, NaN, negative labels and
 * probabilities outside [0, 1] throw with a message naming them.
 */
package org.mlbyhand.core.metrics;
