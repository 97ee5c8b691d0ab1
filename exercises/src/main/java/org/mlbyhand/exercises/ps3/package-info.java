/**
 * Problem set 3, unsupervised learning: structure found in X alone, with no y. k-means one step at a
 * time (assignment, update with its empty clusters, inertia, Lloyd's loop and its stopping rule,
 * k-means++ seeding from a given random stream); the Gaussian mixture's E step, whose responsibilities
 * need log-sum-exp, and its M step, which with hard responsibilities is k-means' update; principal
 * component analysis two ways, by the eigendecomposition of the covariance matrix and by the SVD of
 * the centred data, which agree; how many components a share of the variance needs; projection and
 * reconstruction; and the silhouette, which scores a clustering without labels to compare it with.
 * Each exercise is graded against {@code org.mlbyhand.core.cluster}, {@code org.mlbyhand.core.decomposition}
 * and {@code org.mlbyhand.core.metrics}, which match scikit-learn 1.2 to the figures in
 * {@code tools/parity}.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=3}.
 */
package org.mlbyhand.exercises.ps3;
