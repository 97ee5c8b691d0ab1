package org.mlbyhand.core.linear;

import org.mlbyhand.core.estimator.ClassificationModel;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.Affine;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted multinomial logistic regression model over k classes,
 * <pre>{@code
 *   Z = X·Wᵀ + 1·bᵀ  (decisionFunction, n×k),   P = softmax(Z) by rows  (predictProba),
 *   ŷᵢ = argmax_c Z[i][c]  (predict; the first maximum on ties)
 * }</pre>
 * returned by {@link SoftmaxRegression#fit}. A {@link ClassificationModel}. Immutable: accessors return
 * copies.
 */
public final class SoftmaxModel implements ClassificationModel {
    private final Matrix coef;        // k×p
    private final double[] intercept; // k
    private final int nIter;

    SoftmaxModel(Matrix coef, double[] intercept, int nIter) {
        this.coef = coef.copy();
        this.intercept = intercept.clone();
        this.nIter = nIter;
    }

    /** Returns a copy of W, k×p: row c holds class c's coefficients (scikit-learn's {@code coef_}). */
    public Matrix coef() {
        return coef.copy();
    }

    /** Returns a copy of the intercepts b, length k, summing to 0 (scikit-learn's {@code intercept_}). */
    public double[] intercept() {
        return intercept.clone();
    }

    /** Returns the number of solver steps taken; = maxIter means the tolerance was not met. */
    public int nIter() {
        return nIter;
    }

    /** Returns the number of classes k. */
    @Override
    public int numClasses() {
        return intercept.length;
    }

    /** Returns the number of features p. */
    @Override
    public int numFeatures() {
        return coef.cols();
    }

    /**
     * Returns the scores Z = X·Wᵀ + 1·bᵀ.
     *
     * @param X m×p, finite (not modified)
     * @return m×k
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public Matrix decisionFunction(Matrix X) {
        Inputs.features("SoftmaxModel.decisionFunction", X, coef.cols());
        return Affine.scores(X, coef, intercept);
    }

    /** Returns P = softmax(Z) by rows, m×k, each row summing to 1 (X m×p, not modified). */
    @Override
    public Matrix predictProba(Matrix X) {
        return Activations.softmax(decisionFunction(X));
    }

    /** Returns ŷᵢ = argmax_c Z[i][c] (the first maximum on ties), length m (X m×p, not modified). */
    @Override
    public int[] predict(Matrix X) {
        Matrix Z = decisionFunction(X);
        int[] labels = new int[Z.rows()];
        for (int i = 0; i < Z.rows(); i++) {
            for (int c = 1; c < Z.cols(); c++) {
                if (Z.get(i, c) > Z.get(i, labels[i])) {
                    labels[i] = c;
                }
            }
        }
        return labels;
    }

    /** Returns e.g. {@code "SoftmaxModel(k=3, p=4, nIter=8)"}. */
    @Override
    public String toString() {
        return "SoftmaxModel(k=" + intercept.length + ", p=" + coef.cols() + ", nIter=" + nIter + ")";
    }
}
