/**
 * Preparing data for a model: train/test splits (plain and stratified), k-fold and stratified k-fold
 * cross-validation, shuffling, one-hot encoding of labels and mini-batches, and the feature
 * transformers fitted on the training rows only: standardization
 * ({@link org.mlbyhand.core.data.StandardScaler}), imputation of missing values
 * ({@link org.mlbyhand.core.data.SimpleImputer}) and one-hot encoding of categorical columns
 * ({@link org.mlbyhand.core.data.OneHotEncoder}), each a {@link org.mlbyhand.core.estimator.Transformer}
 * with scikit-learn 1.2's rules, so that a pipeline refits them on every training fold. Everything
 * random takes a seed or an {@link org.mlbyhand.core.random.Rng}; the same seed gives the same split on
 * every run and every JDK.
 *
 * <p>Rows are identified by their index in the data set: a {@link org.mlbyhand.core.data.Split} holds
 * two disjoint index arrays, and {@link org.mlbyhand.core.data.Rows} picks those rows out of a matrix
 * or a target vector. Class labels are {@code int[]} with values 0, 1, …, k−1.
 */
package org.mlbyhand.core.data;
