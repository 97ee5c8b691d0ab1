/**
 * Dimension reduction: {@link org.mlbyhand.core.decomposition.Pca}, principal component analysis two
 * ways, by the SVD of the centred data and by the eigendecomposition of its covariance matrix, which
 * give the same axes because XcᵀXc = V·diag(σ²)·Vᵀ. The one idea: the directions along which the
 * training rows vary most are the top eigenvectors of their covariance, and projecting onto the first
 * q of them is the best rank-q approximation of the centred data.
 *
 * <p>{@code Pca} is a {@link org.mlbyhand.core.estimator.Transformer} whose {@code fit} returns an
 * immutable {@link org.mlbyhand.core.decomposition.PcaModel} (a
 * {@link org.mlbyhand.core.estimator.Transform}) with scikit-learn 1.2's fitted quantities
 * ({@code components}, {@code explainedVariance} with the n − 1 denominator,
 * {@code explainedVarianceRatio}, {@code singularValues}, {@code noiseVariance}) and sign convention
 * ({@code svd_flip}). The factorisations are {@link org.mlbyhand.core.decompose.Svd} and
 * {@link org.mlbyhand.core.decompose.SymmetricEigen}; nothing here factors a matrix itself.
 */
package org.mlbyhand.core.decomposition;
