/**
 * k-nearest neighbours: predict from the training rows nearest to the query, with nothing learned
 * but the training set itself. {@link org.mlbyhand.core.neighbors.KNeighborsClassifier} votes,
 * {@link org.mlbyhand.core.neighbors.KNeighborsRegressor} averages, both by brute force over a
 * {@link org.mlbyhand.core.neighbors.Metric} (Euclidean, Manhattan, Minkowski) with
 * {@link org.mlbyhand.core.neighbors.Weights} (uniform, or 1/distance), and their fitted models
 * answer {@code kneighbors} with the {@link org.mlbyhand.core.neighbors.Neighbors} of each query.
 * Hyper-parameters, defaults and tie rules are scikit-learn 1.2's ({@code n_neighbors=5},
 * {@code weights='uniform'}, {@code metric='minkowski'}, {@code p=2}); its parity tests hold
 * predictions, probabilities, distances and indices to scikit-learn's on data without tied distances.
 *
 * <p>{@link org.mlbyhand.core.neighbors.CurseOfDimensionality} is the experiment that shows why the
 * method weakens as the number of features grows: nearest and farthest points become almost equally
 * far.
 */
package org.mlbyhand.core.neighbors;
