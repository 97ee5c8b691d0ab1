/**
 * Clustering: k-means and Gaussian mixtures, and why the first is the second in disguise.
 * <ul>
 *   <li>{@link org.mlbyhand.core.cluster.KMeans}: Lloyd's algorithm with k-means++ seeding and restarts,
 *       scikit-learn 1.2's rules (relative tol on the centre shift, empty clusters refilled from the
 *       farthest points); {@link org.mlbyhand.core.cluster.MiniBatchKMeans}, its scalable variant; both
 *       return a {@link org.mlbyhand.core.cluster.KMeansModel}.</li>
 *   <li>{@link org.mlbyhand.core.cluster.GaussianMixture}: EM with FULL, DIAG or SPHERICAL covariances
 *       ({@link org.mlbyhand.core.cluster.CovarianceType}), returning a
 *       {@link org.mlbyhand.core.cluster.GaussianMixtureModel}; its class comment derives k-means as the
 *       hard-assignment, equal-spherical-variance limit of EM.</li>
 * </ul>
 * The steps the exercises reimplement are public and tested on their own:
 * {@link org.mlbyhand.core.cluster.Lloyd} (assignment, update with empty clusters, inertia, the centre
 * shift and its tolerance, one full run), {@link org.mlbyhand.core.cluster.KMeansPlusPlus} (seeding
 * from a given {@link org.mlbyhand.core.random.Rng}) and {@link org.mlbyhand.core.cluster.EmSteps} (the
 * E step with log-sum-exp, the M step), on {@link org.mlbyhand.core.cluster.MixtureParameters}.
 *
 * <p>Every estimator is a {@link org.mlbyhand.core.estimator.Clusterer} of immutable hyper-parameters with
 * a required seed: the same seed and data give bit-identical models. Clusters are numbered 0 … k−1, names
 * rather than classes; scores of a clustering (silhouette, Davies–Bouldin, adjusted Rand index) are in
 * {@code org.mlbyhand.core.metrics}.
 */
package org.mlbyhand.core.cluster;
