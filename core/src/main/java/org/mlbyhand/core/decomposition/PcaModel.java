package org.mlbyhand.core.decomposition;

import org.mlbyhand.core.estimator.Transform;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * A fitted PCA projection onto q components, returned by {@link Pca}. With the training mean x̄ (p),
 * the components W (q×p, orthonormal rows) and the explained variances λ (q):
 * <pre>{@code
 *   transform(X)        = (X − 1·x̄ᵀ)·Wᵀ                 m×q   the scores
 *                         (…)·diag(1/√λ)                       when whitened: unit variance per component
 *   inverseTransform(Z) = Z·W + 1·x̄ᵀ                    m×p   the reconstruction from q components
 *                         Z·diag(√λ)·W + 1·x̄ᵀ                  when whitened
 * }</pre>
 * inverseTransform(transform(X)) is the orthogonal projection of X onto the affine subspace x̄ + span(W):
 * X itself when q = p, otherwise the best rank-q approximation of the centred rows (Eckart–Young).
 * This is scikit-learn's {@code PCA.transform} and {@code inverse_transform}, a plain {@link Transform}
 * because a projection onto fewer components cannot be undone. Immutable: accessors return copies.
 */
public final class PcaModel implements Transform {
    private final double[] mean;                     // (p)
    private final Matrix components;                 // q×p
    private final double[] explainedVariance;        // (q)
    private final double[] explainedVarianceRatio;   // (q)
    private final double[] singularValues;           // (q)
    private final double noiseVariance;
    private final boolean whiten;

    PcaModel(double[] mean, Matrix components, double[] explainedVariance, double[] explainedVarianceRatio,
             double[] singularValues, double noiseVariance, boolean whiten) {
        this.mean = mean.clone();
        this.components = components.copy();
        this.explainedVariance = explainedVariance.clone();
        this.explainedVarianceRatio = explainedVarianceRatio.clone();
        this.singularValues = singularValues.clone();
        this.noiseVariance = noiseVariance;
        this.whiten = whiten;
    }

    /** Returns the components W, q×p, row j = the j-th axis (scikit-learn's {@code components_}). */
    public Matrix components() {
        return components.copy();
    }

    /** Returns λ_j = σ_j²/(n − 1), the variance of the training scores on each axis, length q. */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Returns λ_j / Σ_l λ_l (the sum over all min(n, p) axes, kept or not), length q. */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** Returns the singular values σ_j of the centred training data, length q. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Returns the mean of the discarded explained variances (0 when all are kept; scikit-learn's {@code noise_variance_}). */
    public double noiseVariance() {
        return noiseVariance;
    }

    /** Returns the training mean x̄, length p (scikit-learn's {@code mean_}). */
    public double[] mean() {
        return mean.clone();
    }

    /** Returns q, the number of components kept (scikit-learn's {@code n_components_}). */
    public int nComponents() {
        return components.rows();
    }

    /** Returns whether scores are whitened. */
    public boolean whiten() {
        return whiten;
    }

    /** Returns p. */
    @Override
    public int numFeatures() {
        return mean.length;
    }

    /**
     * Returns the scores (X − 1·x̄ᵀ)·Wᵀ, divided by √λ_j column by column when whitened.
     *
     * @param X m×p, finite (not modified)
     * @return m×q
     * @throws ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public Matrix transform(Matrix X) {
        if (X.cols() != mean.length) {
            throw new ShapeMismatchException("PcaModel.transform: fitted on " + mean.length + " columns, X is " + X.shape());
        }
        Arguments.requireFinite("PcaModel.transform", "X", X);
        Matrix Xc = X.copy();                                                   // m×p
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < mean.length; f++) {
                Xc.set(i, f, X.get(i, f) - mean[f]);
            }
        }
        Matrix Z = Xc.multiply(components.transpose());                         // m×q
        if (whiten) {
            for (int i = 0; i < Z.rows(); i++) {
                for (int j = 0; j < Z.cols(); j++) {
                    Z.set(i, j, Z.get(i, j) / Math.sqrt(explainedVariance[j]));
                }
            }
        }
        return Z;
    }

    /**
     * Returns the reconstruction Z·W + 1·x̄ᵀ (Z·diag(√λ)·W + 1·x̄ᵀ when whitened).
     *
     * @param Z m×q scores, finite (not modified)
     * @return m×p
     * @throws ShapeMismatchException if Z does not have q columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of Z
     */
    public Matrix inverseTransform(Matrix Z) {
        if (Z.cols() != components.rows()) {
            throw new ShapeMismatchException("PcaModel.inverseTransform: " + components.rows() + " components, Z is " + Z.shape());
        }
        Arguments.requireFinite("PcaModel.inverseTransform", "Z", Z);
        Matrix S = Z.copy();                                                    // m×q
        if (whiten) {
            for (int i = 0; i < S.rows(); i++) {
                for (int j = 0; j < S.cols(); j++) {
                    S.set(i, j, S.get(i, j) * Math.sqrt(explainedVariance[j]));
                }
            }
        }
        Matrix X = S.multiply(components);                                      // m×p
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < mean.length; f++) {
                X.set(i, f, X.get(i, f) + mean[f]);
            }
        }
        return X;
    }

    /** Returns e.g. {@code "PcaModel(q=2, p=13, whiten=false)"}. */
    @Override
    public String toString() {
        return "PcaModel(q=" + components.rows() + ", p=" + mean.length + ", whiten=" + whiten + ")";
    }
}
